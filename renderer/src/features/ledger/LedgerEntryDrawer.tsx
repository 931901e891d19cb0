// 查看: one ledger entry with every figure and its attachments (preview and download).
import { useLiveQuery } from 'dexie-react-hooks';
import { Descriptions, Drawer } from 'antd';
import type { LedgerType } from '@shared/model/ledger-catalog';
import { formatDateTable } from '@shared/model/parse-date';
import { formatPlain } from '@shared/model/money';
import type { FigureValue, LedgerEntry } from '@shared/model/types';
import { getStore } from '../../db';
import { AttachmentList } from './AttachmentList';

function shown(v: FigureValue | undefined, kind: string, unit: string | undefined, personName: (id: string) => string): string {
  if (v === null || v === undefined || v === '') return '—';
  if (kind === 'bool') return v ? '是' : '否';
  if (kind === 'person') return personName(String(v));
  if (typeof v === 'number') return `${formatPlain(v)}${unit ? ` ${unit}` : ''}`;
  return String(v);
}

type Props = { entry?: LedgerEntry; catalog: readonly LedgerType[]; ownerLabel: (e: LedgerEntry) => string; personName: (id: string) => string; onClose: () => void };

export function LedgerEntryDrawer({ entry, catalog, ownerLabel, personName, onClose }: Props) {
  const attachments = useLiveQuery(() => (entry ? getStore().ledgerEntries.attachments(entry.id) : []), [entry?.id]);
  const type = entry ? catalog.find((t) => t.key === entry.type) : undefined;
  return (
    <Drawer open={Boolean(entry)} size={560} title={type ? `台账记录：${type.name}` : '台账记录'} onClose={onClose}>
      {entry && (
        <>
          <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="归属">{ownerLabel(entry)}</Descriptions.Item>
            <Descriptions.Item label="日期">{formatDateTable(entry.date, entry.precision)}</Descriptions.Item>
            {type?.fields.map((f) => (
              <Descriptions.Item key={f.key} label={f.label}>
                {shown(entry.figures[f.key], f.kind, f.unit, personName)}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label="情况说明">{entry.description || '—'}</Descriptions.Item>
          </Descriptions>
          <AttachmentList items={(attachments ?? []).map((a) => ({ key: a.id, name: a.name, blob: a.blob }))} />
        </>
      )}
    </Drawer>
  );
}
