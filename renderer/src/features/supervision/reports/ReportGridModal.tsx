// 快速录入: a township's whole month in one grid — a row per pairing owing the month (those
// already reported come filled in), the report's fields and the figures of the ledger types
// chosen. Tab and Enter move between cells (Enter goes down, as in Excel); rows copied from
// Excel paste in as they are. Blank rows are pairings that have not reported. Saving checks
// every row with the form's and the import's rules and writes all of them or none.
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Alert, App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isReportDue, REPORT_LEDGER_TYPES } from '@shared/model/monthly-report';
import { readReportGrid, reportGridColumns, reportToCells, type GridRow, type ReportGridIssue } from '@shared/model/monthly-report-grid';
import { pasteIntoGrid } from '@shared/model/ledger-grid';
import { todayIso } from '@shared/model/pairing-rules';
import type { MonthlyReport, Pairing } from '@shared/model/types';
import { getStore } from '../../../db';
import { errorMessages } from '../../../ui/errors';
import { useSaveShortcut } from '../../../ui/form-keys';
import { TownshipSelect } from '../../../ui/records/pickers';
import './grid.css';

type Props = { open: boolean; townshipId?: string; month?: string; onClose: () => void };

const ALL_COLUMNS = reportGridColumns(REPORT_LEDGER_TYPES);
type Loaded = { pairings: (Pairing & { sides: string })[]; reports: Map<string, MonthlyReport> };

async function loadMonth(townshipId: string, month: string): Promise<Loaded> {
  const { db } = getStore();
  const pairings = (await db.pairings.where('responsibleTownshipId').equals(townshipId).toArray()).filter((p) => isReportDue(p, month)).sort((a, b) => a.code.localeCompare(b.code));
  const [enterprises, villages, reports] = await Promise.all([
    db.enterprises.bulkGet(pairings.map((p) => p.enterpriseId)),
    db.villages.bulkGet(pairings.map((p) => p.villageId)),
    db.monthlyReports.where('[deleted+month]').equals([0, month]).toArray(),
  ]);
  const ids = new Set(pairings.map((p) => p.id));
  return {
    pairings: pairings.map((p, i) => ({ ...p, sides: `${enterprises[i]?.name ?? '？'} — ${villages[i]?.name ?? '？'}` })),
    reports: new Map(reports.filter((r) => ids.has(r.pairingId)).map((r) => [r.pairingId, r])),
  };
}

export function ReportGridModal({ open, townshipId: initialTownship, month: initialMonth, onClose }: Props) {
  const { message } = App.useApp();
  const [townshipId, setTownshipId] = useState<string>();
  const [month, setMonth] = useState<Dayjs>();
  const [typeKeys, setTypeKeys] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<Loaded>();
  /** Cells by column key, one record per pairing: choosing other figure columns keeps what was typed. */
  const [rows, setRows] = useState<Record<string, string>[]>([]);
  const [issues, setIssues] = useState<ReportGridIssue[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const monthText = month?.format('YYYY-MM');
  const types = useMemo(() => REPORT_LEDGER_TYPES.filter((t) => typeKeys.includes(t.key)), [typeKeys]);
  const columns = useMemo(() => reportGridColumns(types), [types]);

  useEffect(() => {
    if (!open) return;
    setTownshipId(initialTownship);
    setMonth(initialMonth ? dayjs(`${initialMonth}-01`) : undefined);
    setIssues([]);
    setErrors([]);
  }, [open, initialTownship, initialMonth]);

  // A township and month chosen: its pairings, with what was already reported (and the figure columns those reports use).
  useEffect(() => {
    setLoaded(undefined);
    if (!open || !townshipId || !monthText) return;
    let stale = false;
    void loadMonth(townshipId, monthText).then((data) => {
      if (stale) return;
      const used = new Set([...data.reports.values()].flatMap((r) => Object.keys(r.figures ?? {})));
      setTypeKeys((keys) => REPORT_LEDGER_TYPES.map((t) => t.key).filter((k) => keys.includes(k) || used.has(k)));
      setLoaded(data);
      setIssues([]);
    });
    return () => {
      stale = true;
    };
  }, [open, townshipId, monthText]);

  // The loaded month's cells: what each pairing already reported, in every column there is.
  useEffect(() => {
    if (!loaded) return setRows([]);
    setRows(
      loaded.pairings.map((p) => {
        const r = loaded.reports.get(p.id);
        if (!r) return {};
        const cells = reportToCells(r, ALL_COLUMNS);
        return Object.fromEntries(ALL_COLUMNS.map((c, i) => [c.key, cells[i]]));
      }),
    );
  }, [loaded]);

  const focusCell = (row: number, col: number) => requestAnimationFrame(() => tableRef.current?.querySelector<HTMLInputElement>(`input[data-cell="${row}:${col}"]`)?.focus());

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (e.nativeEvent.isComposing) return;
    if ((e.key === 'Enter' || (e.key === 'ArrowDown' && !e.altKey)) && row + 1 < rows.length) {
      e.preventDefault();
      focusCell(row + 1, col);
    } else if (e.key === 'ArrowUp' && row > 0) {
      e.preventDefault();
      focusCell(row - 1, col);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    e.preventDefault();
    // Rows beyond the township's pairings are dropped: each row is a pairing.
    setRows((all) => {
      const pasted = pasteIntoGrid(all.map((r) => columns.map((c) => r[c.key] ?? '')), row, col, text, columns.length).slice(0, all.length);
      return all.map((r, i) => ({ ...r, ...Object.fromEntries(columns.map((c, j) => [c.key, pasted[i][j]])) }));
    });
  };

  const save = useCallback(async () => {
    setErrors([]);
    if (!loaded || !monthText) return setErrors(['请先选择乡镇和月份']);
    const gridRows: GridRow[] = loaded.pairings.map((p, i) => ({ pairing: p, existing: loaded.reports.get(p.id), cells: columns.map((c) => rows[i]?.[c.key] ?? '') }));
    const read = readReportGrid(monthText, columns, gridRows, todayIso());
    setIssues(read.issues);
    if (read.issues.length) return;
    if (read.inputs.length === 0) return setErrors(['表格是空的：请至少填写一个联建点的月报']);
    setSaving(true);
    try {
      const result = await getStore().monthlyReports.save(read.inputs.map((input) => ({ ...input, label: `第${input.row + 1}行（${loaded.pairings[input.row].code}）` })));
      message.success(`已保存：新报 ${result.created} 个，更新 ${result.updated} 个${result.unchanged ? `，未变 ${result.unchanged} 个` : ''}`);
      onClose();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [loaded, monthText, rows, columns, message, onClose]);

  useSaveShortcut(() => void save(), open);
  const issueAt = (row: number, key: string) => issues.find((i) => i.row === row && i.column === key);

  return (
    <Modal open={open} width={1240} title="月报快速录入" okText="全部保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="乡镇" required>
          <TownshipSelect aria-label="录入乡镇" style={{ width: 180 }} value={townshipId} onChange={(v) => setTownshipId(v as string | undefined)} placeholder="选择乡镇（开发区）" />
        </Form.Item>
        <Form.Item label="月份" required>
          <DatePicker picker="month" aria-label="录入月份" format="YYYY-MM" value={month} onChange={(v) => setMonth(v ?? undefined)} allowClear={false} />
        </Form.Item>
        <Form.Item label="台账数字列">
          <Select aria-label="台账数字列" mode="multiple" style={{ minWidth: 300 }} value={typeKeys} onChange={setTypeKeys} placeholder="需要填写数字时选择" options={REPORT_LEDGER_TYPES.map((t) => ({ value: t.key, label: t.name }))} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        每行一个应报联建点；整行空着表示未报。「是否开展活动」填 是 或 否；报送日期不填按今天计。Tab 到右边一格，回车到下一行；可从 Excel 复制多行多列后粘贴。
      </Typography.Paragraph>
      {(errors.length > 0 || issues.length > 0) && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={issues.length ? `有 ${issues.length} 处需要改正，未保存任何一行` : '未保存'}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {[...issues.map((i) => `第${i.row + 1}行（${loaded?.pairings[i.row]?.code ?? ''}）：${i.message}`), ...errors].map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      {!loaded ? (
        <Typography.Text type="secondary">{townshipId && monthText ? '正在读取……' : '请选择乡镇和月份'}</Typography.Text>
      ) : loaded.pairings.length === 0 ? (
        <Typography.Text type="secondary">该乡镇这个月没有应报月报的联建点（已批准、未终止的联建才需报送）</Typography.Text>
      ) : (
        <div style={{ maxHeight: 440, overflow: 'auto' }}>
          <table className="cq-sv-grid" ref={tableRef} aria-label="月报录入表格">
            <thead>
              <tr>
                <th>行</th>
                <th>联建</th>
                {columns.map((c) => (
                  <th key={c.key}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {loaded.pairings.map((p, r) => (
                <tr key={p.id}>
                  <td className={issueAt(r, '') ? 'cq-sv-grid-rowno cq-sv-grid-error' : 'cq-sv-grid-rowno'} title={issueAt(r, '')?.message}>
                    {r + 1}
                  </td>
                  <td className="cq-sv-grid-label">
                    {p.code} {p.sides}
                    {loaded.reports.has(p.id) ? <span className="cq-sv-grid-reported">已报</span> : null}
                  </td>
                  {columns.map((c, ci) => {
                    const issue = issueAt(r, c.key);
                    return (
                      <td key={c.key} className={issue ? 'cq-sv-grid-error' : undefined} title={issue?.message}>
                        <input
                          data-cell={`${r}:${ci}`}
                          aria-label={`${p.code} ${c.header}`}
                          aria-invalid={issue ? true : undefined}
                          list={c.options ? `cq-sv-grid-options-${ci}` : undefined}
                          style={c.wide ? { minWidth: 180 } : undefined}
                          value={rows[r]?.[c.key] ?? ''}
                          onChange={(e) => {
                            const value = e.target.value;
                            setRows((all) => all.map((row, i) => (i === r ? { ...row, [c.key]: value } : row)));
                          }}
                          onKeyDown={(e) => onKeyDown(e, r, ci)}
                          onPaste={(e) => onPaste(e, r, ci)}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {columns.map((c, ci) =>
            c.options ? (
              <datalist key={c.key} id={`cq-sv-grid-options-${ci}`}>
                {c.options.map((o) => (
                  <option key={o} value={o} />
                ))}
              </datalist>
            ) : null,
          )}
        </div>
      )}
    </Modal>
  );
}
