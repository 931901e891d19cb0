// One round of inspection: its dates and team, the pairings visited with what was found, the
// rectification items with their state (逾期 computed from today), and the 通报 export.
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { App, Button, Card, Descriptions, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { rectificationDisplay, roundPeriod, type InspectionVisit, type Rectification, type RectificationState } from '@shared/model/inspection';
import { todayIso } from '@shared/model/pairing-rules';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { errorMessages } from '../../../ui/errors';
import { byTownshipThenCode, usePairingLabels } from '../../../ui/records/pairing-labels';
import { countItems, useRound } from './data';
import { RoundForm } from './RoundForm';
import { VisitForm } from './VisitForm';
import { RectificationForm } from './RectificationForm';
import { NoticeModal } from './NoticeModal';

type Dialog =
  | { kind: 'none' }
  | { kind: 'round' }
  | { kind: 'visit'; editing?: InspectionVisit }
  | { kind: 'item'; editing?: Rectification; preset?: { pairingId?: string; status?: RectificationState } }
  | { kind: 'notice' };

export function RoundPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const data = useRound(id);
  const labels = usePairingLabels();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const today = todayIso();
  const close = () => setDialog({ kind: 'none' });

  const visits = useMemo(() => {
    if (!data || !labels) return [];
    return [...data.round.visits].sort((a, b) => {
      const la = labels.get(a.pairingId);
      const lb = labels.get(b.pairingId);
      return la && lb ? byTownshipThenCode(la, lb) : 0;
    });
  }, [data, labels]);
  const items = useMemo(() => (data ? [...data.items].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.createdAt.localeCompare(b.createdAt)) : []), [data]);

  if (data === undefined || !labels) return <Spin />;
  if (data === null) return <Result status="404" title="督查记录不存在或已删除" extra={<Button onClick={() => navigate('/supervision/inspections')}>返回督查整改</Button>} />;
  const { round } = data;
  const counts = countItems(data.items, today);
  const name = (pairingId: string) => labels.get(pairingId);

  const startWork = async (r: Rectification) => {
    try {
      const { id: _id, createdAt: _c, updatedAt: _u, deleted: _d, townshipId: _t, attachmentIds: _a, ...fields } = r;
      await getStore().inspections.updateRectification(r.id, { ...fields, status: '整改中' });
      message.success('已标记为「整改中」');
    } catch (e) {
      message.error(errorMessages(e).join('；'));
    }
  };

  return (
    <Card
      title={
        <Space>
          <span>{roundPeriod(round)}督查</span>
          {counts.overdue > 0 && <Tag color="red">逾期未整改 {counts.overdue} 项</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'round' })}>
            编辑
          </Button>
          <Button type="primary" icon={<FileWordOutlined />} disabled={round.visits.length === 0} onClick={() => setDialog({ kind: 'notice' })}>
            导出通报（Word）
          </Button>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/supervision/inspections')}>
            返回列表
          </Button>
        </Space>
      }
    >
      <Descriptions bordered size="small" column={3} style={{ marginBottom: 16 }} aria-label="督查概况">
        <Descriptions.Item label="督查日期">{round.startDate === round.endDate ? round.startDate : `${round.startDate} 至 ${round.endDate}`}</Descriptions.Item>
        <Descriptions.Item label="督查组" span={2}>
          {round.team}
          {round.leader ? `（带队：${round.leader}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="督查联建点">{round.visits.length} 个</Descriptions.Item>
        <Descriptions.Item label="发现问题">{counts.items} 个</Descriptions.Item>
        <Descriptions.Item label="已整改">
          {counts.closed} 个{counts.closedLate ? `（其中逾期完成 ${counts.closedLate} 个）` : ''}
        </Descriptions.Item>
        {round.summary && (
          <Descriptions.Item label="总体情况" span={3}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{round.summary}</Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>

      <Card
        size="small"
        title={`督查情况（${round.visits.length} 个联建点）`}
        style={{ marginBottom: 16 }}
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'visit' })}>
            添加联建点
          </Button>
        }
      >
        <Table<InspectionVisit>
          rowKey="pairingId"
          size="small"
          pagination={false}
          dataSource={visits}
          locale={{ emptyText: '暂无督查联建点，点击「添加联建点」登记督查发现的情况' }}
          columns={[
            { title: '联建编号', key: 'code', width: 120, render: (_, v) => name(v.pairingId)?.code ?? '—' },
            { title: '联建点', key: 'name', render: (_, v) => name(v.pairingId)?.name ?? '（已删除的联建）' },
            { title: '督查日期', dataIndex: 'date', width: 110, render: (d?: string) => d ?? '—' },
            { title: '评价', dataIndex: 'rating', width: 70, render: (r?: string) => r ?? '—' },
            { title: '督查发现', dataIndex: 'finding', render: (f: string) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{f}</Typography.Text> },
            { title: '整改事项', key: 'items', width: 84, align: 'right', render: (_, v) => data.items.filter((r) => r.pairingId === v.pairingId).length },
            {
              title: '操作',
              key: 'actions',
              width: 220,
              render: (_, v) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setDialog({ kind: 'visit', editing: v })}>
                    编辑
                  </Button>
                  <Button type="link" size="small" onClick={() => setDialog({ kind: 'item', preset: { pairingId: v.pairingId } })}>
                    登记整改事项
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() =>
                      confirmDelete({
                        what: `督查联建点「${name(v.pairingId)?.code ?? ''}」`,
                        remove: async () => void (await getStore().inspections.removeVisit(round.id, v.pairingId)),
                        undo: async () => void (await getStore().inspections.saveVisit(round.id, v)),
                      })
                    }
                  >
                    删除
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Card
        size="small"
        title={`整改事项（${items.length} 项）`}
        extra={
          <Button size="small" icon={<PlusOutlined />} disabled={round.visits.length === 0} onClick={() => setDialog({ kind: 'item' })}>
            新增整改事项
          </Button>
        }
      >
        <Table<Rectification>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={items}
          scroll={{ x: 1400 }}
          locale={{ emptyText: round.visits.length ? '暂无整改事项' : '先添加督查联建点，再登记整改事项' }}
          columns={[
            { title: '联建点', key: 'name', width: 200, render: (_, r) => `${name(r.pairingId)?.code ?? ''} ${name(r.pairingId)?.name ?? '（已删除的联建）'}` },
            { title: '存在问题', dataIndex: 'problem', width: 200 },
            { title: '整改要求', dataIndex: 'requirement', width: 220 },
            { title: '责任单位', dataIndex: 'responsible', width: 110 },
            { title: '整改期限', dataIndex: 'deadline', width: 104 },
            {
              title: '状态',
              key: 'status',
              width: 130,
              render: (_, r) => {
                const d = rectificationDisplay(r, today);
                return <Tag color={d.color}>{d.text}</Tag>;
              },
            },
            { title: '复查', key: 'review', width: 150, render: (_, r) => (r.reviewDate ? `${r.reviewDate} ${r.reviewer ?? ''}` : '—') },
            { title: '材料', key: 'files', width: 60, align: 'right', render: (_, r) => r.attachmentIds.length || '—' },
            {
              title: '操作',
              key: 'actions',
              width: 200,
              fixed: 'end',
              render: (_, r) => (
                <Space size={0}>
                  {r.status === '待整改' && (
                    <Button type="link" size="small" onClick={() => void startWork(r)}>
                      开始整改
                    </Button>
                  )}
                  {r.status !== '已整改' && (
                    <Button type="link" size="small" onClick={() => setDialog({ kind: 'item', editing: { ...r, status: '已整改' } })}>
                      整改完成
                    </Button>
                  )}
                  <Button type="link" size="small" onClick={() => setDialog({ kind: 'item', editing: r })}>
                    编辑
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() =>
                      confirmDelete({ what: `整改事项「${r.problem.slice(0, 12)}」`, remove: () => getStore().inspections.removeRectification(r.id), undo: () => getStore().inspections.restoreRectification(r.id) })
                    }
                  >
                    删除
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <RoundForm open={dialog.kind === 'round'} editing={round} defaultYear={round.year} onClose={close} onSaved={() => (close(), message.success('已保存督查信息'))} />
      {dialog.kind === 'visit' && <VisitForm open round={round} editing={dialog.editing} labels={labels} onClose={close} onSaved={() => (close(), message.success('已保存督查情况'))} />}
      {dialog.kind === 'item' && (
        <RectificationForm
          open
          round={round}
          editing={dialog.editing}
          preset={dialog.preset}
          labels={labels}
          onClose={close}
          onSaved={(r) => (close(), message.success(r.status === '已整改' ? '已保存，整改事项已完成' : '已保存整改事项'))}
        />
      )}
      {dialog.kind === 'notice' && <NoticeModal open round={round} items={data.items} labels={labels} onClose={close} />}
    </Card>
  );
}
