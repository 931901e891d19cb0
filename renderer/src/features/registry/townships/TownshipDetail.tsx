import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Descriptions, Table, Tag, Typography } from 'antd';
import type { Enterprise, Township, Village } from '@shared/model/types';
import { getStore } from '../../../db';
import { DetailPage } from '../detail/DetailPage';
import { useNameOf } from '../detail/use-name-of';
import { TownshipForm } from './TownshipForm';
import { useRemoveTownship } from './use-remove-township';

export function TownshipDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const removeTownship = useRemoveTownship();
  const nameOf = useNameOf();
  const township = useLiveQuery(async () => (await getStore().db.townships.get(id)) ?? null, [id]);
  const villages = useLiveQuery(async () => (await getStore().db.villages.where('townshipId').equals(id).toArray()).filter((v) => !v.deleted), [id]);
  const enterprises = useLiveQuery(async () => (await getStore().db.enterprises.where('townshipId').equals(id).toArray()).filter((e) => !e.deleted), [id]);
  const [editing, setEditing] = useState(false);

  const t = township as Township | null | undefined;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');
  return (
    <DetailPage
      kind="township"
      table="townships"
      id={id}
      record={t}
      title={t?.name ?? ''}
      tags={t && <Tag color="blue">{t.kind}</Tag>}
      listPath="/registry/townships"
      listLabel="乡镇列表"
      nameOf={nameOf}
      onEdit={() => setEditing(true)}
      onDelete={() => t && void removeTownship(t, () => navigate('/registry/townships'))}
      basic={
        t && (
          <>
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { label: '名称', children: t.name },
                { label: '类型', children: t.kind },
                { label: '挂钩领导', children: t.leaderName },
                { label: '领导职务', children: t.leaderPost },
                { label: '排序', children: t.order },
                { label: '村 / 企业', children: `${villages?.length ?? 0} 个村，${enterprises?.length ?? 0} 家企业` },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 24 }}>
              村（{villages?.length ?? 0}）
            </Typography.Title>
            <Table<Village>
              size="small"
              rowKey="id"
              loading={!villages}
              dataSource={villages && [...villages].sort(byName)}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: '本乡镇暂无村，可在「信息库 · 村」中新建' }}
              columns={[
                { title: '村名', key: 'name', render: (_, v) => <Link to={`/registry/villages/${v.id}`}>{v.name}</Link> },
                { title: '户数', dataIndex: 'households', align: 'right' },
                { title: '人口', dataIndex: 'population', align: 'right' },
                { title: '党组织书记', key: 'secretary', render: (_, v) => v.partyOrg.secretary },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 24 }}>
              企业（{enterprises?.length ?? 0}）
            </Typography.Title>
            <Table<Enterprise>
              size="small"
              rowKey="id"
              loading={!enterprises}
              dataSource={enterprises && [...enterprises].sort(byName)}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: '本乡镇暂无企业，可在「信息库 · 企业」中新建' }}
              columns={[
                { title: '企业名称', key: 'name', render: (_, e) => <Link to={`/registry/enterprises/${e.id}`}>{e.name}</Link> },
                { title: '行业', dataIndex: 'industry' },
                { title: '从业人员', dataIndex: 'employees', align: 'right' },
                { title: '党组织类型', key: 'orgType', render: (_, e) => e.partyOrg.type },
              ]}
            />
          </>
        )
      }
    >
      <TownshipForm
        open={editing}
        editing={t ?? undefined}
        nextOrder={t?.order ?? 1}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          message.success(`已保存乡镇「${saved.name}」`);
        }}
      />
    </DetailPage>
  );
}
