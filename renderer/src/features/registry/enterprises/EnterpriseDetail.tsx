import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Descriptions, Tag } from 'antd';
import type { Enterprise } from '@shared/model/types';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { DetailPage } from '../detail/DetailPage';
import { Members } from '../detail/Members';
import { useNameOf } from '../detail/use-name-of';
import { EnterpriseForm } from './EnterpriseForm';

const n = (v: number | undefined, unit: string) => (v === undefined ? '' : `${v} ${unit}`);

export function EnterpriseDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const nameOf = useNameOf();
  const enterprise = useLiveQuery(async () => (await getStore().db.enterprises.get(id)) ?? null, [id]);
  const township = useLiveQuery(async () => (enterprise ? ((await getStore().db.townships.get(enterprise.townshipId)) ?? null) : null), [enterprise?.townshipId]);
  const [editing, setEditing] = useState(false);

  const e = enterprise as Enterprise | null | undefined;
  return (
    <DetailPage
      kind="enterprise"
      table="enterprises"
      id={id}
      record={e}
      title={e?.name ?? ''}
      tags={
        e && (
          <>
            {township && <Tag color="blue">{township.name}</Tag>}
            {e.aboveScale && <Tag color="gold">规模以上</Tag>}
            <Tag color={e.partyOrg.type === '未建立' ? 'default' : 'red'}>{e.partyOrg.type === '未建立' ? '未建立党组织' : e.partyOrg.type}</Tag>
            {e.industry && <Tag>{e.industry}</Tag>}
          </>
        )
      }
      listPath="/registry/enterprises"
      listLabel="企业列表"
      nameOf={nameOf}
      onEdit={() => setEditing(true)}
      onDelete={() =>
        e &&
        confirmDelete({
          what: `企业「${e.name}」`,
          remove: async () => {
            await getStore().enterprises.remove(e.id);
            navigate('/registry/enterprises');
          },
          undo: () => getStore().enterprises.restore(e.id),
        })
      }
      basic={
        e && (
          <>
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { label: '企业名称', children: e.name, span: 2 },
                { label: '统一社会信用代码', children: e.uscc },
                { label: '所属乡镇（开发区）', children: township ? <Link to={`/registry/townships/${township.id}`}>{township.name}</Link> : '' },
                { label: '行业', children: e.industry },
                { label: '经济类型', children: e.ownership },
                { label: '规模以上', children: e.aboveScale ? '是' : '否' },
                { label: '从业人员', children: n(e.employees, '人') },
                { label: '年产值', children: n(e.outputValue, '万元') },
                { label: '成立年份', children: e.foundedYear ? `${e.foundedYear}年` : '' },
                { label: '党组织类型', children: e.partyOrg.type },
                { label: '党组织名称', children: e.partyOrg.name },
                { label: '党组织建立日期', children: e.partyOrg.establishedDate },
                { label: '党组织书记', children: e.partyOrg.secretary },
                { label: '党员数', children: n(e.partyOrg.members, '人') },
                { label: '联系人', children: e.contactName },
                { label: '联系电话', children: e.contactPhone },
              ]}
            />
            <Members orgId={e.id} orgName={e.name} />
          </>
        )
      }
    >
      <EnterpriseForm
        open={editing}
        editing={e ?? undefined}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          message.success(`已保存企业「${saved.name}」`);
        }}
      />
    </DetailPage>
  );
}
