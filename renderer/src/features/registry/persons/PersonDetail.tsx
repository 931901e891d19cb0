import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Descriptions, Tag } from 'antd';
import { birthDateFromIdCard } from '@shared/model/idcard';
import type { Person } from '@shared/model/types';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { DetailPage } from '../detail/DetailPage';
import { useNameOf } from '../detail/use-name-of';
import { PersonForm } from './PersonForm';
import { ORG_KIND_LABELS } from './PersonsPage';

export function PersonDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const nameOf = useNameOf();
  const person = useLiveQuery(async () => (await getStore().db.persons.get(id)) ?? null, [id]);
  const [editing, setEditing] = useState(false);

  const p = person as Person | null | undefined;
  const orgName = p?.orgId ? nameOf('orgId', p.orgId, p) : undefined;
  const orgPath = p?.orgId ? `/registry/${p.orgKind === 'enterprise' ? 'enterprises' : 'villages'}/${p.orgId}` : '';
  return (
    <DetailPage
      kind="person"
      table="persons"
      id={id}
      record={p}
      title={p?.name ?? ''}
      tags={
        p && (
          <>
            {p.politicalStatus && <Tag color={p.politicalStatus === '群众' ? 'default' : 'red'}>{p.politicalStatus}</Tag>}
            {orgName && <Tag color="blue">{orgName}</Tag>}
            {p.post && <Tag>{p.post}</Tag>}
          </>
        )
      }
      listPath="/registry/persons"
      listLabel="人员列表"
      nameOf={nameOf}
      onEdit={() => setEditing(true)}
      onDelete={() =>
        p &&
        confirmDelete({
          what: `人员「${p.name}」`,
          remove: async () => {
            await getStore().persons.remove(p.id);
            navigate('/registry/persons');
          },
          undo: () => getStore().persons.restore(p.id),
        })
      }
      basic={
        p && (
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { label: '姓名', children: p.name },
              { label: '性别', children: p.gender },
              { label: '身份证号', children: <span data-testid="id-number">{p.idNumber}</span> },
              { label: '出生日期', children: p.idNumber ? birthDateFromIdCard(p.idNumber) : '' },
              { label: '联系电话', children: p.phone },
              { label: '政治面貌', children: p.politicalStatus },
              { label: '所在单位', children: orgName ? <Link to={orgPath}>{`${orgName}（${ORG_KIND_LABELS[p.orgKind]}）`}</Link> : '无' },
              { label: '职务', children: p.post },
            ]}
          />
        )
      }
    >
      <PersonForm
        open={editing}
        editing={p ?? undefined}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          message.success(`已保存人员「${saved.name}」`);
        }}
      />
    </DetailPage>
  );
}
