import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { Table, Typography } from 'antd';
import { maskIdCard } from '@shared/model/idcard';
import type { Person } from '@shared/model/types';
import { getStore } from '../../../db';

/** The persons registered under an enterprise or village, shown on its 基本信息 tab. */
export function Members({ orgId, orgName }: { orgId: string; orgName: string }) {
  const persons = useLiveQuery(async () => (await getStore().db.persons.where('orgId').equals(orgId).toArray()).filter((p) => !p.deleted), [orgId]);
  return (
    <div style={{ marginTop: 24 }}>
      <Typography.Title level={5}>人员（{persons?.length ?? 0}）</Typography.Title>
      <Table<Person>
        size="small"
        rowKey="id"
        loading={!persons}
        dataSource={persons}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: `暂无登记在${orgName}的人员，可在「信息库 · 人员」中新建` }}
        columns={[
          { title: '姓名', key: 'name', render: (_, p) => <Link to={`/registry/persons/${p.id}`}>{p.name}</Link> },
          { title: '职务', dataIndex: 'post' },
          { title: '政治面貌', dataIndex: 'politicalStatus' },
          { title: '性别', dataIndex: 'gender' },
          { title: '身份证号', key: 'idNumber', render: (_, p) => (p.idNumber ? maskIdCard(p.idNumber) : '') },
          { title: '联系电话', dataIndex: 'phone' },
        ]}
      />
    </div>
  );
}
