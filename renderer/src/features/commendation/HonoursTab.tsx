// 荣誉 tab of the registry detail pages (and a table the pairing archive can reuse): the
// honours a record received, newest first, with the round's status and document number.
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { NomineeKind } from '@shared/model/enums';
import type { DetailTabProps } from '../../ui/records/detail-tabs';
import { useHonours, type Honour } from './honours';
import { CommendationStatusTag } from './status-tag';

export function HonoursTable({ kind, refId }: { kind: NomineeKind; refId: string }) {
  const honours = useHonours(kind, refId);
  return (
    <Table<Honour>
      rowKey="nomineeId"
      size="small"
      loading={honours === undefined}
      dataSource={honours}
      pagination={false}
      locale={{ emptyText: '暂无荣誉记录。表彰在「评先表彰」中推荐、公示并批准后显示在这里' }}
      columns={[
        { title: '年度', dataIndex: 'year', width: 80 },
        { title: '级别', dataIndex: 'level', width: 80, render: (l: string) => <Tag>{l}</Tag> },
        { title: '荣誉称号', dataIndex: 'title', render: (t: string, h) => <Link to={`/commendation/${h.roundId}`}>{t}</Link> },
        { title: '文号', dataIndex: 'docNumber', width: 170 },
        { title: '决定日期', dataIndex: 'decisionDate', width: 110 },
        { title: '状态', dataIndex: 'status', width: 80, render: (_, h) => <CommendationStatusTag status={h.status} /> },
      ]}
    />
  );
}

export function HonoursTab(props: DetailTabProps) {
  if (props.kind === 'township') return null;
  return <HonoursTable kind={props.kind} refId={props.record.id} />;
}
