// 会议记录: one meeting — its particulars, attendees, topics, minutes and decisions with their
// follow-up (办理) — with 编辑 and 打印会议记录 (A4).
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Descriptions, Result, Space, Spin, Table, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import type { MeetingDecision } from '@shared/model/meeting';
import { meetingRecord } from '@shared/reports/training/meeting-record';
import { getStore } from '../../../db';
import { useNames } from '../common/records';
import { MeetingForm } from './MeetingForm';
import { MeetingPrint } from './MeetingPrint';
import { FollowUpModal } from './FollowUpModal';
import { DecisionStatus } from './decision-status';

export function MeetingPage() {
  const { meetingId } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const names = useNames();
  const meeting = useLiveQuery(async () => {
    const m = meetingId ? await getStore().db.meetings.get(meetingId) : undefined;
    return m && !m.deleted ? m : null;
  }, [meetingId]);
  const [editing, setEditing] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [following, setFollowing] = useState<MeetingDecision>();
  const record = useMemo(() => meeting && meetingRecord(meeting, { enterprise: names.enterprise, village: names.village, person: names.person, township: names.township }), [meeting, names]);

  if (meeting === undefined) return <Spin />;
  if (meeting === null || !record) return <Result status="404" title="会议记录不存在或已删除" extra={<Button onClick={() => navigate('/training/meetings')}>返回会议列表</Button>} />;

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{meeting.title}</Typography.Title>}
      extra={
        <Space>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            编辑
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            打印会议记录
          </Button>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/meetings')}>
            返回
          </Button>
        </Space>
      }
    >
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }} styles={{ label: { width: 96, whiteSpace: 'nowrap' } }} aria-label="会议情况">
        {record.rows.map(([label, value]) => (
          <Descriptions.Item key={label} label={label} span={label.startsWith('参会') || label === '会议名称' ? 2 : 1}>
            {value || '—'}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="会议议题" span={2}>
          {record.topics.length ? record.topics.map((t, i) => <div key={t}>{`${i + 1}. ${t}`}</div>) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="会议纪要" span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutes || '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={`议定事项（${meeting.decisions.length}）`} aria-label="议定事项">
        <Table<MeetingDecision>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={meeting.decisions}
          locale={{ emptyText: '本次会议无议定事项' }}
          columns={[
            { title: '序号', key: 'no', width: 60, render: (_, _d, i) => i + 1 },
            { title: '事项', dataIndex: 'content' },
            { title: '责任单位', dataIndex: 'owner', width: 170 },
            { title: '完成时限', dataIndex: 'deadline', width: 110 },
            { title: '状态', key: 'status', width: 160, render: (_, d) => <DecisionStatus d={d} /> },
            { title: '办理情况', dataIndex: 'progress', width: 200 },
            {
              title: '操作',
              key: 'actions',
              width: 80,
              render: (_, d) => (
                <Button type="link" size="small" onClick={() => setFollowing(d)}>
                  办理
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <MeetingForm
        open={editing}
        editing={meeting}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success('已保存会议记录');
        }}
      />
      <MeetingPrint open={printing} record={record} onClose={() => setPrinting(false)} />
      <FollowUpModal
        target={following && { meeting, decision: following }}
        onClose={() => setFollowing(undefined)}
        onSaved={() => {
          setFollowing(undefined);
          message.success('已记录办理情况');
        }}
      />
    </Card>
  );
}
