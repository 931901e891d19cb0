// 期次 and the names of a 骨干培训班, without the record rules (zod) around them: what a class
// is called in lists and messages, and the key that makes two records one class. Small, so
// the schema upgrade that reads old classes (training-legacy.ts) loads no more than this.
import { normalizeHeader, normalizeText } from './normalize';
import type { TrainingClass } from './training';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 「12」「十二」「二十」「一百」 → 12, 12, 20, 100; anything else → null. */
export function parseOrdinal(text: string): number | null {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (m && text !== '' && (m[2] || (m[1] && !m[3]))) {
    if (!m[2]) return DIGITS[m[1]!]!;
    return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
  }
  if (text === '一百') return 100;
  return null;
}

/** The number of a 期次 (「第3期」「第三期」「3期」「3」 → 3), or null when it has none. */
export function sessionNumber(raw: unknown): number | null {
  const text = normalizeHeader(raw);
  const whole = /^第?(.+?)期?$/.exec(text);
  const inside = /第([^第期]{1,4})期/.exec(text);
  return (whole && parseOrdinal(whole[1]!)) ?? (inside && parseOrdinal(inside[1]!));
}

/** 期次 as stored: 「第N期」 when it has a number, else the text as typed (e.g. 「春季班」). */
export function formatSession(raw: unknown): string {
  const n = sessionNumber(raw);
  return n === null ? normalizeText(raw) : `第${n}期`;
}

/** A class as lists and messages name it: its name, with the 期次 unless the name says it already. */
export function classLabel(c: Pick<TrainingClass, 'name' | 'session'>): string {
  if (!c.session) return c.name;
  const n = sessionNumber(c.session);
  const inName = [...c.name.matchAll(/第([^期第]{1,4})期/g)].some((m) => (n !== null ? parseOrdinal(m[1]!) === n : `第${m[1]}期` === c.session));
  return inName || c.name.includes(c.session) ? c.name : `${c.name}（${c.session}）`;
}

/**
 * What makes two class records the same class: the year and 期次 (numbering may start again
 * each year), or — for a class without 期次 — its name and opening date.
 */
export function classKey(c: { session?: unknown; name?: unknown; startDate?: unknown }): string | null {
  const start = typeof c.startDate === 'string' ? c.startDate : '';
  if (!start) return null;
  if (c.session !== undefined && c.session !== null && normalizeText(c.session) !== '') {
    const n = sessionNumber(c.session);
    return `${start.slice(0, 4)}|${n === null ? `s:${normalizeHeader(c.session)}` : n}`;
  }
  const name = normalizeHeader(c.name ?? '');
  return name ? `${start}|n:${name}` : null;
}

/** How a duplicate class is described: 「2008年第3期」 or 「2008-03-17 开班的「…」」. */
export function classKeyText(c: Pick<TrainingClass, 'session' | 'name' | 'startDate'>): string {
  return c.session ? `${c.startDate.slice(0, 4)}年${c.session}` : `${c.startDate} 开班的「${c.name}」`;
}
