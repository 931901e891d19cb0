// 月报情况 on a pairing's archive page: the working year's rate (应报 / 已报 / 逾期), every report
// of the pairing with its status, and 填报 / 查看 / 修改 through the board's own dialogs.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button, Card, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { countedMonths, formatRate, monthLabel, pairingCounts, reportRate, reportStatus } from '@shared/model/monthly-report';
import { todayIso } from '@shared/model/pairing-rules';
import type { MonthlyReport, Pairing } from '@shared/model/types';
import { getStore } from '../../../db';
import { useSetting } from '../../../app/use-setting';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { StatusTag } from './BoardTables';
import { ReportFormModal } from './ReportFormModal';
import { ReportViewModal } from './ReportViewModal';

export function PairingReportsCard({ pairing }: { pairing: Pairing }) {
  const [year] = useSetting('workingYear');
  const [deadlineDay] = useSetting('reportDeadlineDay');
  const confirmDelete = useConfirmDelete();
  const [form, setForm] = useState<{ open: boolean; month?: string }>({ open: false });
  const [viewing, setViewing] = useState<string>();
  const reports = useLiveQuery(
    () => getStore().db.monthlyReports.where('pairingId').equals(pairing.id).filter((r) => !r.deleted).toArray(),
    [pairing.id],
  );
  const today = todayIso();
  const sorted = [...(reports ?? [])].sort((a, b) => b.month.localeCompare(a.month));
  const counts = pairingCounts(pairing, countedMonths(year, deadlineDay, today), new Map(sorted.map((r) => [r.month, r])), deadlineDay, today);

  return (
    <Card
      size="small"
      title={`月报情况（${sorted.length} 份）`}
      aria-label="月报情况"
      style={{ marginBottom: 16 }}
      extra={
        pairing.approvedDate && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
            填报月报
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 8 }} data-testid="pairing-report-rate">
        <Typography.Text>
          {year}年：应报 {counts.due} 次，已报 {counts.reported} 次（其中逾期 {counts.late} 次），报送率 {formatRate(reportRate(counts))}
        </Typography.Text>
      </Space>
      <Table<MonthlyReport>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        dataSource={sorted}
        loading={!reports}
        locale={{ emptyText: pairing.approvedDate ? '暂无月报，点击「填报月报」录入，或在「督导考评 → 月报报送情况」中按乡镇录入、导入' : '联建批准后按月报送月报' }}
        columns={[
          { title: '月份', dataIndex: 'month', width: 100 },
          { title: '报送情况', key: 'status', width: 100, render: (_, r) => <StatusTag status={reportStatus(r, r.month, deadlineDay, today)} /> },
          { title: '报送日期', dataIndex: 'submittedDate', width: 110 },
          { title: '开展活动', dataIndex: 'active', width: 84, render: (a: boolean) => (a ? '是' : '否') },
          { title: '活动情况', dataIndex: 'summary', ellipsis: true },
          { title: '填报人', dataIndex: 'reporter', width: 80 },
          {
            title: '操作',
            key: 'actions',
            width: 110,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setViewing(r.id)}>
                  查看
                </Button>
                <Button type="link" size="small" onClick={() => setForm({ open: true, month: r.month })}>
                  修改
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {form.open && <ReportFormModal open pairingId={pairing.id} month={form.month} onClose={() => setForm({ open: false })} />}
      {viewing && (
        <ReportViewModal
          reportId={viewing}
          title={pairing.code}
          onClose={() => setViewing(undefined)}
          onEdit={(r) => {
            setViewing(undefined);
            setForm({ open: true, month: r.month });
          }}
          onDelete={(r) =>
            confirmDelete({
              what: `${monthLabel(r.month)}的月报`,
              remove: async () => {
                await getStore().monthlyReports.remove(r.id);
                setViewing(undefined);
              },
              undo: () => getStore().monthlyReports.restore(r.id),
            })
          }
        />
      )}
    </Card>
  );
}
