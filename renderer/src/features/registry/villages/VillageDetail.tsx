import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Descriptions, Tag } from 'antd';
import type { Village } from '@shared/model/types';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { DetailPage } from '../detail/DetailPage';
import { Members } from '../detail/Members';
import { useNameOf } from '../detail/use-name-of';
import { VillageForm } from './VillageForm';

const n = (v: number | undefined, unit: string) => (v === undefined ? '' : `${v} ${unit}`);

export function VillageDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const nameOf = useNameOf();
  const village = useLiveQuery(async () => (await getStore().db.villages.get(id)) ?? null, [id]);
  const township = useLiveQuery(async () => (village ? ((await getStore().db.townships.get(village.townshipId)) ?? null) : null), [village?.townshipId]);
  const [editing, setEditing] = useState(false);

  const v = village as Village | null | undefined;
  return (
    <DetailPage
      kind="village"
      table="villages"
      id={id}
      record={v}
      title={v?.name ?? ''}
      tags={
        v && (
          <>
            {township && <Tag color="blue">{township.name}</Tag>}
            {v.partyOrg.type && <Tag color="red">{v.partyOrg.type}</Tag>}
            {v.industries.map((i) => (
              <Tag key={i}>{i}</Tag>
            ))}
          </>
        )
      }
      listPath="/registry/villages"
      listLabel="村列表"
      nameOf={nameOf}
      onEdit={() => setEditing(true)}
      onDelete={() =>
        v &&
        confirmDelete({
          what: `村「${v.name}」`,
          remove: async () => {
            await getStore().villages.remove(v.id);
            navigate('/registry/villages');
          },
          undo: () => getStore().villages.restore(v.id),
        })
      }
      basic={
        v && (
          <>
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { label: '所属乡镇', children: township ? <Link to={`/registry/townships/${township.id}`}>{township.name}</Link> : '' },
                { label: '村名', children: v.name },
                { label: '区划代码', children: v.areaCode },
                { label: '户数', children: n(v.households, '户') },
                { label: '人口', children: n(v.population, '人') },
                { label: '富余劳动力', children: n(v.surplusLabour, '人') },
                { label: '失地农民', children: n(v.landlessFarmers, '人') },
                { label: '村集体收入', children: n(v.collectiveIncome, '万元') },
                { label: '主导产业', children: v.industries.join('、'), span: 2 },
                { label: '村党组织名称', children: v.partyOrg.name },
                { label: '村党组织类型', children: v.partyOrg.type },
                { label: '村党组织书记', children: v.partyOrg.secretary },
                { label: '党员数', children: n(v.partyOrg.members, '人') },
                { label: '联系人', children: v.contactName },
                { label: '联系电话', children: v.contactPhone },
              ]}
            />
            <Members orgId={v.id} orgName={v.name} />
          </>
        )
      }
    >
      <VillageForm
        open={editing}
        editing={v ?? undefined}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          message.success(`已保存村「${saved.name}」`);
        }}
      />
    </DetailPage>
  );
}
