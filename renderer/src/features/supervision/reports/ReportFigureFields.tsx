// The ledger figures of a report in the form: the user ticks the kinds of work done this
// month (from the catalog's report types) and fills in each kind's figures, generated from
// the catalog's fields — a new catalog type appears here by itself.
import { Card, Checkbox, Form, Input, Radio, Select } from 'antd';
import type { LedgerField } from '@shared/model/ledger-catalog';
import { REPORT_LEDGER_TYPES } from '@shared/model/monthly-report';
import { NumberInput, numberRule } from '../../../ui/NumberInput';

type Injected = { value?: unknown; checked?: boolean; onChange?: (...args: unknown[]) => void; id?: string };

function FigureInput({ field, label, ...injected }: { field: LedgerField; label: string } & Injected) {
  const rest = injected as Record<string, unknown>;
  switch (field.kind) {
    case 'int':
    case 'decimal':
      return <NumberInput {...rest} aria-label={label} style={{ width: '100%' }} min={field.min} max={field.max} integer={field.kind === 'int'} unit={field.unit} />;
    case 'enum':
      return field.options && field.options.length <= 4 ? (
        <Radio.Group {...rest} aria-label={label} options={field.options.map((o) => ({ value: o, label: o }))} />
      ) : (
        <Select {...rest} aria-label={label} allowClear options={(field.options ?? []).map((o) => ({ value: o, label: o }))} placeholder="请选择" />
      );
    case 'bool':
      return (
        <Checkbox {...rest} aria-label={label}>
          是
        </Checkbox>
      );
    default:
      return <Input {...rest} aria-label={label} maxLength={200} />;
  }
}

/** Checkbox group `figureTypes` and, for each type ticked, its fields named ['figures', type, field]. */
export function ReportFigureFields({ chosen }: { chosen: readonly string[] }) {
  return (
    <>
      <Form.Item name="figureTypes" label="本月成效" extra="勾选本月开展的工作，填写的数字同时记入成效台账（修改月报时台账随之更新，不会重复记入）">
        <Checkbox.Group options={REPORT_LEDGER_TYPES.map((t) => ({ value: t.key, label: t.name }))} />
      </Form.Item>
      {REPORT_LEDGER_TYPES.filter((t) => chosen.includes(t.key)).map((type) => (
        <Card key={type.key} size="small" title={type.name} style={{ marginBottom: 12 }} aria-label={`${type.name}数字`}>
          {type.fields.map((field) => (
            <Form.Item
              key={field.key}
              name={['figures', type.key, field.key]}
              label={field.label}
              valuePropName={field.kind === 'bool' ? 'checked' : 'value'}
              extra={field.help}
              rules={[...(field.required ? [{ required: true, message: `请填写「${field.label}」` }] : []), ...(field.kind === 'int' || field.kind === 'decimal' ? [numberRule] : [])]}
            >
              <FigureInput field={field} label={`${type.name}${field.label}`} />
            </Form.Item>
          ))}
        </Card>
      ))}
    </>
  );
}
