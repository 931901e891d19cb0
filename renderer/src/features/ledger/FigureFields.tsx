// The figures of one ledger type as form fields, generated from the catalog: one renderer per
// field kind, never a form per type. A new catalog entry shows up here with no code change.
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { LedgerField, LedgerType } from '@shared/model/ledger-catalog';
import { PersonSelect } from '../../ui/records/pickers';
import { NumberInput, numberRule } from '../../ui/NumberInput';

/** Form.Item passes value/checked, onChange and id to its child; they go on to the control. */
type Injected = { value?: unknown; checked?: boolean; onChange?: (...args: unknown[]) => void; id?: string };

function FigureInput({ field, ...injected }: { field: LedgerField } & Injected) {
  const rest = injected as Record<string, unknown>;
  switch (field.kind) {
    case 'int':
    case 'decimal':
      // Parsed as the import parses a cell: 「１２０」, 「3,500」, 「5万元」 in a 万元 field.
      return <NumberInput {...rest} aria-label={field.label} style={{ width: '100%' }} min={field.min} max={field.max} integer={field.kind === 'int'} unit={field.unit} placeholder={field.help} />;
    case 'text':
      return <Input {...rest} aria-label={field.label} maxLength={200} placeholder={field.help} />;
    case 'enum':
      return field.options && field.options.length <= 4 ? (
        <Radio.Group {...rest} aria-label={field.label} options={field.options.map((o) => ({ value: o, label: o }))} />
      ) : (
        <Select {...rest} aria-label={field.label} allowClear options={(field.options ?? []).map((o) => ({ value: o, label: o }))} placeholder="请选择" />
      );
    case 'bool':
      return (
        <Checkbox {...rest} aria-label={field.label}>
          是
        </Checkbox>
      );
    case 'person':
      return <PersonSelect {...rest} aria-label={field.label} />;
    case 'date':
      return <DatePicker {...rest} aria-label={field.label} style={{ width: '100%' }} />;
  }
}

function rulesOf(field: LedgerField): Rule[] {
  const rules: Rule[] = field.required ? [{ required: true, message: `请填写「${field.label}」` }] : [];
  return field.kind === 'int' || field.kind === 'decimal' ? [...rules, numberRule] : rules;
}

/** Form.Items named ['figures', key] for every field of the type. */
export function FigureFields({ type }: { type: LedgerType }) {
  return (
    <>
      {type.fields.map((field) => (
        <Form.Item
          key={`${type.key}.${field.key}`}
          name={['figures', field.key]}
          label={field.label}
          valuePropName={field.kind === 'bool' ? 'checked' : 'value'}
          extra={field.help}
          rules={rulesOf(field)}
        >
          <FigureInput field={field} />
        </Form.Item>
      ))}
    </>
  );
}
