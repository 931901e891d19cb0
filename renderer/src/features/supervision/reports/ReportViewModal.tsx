// One report as reported — fields, figures written to the ledger — and its history: every
// version from the audit log (报送, 修改 with what changed, 删除, 恢复), newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import dayjs from 'dayjs';
import { Button, Descriptions, Empty, Modal, Space, Timeline, Typography } from 'antd';
import { ledgerType } from '@shared/model/ledger-catalog';
import { monthLabel } from '@shared/model/monthly-report';
import { REPORT_FIELD_LABELS } from '@shared/model/schemas/monthly-report';
import type { AuditEntry, MonthlyReport } from '@shared/model/types';
import { getStore } from '../../../db';

type Props = { reportId?: string; title: string; onClose: () => void; onEdit: (r: MonthlyReport) => void; onDelete: (r: MonthlyReport) => void };

const ACTIONS: Record<AuditEntry['action'], string> = { create: '报送', update: '修改', delete: '删除', restore: '恢复' };

/** 劳务输送：输送人数 12人，其中技术工人 3人 */
export function figuresText(figures: MonthlyReport['figures']): string[] {
  return Object.entries(figures ?? {}).map(([key, values]) => {
    const type = ledgerType(key);
    const parts = type.fields
      .filter((f) => values[f.key] !== null && values[f.key] !== undefined && values[f.key] !== '')
      .map((f) => `${f.label} ${typeof values[f.key] === 'boolean' ? (values[f.key] ? '是' : '否') : String(values[f.key])}${f.unit ?? ''}`);
    return `${type.name}：${parts.join('，')}`;
  });
}

const shown = (r: Partial<MonthlyReport> | undefined, key: string): string => {
  if (!r) return '';
  if (key === 'active') return r.active ? '是' : '否';
  if (key === 'figures') return figuresText(r.figures).join('；');
  const v = (r as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : '';
};

const CHANGE_KEYS = ['active', 'summary', 'problems', 'nextPlan', 'reporter', 'submittedDate', 'figures'] as const;

function changes(e: AuditEntry): string[] {
  const before = e.before as MonthlyReport | undefined;
  const after = e.after as MonthlyReport | undefined;
  if (e.action !== 'update') return [];
  return CHANGE_KEYS.filter((k) => shown(before, k) !== shown(after, k)).map((k) => `${k === 'figures' ? '台账数字' : REPORT_FIELD_LABELS[k]}：${shown(before, k) || '（空）'} → ${shown(after, k) || '（空）'}`);
}

export function ReportViewModal({ reportId, title, onClose, onEdit, onDelete }: Props) {
  const data = useLiveQuery(async () => {
    if (!reportId) return undefined;
    const store = getStore();
    const [report, history] = await Promise.all([store.db.monthlyReports.get(reportId), store.monthlyReports.history(reportId)]);
    return { report, history: history.reverse() };
  }, [reportId]);
  const r = data?.report;
  return (
    <Modal
      open={Boolean(reportId)}
      width={760}
      title={r ? `${title} ${monthLabel(r.month)}月报` : title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {r && !r.deleted && (
            <Button danger onClick={() => onDelete(r)}>
              删除
            </Button>
          )}
          {r && !r.deleted && (
            <Button type="primary" onClick={() => onEdit(r)}>
              修改
            </Button>
          )}
          <Button onClick={onClose}>关闭</Button>
        </Space>
      }
    >
      {!r ? (
        <Empty description="月报不存在" />
      ) : (
        <>
          <Descriptions bordered size="small" column={2} aria-label="月报内容">
            <Descriptions.Item label="是否开展活动">{r.active ? '是' : '否'}</Descriptions.Item>
            <Descriptions.Item label="报送日期">{r.submittedDate}</Descriptions.Item>
            <Descriptions.Item label="活动情况" span={2}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.summary || '—'}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="存在问题" span={2}>
              {r.problems || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="下月计划" span={2}>
              {r.nextPlan || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="填报人">{r.reporter || '—'}</Descriptions.Item>
            <Descriptions.Item label="录入时间">{dayjs(r.createdAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            <Descriptions.Item label="记入台账" span={2}>
              {figuresText(r.figures).length ? figuresText(r.figures).map((t) => <div key={t}>{t}</div>) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            修改记录
          </Typography.Title>
          <Timeline
            aria-label="修改记录"
            items={(data?.history ?? []).map((e) => ({
              key: e.seq,
              color: e.action === 'delete' ? 'gray' : e.action === 'update' ? 'orange' : 'green',
              content: (
                <div>
                  <Typography.Text strong>{ACTIONS[e.action]}</Typography.Text>　{dayjs(e.time).format('YYYY-MM-DD HH:mm:ss')}
                  {e.batchId ? '（导入）' : ''}
                  {changes(e).map((c) => (
                    <div key={c}>
                      <Typography.Text type="secondary">{c}</Typography.Text>
                    </div>
                  ))}
                </div>
              ),
            }))}
          />
        </>
      )}
    </Modal>
  );
}

