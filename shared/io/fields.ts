// The columns an import understands, as data. A target (乡镇, 村, 企业, 人员, and later 联建,
// 台账, 年终统计, 表彰) lists its fields once; header matching, cell conversion, the mapping
// screen, the import template and its 填表说明 are all generated from that list.

export type ImportFieldKind =
  /** Free text, normalized (NFKC, zero-width characters out, spaces collapsed). */
  | 'text'
  /** Digits kept as text (区划代码): a number cell is accepted only while it is exact. */
  | 'code'
  /** Whole number; `unit`, `min`, `max` apply. */
  | 'int'
  /** Decimal number; `unit`, `min`, `max` apply. */
  | 'decimal'
  /** A four-digit year (2008, 2008年, or a date cell's year). */
  | 'year'
  /** A calendar date, stored YYYY-MM-DD (Excel serials, 2008年12月, 2008.12, 2008/12/3…). */
  | 'date'
  /** One of `options` (also their `optionAliases`). */
  | 'enum'
  /** 是/否 (also 有/无, √/×, Y/N, 1/0). */
  | 'bool'
  /** Several values in one cell, separated by 、 , ； / (主导产业). */
  | 'list'
  /** 统一社会信用代码, checked and normalized. */
  | 'uscc'
  /** 身份证号, checked and normalized; a number cell is refused (digits lost). */
  | 'idcard'
  /** Phone number, checked and stored in one form. */
  | 'phone';

export type ImportField = {
  /** Path in the draft, e.g. 'partyOrg.secretary', or a name the target resolves (e.g. 'townshipName'). */
  key: string;
  label: string;
  /** The unit values are stored in (人, 户, 万元…): a header's unit in brackets must agree or convert. */
  unit?: string;
  kind: ImportFieldKind;
  required?: boolean;
  options?: readonly string[];
  /** Other spellings accepted for an option: { 党支部: ['支部'] }. */
  optionAliases?: Readonly<Record<string, readonly string[]>>;
  /** Other header texts meaning this column: 企业名称 ↔ 单位名称. */
  synonyms?: readonly string[];
  min?: number;
  max?: number;
  /** One line for the template's 填表说明 (and the mapping screen). */
  help?: string;
  /** The office's dictionary (设置 → 字典) this column's values come from; the template lists it. */
  dictionary?: 'industries' | 'cooperationAreas';
  /**
   * Filled in by an app-made template for every row (联建编号, 月份): a row with nothing but
   * these is left blank by whoever filled the sheet (e.g. a pairing that did not report), not a record.
   */
  prefilled?: boolean;
};

/** The fields with their dictionaries' current values written into their help (for templates). */
export function withDictionaryHelp(fields: readonly ImportField[], dictionaries: Record<NonNullable<ImportField['dictionary']>, readonly string[]>): ImportField[] {
  return fields.map((f) => {
    if (!f.dictionary) return f;
    const list = dictionaries[f.dictionary].join('、');
    // A list's rule already says 「可填多项，用顿号「、」分隔」: the help names the choices only.
    return { ...f, help: `可填：${list}` };
  });
}

/** 「户数（户）」: how templates and exports head the column. */
export const fieldHeader = (f: Pick<ImportField, 'label' | 'unit'>): string => (f.unit ? `${f.label}（${f.unit}）` : f.label);

const KIND_RULES: Record<ImportFieldKind, string> = {
  text: '文字',
  code: '数字编码，请设置为文本格式，保留开头的0',
  int: '整数',
  decimal: '数字，可带小数',
  year: '四位年份，如 2008',
  date: '日期，如 2008-12-03、2008/12/3、2008年12月',
  enum: '从下拉列表中选择',
  bool: '填「是」或「否」',
  list: '可填多项，用顿号「、」分隔',
  uscc: '18位统一社会信用代码，请设置为文本格式',
  idcard: '18位身份证号，请设置为文本格式（末位 X 大写）',
  phone: '11位手机号或带区号的固定电话，如 0597-6822345',
};

/** The rule a field's cells must follow, in one Chinese line (templates, mapping screen). */
export function fieldRule(f: ImportField): string {
  const parts = [KIND_RULES[f.kind]];
  if (f.kind === 'enum' && f.options) parts.push(`可选：${f.options.join('、')}`);
  if ((f.kind === 'int' || f.kind === 'decimal') && f.min !== undefined && f.min >= 0) parts.push('不能为负数');
  if (f.unit) parts.push(`单位：${f.unit}`);
  if (f.help) parts.push(f.help);
  return parts.join('；');
}
