// 快速录入: an editable table of one type's columns for many entries of one pairing. Tab and
// Enter move between cells (Enter goes down, as in Excel), rows copied from Excel paste in
// as they are. Saving validates every row and writes all of them or none.
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Alert, Button, Form, Modal, Select, Space, Typography } from 'antd';
import { LEDGER_ENTRY_TYPES } from '@shared/model/ledger-catalog';
import { DESCRIPTION_COLUMN, gridColumns, pasteIntoGrid, readGrid, type GridIssue } from '@shared/model/ledger-grid';
import { personResolver } from '@shared/model/person-resolver';
import { getStore } from '../../db';
import { useSaveShortcut } from '../../ui/form-keys';
import { errorMessages } from '../../ui/errors';
import { useLiveRecords } from '../../ui/records/data';
import { usePairingOptions } from './pairing-options';
import './grid.css';

type Props = { open: boolean; pairingId?: string; defaultType?: string; onClose: () => void; onSaved: (count: number, warnings: string[]) => void };

const START_ROWS = 5;
const blankRows = (rows: number, width: number) => Array.from({ length: rows }, () => Array.from({ length: width }, () => ''));

export function LedgerGridModal({ open, pairingId: fixedPairing, defaultType, onClose, onSaved }: Props) {
  const { options, byId } = usePairingOptions();
  const persons = useLiveRecords('persons');
  const [pairingId, setPairingId] = useState<string>();
  const [typeKey, setTypeKey] = useState<string>(LEDGER_ENTRY_TYPES[0].key);
  const [rows, setRows] = useState<string[][]>([]);
  const [issues, setIssues] = useState<GridIssue[]>([]);
  const [storeErrors, setStoreErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const type = LEDGER_ENTRY_TYPES.find((t) => t.key === typeKey) ?? LEDGER_ENTRY_TYPES[0];
  const columns = useMemo(() => gridColumns(type), [type]);

  useEffect(() => {
    if (!open) return;
    const key = defaultType ?? LEDGER_ENTRY_TYPES[0].key;
    setPairingId(fixedPairing);
    setTypeKey(key);
    setRows(blankRows(START_ROWS, gridColumns(LEDGER_ENTRY_TYPES.find((t) => t.key === key) ?? LEDGER_ENTRY_TYPES[0]).length));
    setIssues([]);
    setStoreErrors([]);
  }, [open, fixedPairing, defaultType]);

  const changeType = (key: string) => {
    setTypeKey(key);
    setRows(blankRows(START_ROWS, gridColumns(LEDGER_ENTRY_TYPES.find((t) => t.key === key) ?? LEDGER_ENTRY_TYPES[0]).length));
    setIssues([]);
  };

  const focusCell = (row: number, col: number) => {
    requestAnimationFrame(() => tableRef.current?.querySelector<HTMLInputElement>(`input[data-cell="${row}:${col}"]`)?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' || (e.key === 'ArrowDown' && !e.altKey)) {
      e.preventDefault();
      if (row + 1 >= rows.length) setRows((r) => [...r, ...blankRows(1, columns.length)]);
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
    setRows((r) => pasteIntoGrid(r, row, col, text, columns.length));
  };

  const save = useCallback(async () => {
    setStoreErrors([]);
    if (!pairingId) {
      setStoreErrors(['请先选择联建']);
      return;
    }
    const pairing = byId.get(pairingId)?.pairing;
    const resolve = personResolver(persons ?? [], pairing ? [pairing.enterpriseId, pairing.villageId] : []);
    const read = readGrid(type, rows, { person: resolve });
    setIssues(read.issues);
    if (read.issues.length) return;
    if (read.inputs.length === 0) {
      setStoreErrors(['表格是空的：请至少填写一行']);
      return;
    }
    setSaving(true);
    try {
      const inputs = read.inputs.map((i) => ({ pairingId, type: type.key, date: i.date, precision: i.precision, figures: i.figures, description: i.description, label: `第${i.row + 1}行` }));
      const store = getStore().ledgerEntries;
      const warnings = (await store.warnings(inputs)).flatMap((w, i) => w.map((m) => `第${read.inputs[i].row + 1}行：${m}`));
      await store.add(inputs);
      onSaved(inputs.length, [...new Set(warnings)]);
    } catch (e) {
      setStoreErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [pairingId, byId, persons, type, rows, onSaved]);

  useSaveShortcut(() => void save(), open);
  const issueAt = (row: number, key: string) => issues.find((i) => i.row === row && i.column === key);

  return (
    <Modal open={open} width={1180} title="快速录入台账" okText="全部保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="联建" required>
          <Select aria-label="联建" style={{ width: 380 }} showSearch={{ optionFilterProp: 'label' }} disabled={Boolean(fixedPairing)} value={pairingId} onChange={setPairingId} options={options} placeholder="选择已批准的联建" />
        </Form.Item>
        <Form.Item label="台账类型" required>
          <Select aria-label="台账类型" style={{ width: 140 }} value={typeKey} onChange={changeType} options={LEDGER_ENTRY_TYPES.map((t) => ({ value: t.key, label: t.name }))} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Tab 到右边一格，回车到下一行；可以从 Excel 复制多行多列后粘贴到任一格。日期可写 2008-03-15、2008/3/15 或 2008年3月；空行不保存。
      </Typography.Paragraph>
      {(storeErrors.length > 0 || issues.length > 0) && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={issues.length ? `有 ${issues.length} 处需要改正，未保存任何一行` : '未保存'}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {[...issues.map((i) => `第${i.row + 1}行：${i.message}`), ...storeErrors].map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <div style={{ maxHeight: 420, overflow: 'auto' }}>
        <table className="lj-grid" ref={tableRef} aria-label="快速录入表格">
          <thead>
            <tr>
              <th>行</th>
              {columns.map((c) => (
                <th key={c.key}>{c.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, r) => (
              <tr key={r}>
                <td className={issueAt(r, '') ? 'lj-grid-rowno lj-grid-error' : 'lj-grid-rowno'} title={issueAt(r, '')?.message}>
                  {r + 1}
                </td>
                {columns.map((c, ci) => {
                  const issue = issueAt(r, c.key);
                  return (
                    <td key={c.key} className={issue ? 'lj-grid-error' : undefined} title={issue?.message}>
                      <input
                        data-cell={`${r}:${ci}`}
                        aria-label={`第${r + 1}行 ${c.header}`}
                        aria-invalid={issue ? true : undefined}
                        list={c.options ? `lj-grid-options-${c.key}` : undefined}
                        style={c.key === DESCRIPTION_COLUMN ? { minWidth: 200 } : undefined}
                        value={cells[ci] ?? ''}
                        onChange={(e) => {
                          const value = e.target.value;
                          setRows((all) => all.map((row, i) => (i === r ? row.map((v, j) => (j === ci ? value : v)) : row)));
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
        {columns
          .filter((c) => c.options)
          .map((c) => (
            <datalist key={c.key} id={`lj-grid-options-${c.key}`}>
              {c.options!.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          ))}
      </div>
      <Space style={{ marginTop: 8 }}>
        <Button onClick={() => setRows((r) => [...r, ...blankRows(5, columns.length)])}>添加5行</Button>
        <Button onClick={() => setRows(blankRows(START_ROWS, columns.length))}>清空</Button>
      </Space>
    </Modal>
  );
}
