// A number field that reads what people type the way the importer reads a cell
// (shared/model/parse-number.ts): full-width digits 「１２０」, separators 「3,500」, units
// 「5万元」 in a 万元 field, 「50人」. While typing it shows what the text will be stored as
// (「＝ 120」), and on leaving the field the text becomes that number. Text that is not a
// number (「约50」, 「abc」) is never turned into an empty value: the field's value becomes an
// UnparsedNumber, which the form's rules refuse with the parser's message (numberRule, or
// zodRule in the registry forms), and outside a form the field is marked with the message.
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { Input, Tooltip } from 'antd';
import type { Rule } from 'antd/es/form';
import { parseNumber, type ParseNumberOptions } from '@shared/model/parse-number';

/** Text typed into a NumberInput that does not parse, with the parser's reason. */
export class UnparsedNumber {
  constructor(
    readonly text: string,
    readonly error: string,
  ) {}
}

export type NumberValue = number | UnparsedNumber | undefined;

/**
 * For state that holds plain numbers: text that does not parse becomes NaN, which the shared
 * rules refuse with a message (「…应为数字」); the field keeps showing the text typed.
 */
export const asNumber = (v: NumberValue): number | undefined => (v instanceof UnparsedNumber ? Number.NaN : v);

/** A Form rule refusing an UnparsedNumber with its reason (other checks stay with the field's own rules). */
export const numberRule: Rule = {
  validator: async (_rule, value) => {
    if (value instanceof UnparsedNumber) throw new Error(value.error);
  },
};

type Props = ParseNumberOptions & {
  value?: number | UnparsedNumber | null;
  onChange?: (value: NumberValue) => void;
  /** Shown after the number, e.g. 人; also the unit typed text is converted to. */
  unit?: string;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  style?: CSSProperties;
  disabled?: boolean;
  autoFocus?: boolean;
  size?: 'small' | 'middle' | 'large';
  onBlur?: () => void;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** Extra text after the unit (outside a form, e.g. 「年」). */
  addon?: ReactNode;
  /** Not inside a Form.Item (whose rules show the message): the field shows it itself. */
  standalone?: boolean;
  /** False where the label already says the unit (「户数（户）」). */
  unitShown?: boolean;
  /** Shown before the number, e.g. 「优秀」 before a score line. */
  prefix?: ReactNode;
};

const shown = (v: Props['value']): string => (v instanceof UnparsedNumber ? v.text : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

export function NumberInput({ value, onChange, unit, integer, min, max, addon, standalone, unitShown = true, onBlur, style, ...rest }: Props) {
  const [text, setText] = useState(() => shown(value));
  const emitted = useRef<Props['value']>(value);
  const parse = (t: string) => parseNumber(t, { unit, integer, min, max });

  // A value set from outside (the form loading a record, a reset) replaces the text; NaN is
  // the parent holding unparsed text as a number (asNumber), so the text stays.
  useEffect(() => {
    if (value === emitted.current) return;
    if (typeof value === 'number' && Number.isNaN(value) && emitted.current instanceof UnparsedNumber) return;
    emitted.current = value;
    setText(shown(value));
  }, [value]);

  const emit = (v: NumberValue) => {
    emitted.current = v;
    onChange?.(v);
  };

  const parsed = parse(text);
  const canonical = parsed.ok && parsed.value !== null ? String(parsed.value) : '';
  const preview = parsed.ok && parsed.value !== null && canonical !== text.trim() ? `＝ ${canonical}` : '';
  const error = parsed.ok ? '' : parsed.error;

  const input = (
    <Input
      {...rest}
      style={style}
      inputMode="decimal"
      value={text}
      status={error ? 'error' : undefined}
      // Always a suffix element: antd re-mounts the <input> (losing focus mid-typing) when one comes or goes.
      suffix={
        <span style={{ color: 'rgba(0,0,0,0.45)', whiteSpace: 'nowrap' }}>
          {preview ? <span data-testid="parsed-number">{preview} </span> : null}
          {unitShown ? unit : null}
          {addon}
        </span>
      }
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        const r = parse(t);
        emit(r.ok ? (r.value ?? undefined) : new UnparsedNumber(t, r.error));
      }}
      onBlur={(e) => {
        const r = parse(e.target.value);
        if (r.ok && r.value !== null) setText(String(r.value));
        onBlur?.();
      }}
    />
  );
  // Inside a Form.Item the item shows the rule's message; alone, the field says it itself.
  return !standalone || !error ? (
    input
  ) : (
    <Tooltip open title={error} placement="bottom">
      {input}
    </Tooltip>
  );
}
