// 交流会议: the 交流会、研讨会、通报会 of the programme, the year's count by kind, and every
// decision taken with its follow-up (who, by when, done or not — overdue ones first).
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { App, Button, Card, Form, Select, Space, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { MEETING_KINDS, overdue, type Meeting, type MeetingDecision } from '@shared/model/meeting';
import { meetingCounts } from '@shared/reports/statistics/training-exchange';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { useMeetings, useNames, yearsOf } from '../common/records';
import { saveTable } from '../common/save-table';
import { MeetingForm } from './MeetingForm';
import { FollowUpModal } from './FollowUpModal';
import { DecisionStatus } from './decision-status';

type DecisionRow = MeetingDecision & { meeting: Meeting };

export function MeetingsPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const confirmDelete = useConfirmDelete();
  const meetings = useMeetings();
  const names = useNames();
  const [year, setYear] = useState<number>();
  const [kind, setKind] = useState<string>();
  const [status, setStatus] = useState<'open' | 'overdue' | 'done'>();
  const [form, setForm] = useState<{ open: boolean; editing?: Meeting }>({ open: false });
  const [following, setFollowing] = useState<{ meeting: Meeting; decision: MeetingDecision }>();
  const today = dayjs().format('YYYY-MM-DD');

  const years = useMemo(() => yearsOf((meetings ?? []).map((m) => m.date)), [meetings]);
  const rows = useMemo(() => (meetings ?? []).filter((m) => (!year || m.date.startsWith(String(year))) && (!kind || m.kind === kind)), [meetings, year, kind]);
  const counts = meetingCounts(rows, year ?? 1900, year ?? 2100);
  const countText = MEETING_KINDS.filter((k) => counts.byKind[k]).map((k) => `${k}${counts.byKind[k]}次`).join('、');
  const decisions = useMemo(() => {
    const list: DecisionRow[] = rows.flatMap((m) => m.decisions.map((d) => ({ ...d, meeting: m })));
    const rank = (d: DecisionRow) => (d.done ? 2 : overdue(d, today) ? 0 : 1);
    return list
      .filter((d) => !status || (status === 'done' ? d.done : status === 'overdue' ? overdue(d, today) : !d.done))
      .sort((a, b) => rank(a) - rank(b) || (a.deadline ?? '9').localeCompare(b.deadline ?? '9'));
  }, [rows, status, today]);

  const remove = (m: Meeting) => confirmDelete({ what: `会议「${m.title}」`, remove: () => getStore().meetings.remove(m.id), undo: () => getStore().meetings.restore(m.id) });

  const exportList = () =>
    void saveTable(message, {
      title: `${year ? `${year}年` : ''}村企党组织联建活动会议一览表`,
      subtitle: countText ? `共${counts.total}次：${countText}` : undefined,
      columns: [
        { header: '日期', kind: 'date' },
        { header: '类型', kind: 'text', width: 8 },
        { header: '会议名称', kind: 'text', width: 40 },
        { header: '召开单位', kind: 'text', width: 14 },
        { header: '地点', kind: 'text', width: 16 },
        { header: '参会单位', unit: '个', kind: 'integer', width: 9 },
        { header: '参会人员', unit: '人', kind: 'integer', width: 9 },
        { header: '议定事项', unit: '项', kind: 'integer', width: 9 },
        { header: '已办结', unit: '项', kind: 'integer', width: 8 },
      ],
      rows: rows.map((m) => [m.date, m.kind, m.title, m.host, m.place, m.enterpriseIds.length + m.villageIds.length, m.personIds.length, m.decisions.length, m.decisions.filter((d) => d.done).length]),
      totals: ['合计', `${rows.length}次`, null, null, null, null, null, rows.reduce((s, m) => s + m.decisions.length, 0), rows.reduce((s, m) => s + m.decisions.filter((d) => d.done).length, 0)],
    });

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          交流会议
        </Typography.Title>
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
            新建会议
          </Button>
          <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={exportList}>
            导出
          </Button>
        </Space>
      </Space>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="年度">
          <Select aria-label="年度筛选" allowClear style={{ width: 110 }} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        </Form.Item>
        <Form.Item label="类型">
          <Select aria-label="类型筛选" allowClear style={{ width: 110 }} value={kind} onChange={setKind} options={MEETING_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
      </Form>
      <Typography.Paragraph data-testid="meeting-counts">
        {year ? `${year}年` : '历年'}共召开会议 {counts.total} 次{countText ? `：${countText}` : ''}。
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'list',
            label: `会议（${rows.length}）`,
            children: (
              <Table<Meeting>
                rowKey="id"
                size="middle"
                loading={meetings === undefined}
                dataSource={rows}
                pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
                locale={{ emptyText: '暂无会议记录。点击「新建会议」记录交流会、研讨会、通报会' }}
                onRow={(m) => ({ onDoubleClick: () => navigate(`/training/meetings/${m.id}`) })}
                columns={[
                  { title: '日期', dataIndex: 'date', width: 110, sorter: (a, b) => a.date.localeCompare(b.date) },
                  { title: '类型', dataIndex: 'kind', width: 80 },
                  { title: '会议名称', dataIndex: 'title', render: (t: string, m) => <Typography.Link onClick={() => navigate(`/training/meetings/${m.id}`)}>{t}</Typography.Link> },
                  { title: '召开单位', key: 'host', width: 140, render: (_, m) => m.host ?? (m.townshipId ? names.township(m.townshipId) : '—') },
                  { title: '参会', key: 'who', width: 130, render: (_, m) => `${m.enterpriseIds.length + m.villageIds.length}个单位 ${m.personIds.length}人` },
                  { title: '议定事项', key: 'decisions', width: 100, render: (_, m) => (m.decisions.length ? `${m.decisions.filter((d) => d.done).length}/${m.decisions.length} 已办结` : '—') },
                  {
                    title: '操作',
                    key: 'actions',
                    width: 160,
                    render: (_, m) => (
                      <Space size={0}>
                        <Button type="link" size="small" onClick={() => navigate(`/training/meetings/${m.id}`)}>
                          查看
                        </Button>
                        <Button type="link" size="small" onClick={() => setForm({ open: true, editing: m })}>
                          编辑
                        </Button>
                        <Button type="link" size="small" danger onClick={() => remove(m)}>
                          删除
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'decisions',
            label: `议定事项跟踪（${decisions.filter((d) => !d.done).length} 项未办结）`,
            children: (
              <>
                <Form layout="inline" style={{ marginBottom: 12 }}>
                  <Form.Item label="办理情况">
                    <Select
                      aria-label="办理情况筛选"
                      allowClear
                      style={{ width: 130 }}
                      value={status}
                      onChange={setStatus}
                      options={[
                        { value: 'open', label: '未办结' },
                        { value: 'overdue', label: '已逾期' },
                        { value: 'done', label: '已办结' },
                      ]}
                    />
                  </Form.Item>
                </Form>
                <Table<DecisionRow>
                  rowKey="id"
                  size="small"
                  dataSource={decisions}
                  pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                  locale={{ emptyText: '暂无议定事项' }}
                  columns={[
                    { title: '议定事项', dataIndex: 'content' },
                    { title: '会议', key: 'meeting', width: 260, render: (_, d) => <Typography.Link onClick={() => navigate(`/training/meetings/${d.meeting.id}`)}>{`${d.meeting.date} ${d.meeting.title}`}</Typography.Link> },
                    { title: '责任单位', dataIndex: 'owner', width: 150 },
                    { title: '完成时限', dataIndex: 'deadline', width: 110 },
                    { title: '状态', key: 'status', width: 150, render: (_, d) => <DecisionStatus d={d} /> },
                    { title: '办理情况', dataIndex: 'progress', width: 180, ellipsis: true },
                    {
                      title: '操作',
                      key: 'actions',
                      width: 80,
                      render: (_, d) => (
                        <Button type="link" size="small" onClick={() => setFollowing({ meeting: d.meeting, decision: d })}>
                          办理
                        </Button>
                      ),
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      <MeetingForm
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false })}
        onSaved={(m) => {
          const created = !form.editing;
          setForm({ open: false });
          message.success(`已保存会议「${m.title}」`);
          if (created) navigate(`/training/meetings/${m.id}`);
        }}
      />
      <FollowUpModal
        target={following}
        onClose={() => setFollowing(undefined)}
        onSaved={() => {
          setFollowing(undefined);
          message.success('已记录办理情况');
        }}
      />
    </Card>
  );
}
