// The lists the office edits in 设置 → 字典: industries, cooperation areas (联建内容) and
// commendation titles with the kind of honouree each may go to. They steer what a form, a
// picker or an import offers and accepts for a *new* value; they never make a stored record
// invalid: a value the office later removes from a list stays on the records that hold it,
// is shown as it is, and an edit of such a record may keep it (the record's own values are
// always among its choices). Record schemas therefore check only the shape (text, length);
// the doors (forms, imports) check membership with `checkInDictionary`.
import { z } from 'zod';
import { normalizeText } from './normalize';

export { TITLE_TARGETS, TITLE_TARGET_LABELS, DEFAULT_TITLES, DEFAULT_INDUSTRY_LIST, DEFAULT_AREA_LIST } from './dictionary-defaults';
export type { TitleTarget, TitleEntry } from './dictionary-defaults';
import { TITLE_TARGETS, type TitleEntry } from './dictionary-defaults';

const item = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .transform((s) => normalizeText(s))
    .pipe(z.string().min(1, `${label}不能为空`).max(max, `${label}不能超过${max}个字`));

const uniqueList = <T>(label: string, schema: z.ZodType<T>, key: (v: T) => string, max: number) =>
  z
    .array(schema, { error: `${label}应为列表` })
    .min(1, `${label}至少保留一项`)
    .max(max, `${label}最多${max}项`)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      for (const v of list) {
        const k = key(v);
        if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `${label}「${k}」重复` });
        seen.add(k);
      }
    });

export const industriesSchema = uniqueList('行业', item('行业', 20), (s) => s, 100);
export const cooperationAreasSchema = uniqueList('联建内容', item('联建内容', 20), (s) => s, 40);
export const titlesSchema = uniqueList(
  '荣誉称号',
  z.object(
    {
      name: item('荣誉称号', 30),
      target: z.enum(TITLE_TARGETS, { error: '请选择称号授予的对象（党组织、联建点或个人）' }),
    },
    { error: '荣誉称号应有名称和授予对象' },
  ),
  (t) => t.name,
  40,
);


/**
 * The choices a picker offers for a record: the dictionary in its order, then the record's
 * own values the dictionary no longer holds (so editing it never silently drops them).
 */
export function choicesWith(dictionary: readonly string[], current: readonly (string | undefined)[] = []): string[] {
  const extra = current.filter((v): v is string => Boolean(v) && !dictionary.includes(v!));
  return [...dictionary, ...new Set(extra)];
}

/** Values in the dictionary's order; values it does not hold follow in their given order. */
export function orderByDictionary(values: readonly string[], dictionary: readonly string[]): string[] {
  const unique = [...new Set(values)];
  return [...dictionary.filter((d) => unique.includes(d)), ...unique.filter((v) => !dictionary.includes(v))];
}

/**
 * New values must come from the dictionary; values the record already held may stay. Returns
 * the values refused (empty when all are fine).
 */
export function notInDictionary(values: readonly string[], dictionary: readonly string[], kept: readonly string[] = []): string[] {
  return values.filter((v) => !dictionary.includes(v) && !kept.includes(v));
}

/** The dictionary's entry of a title, if the dictionary still holds it. */
export function titleEntry(titles: readonly TitleEntry[], name: string): TitleEntry | undefined {
  return titles.find((t) => t.name === name);
}

/** The message for values a dictionary does not hold (undefined when every value is fine). */
export function dictionaryIssue(label: string, values: readonly string[], dictionary: readonly string[], kept: readonly string[] = []): string | undefined {
  const refused = notInDictionary(values, dictionary, kept);
  if (!refused.length) return undefined;
  return `${label}「${refused.join('、')}」不在字典中，可填：${dictionary.join('、')}；如需新增，请先在「设置 → 字典」中添加`;
}
