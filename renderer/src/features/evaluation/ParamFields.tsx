// The parameters of an indicator or deduction kind, as the catalog declares them: a number
// with its unit, a ledger type, a figure of that type, or a choice. Nothing here knows a kind.
import { Select, Space } from 'antd';
import { asNumber, NumberInput } from '../../ui/NumberInput';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { figureOptions, paramApplies, type ParamField } from '@shared/model/evaluation/catalog';
import type { Params } from '@shared/model/evaluation/types';

const TYPE_OPTIONS = LEDGER_TYPES.filter((t) => figureOptions(t.key).length > 0).map((t) => ({ value: t.key, label: t.name }));

type Props = { fields: readonly ParamField[]; params: Params; owner: string; onChange: (params: Params) => void };

export function ParamFields({ fields, params, owner, onChange }: Props) {
  const set = (key: string, value: number | string) => {
    const next = { ...params, [key]: value };
    // A new ledger type starts on its first figure.
    for (const f of fields) if (f.kind === 'ledgerFigure' && f.typeParam === key) next[f.key] = figureOptions(String(value))[0]?.value ?? '';
    onChange(next);
  };
  const shown = fields.filter((f) => paramApplies(f, params));
  if (shown.length === 0) return null;
  return (
    <Space wrap size={[8, 4]}>
      {shown.map((f) => {
        const label = `${owner} ${f.label}`;
        if (f.kind === 'number') {
          return <NumberInput key={f.key} standalone aria-label={label} prefix={f.label} unit={f.unit} min={f.min} max={f.max} value={params[f.key] as number} onChange={(v) => set(f.key, asNumber(v) ?? Number.NaN)} style={{ width: 190 }} />;
        }
        const options =
          f.kind === 'ledgerType' ? TYPE_OPTIONS : f.kind === 'ledgerFigure' ? figureOptions(String(params[f.typeParam] ?? '')) : f.options.map((o) => ({ value: o.value, label: o.label }));
        return <Select key={f.key} aria-label={label} title={f.label} value={params[f.key] as string} onChange={(v) => set(f.key, v)} options={options} style={{ width: f.kind === 'choice' ? 230 : 150 }} popupMatchSelectWidth={false} />;
      })}
    </Space>
  );
}
