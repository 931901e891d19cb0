// Units in headers: 「年产值（万元）」 over a field stored in 万元 needs nothing; 「年产值（元）」 needs
// ÷10000; 「户数（人）」 over a field in 户 cannot be converted and is not matched.
import { sameUnit } from './synonyms';

const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['十万', 5],
  ['百万', 6],
  ['千万', 7],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];


const split = (unit: string): [number, string] => {
  for (const [word, exp] of MAGNITUDES) if (unit.startsWith(word) && unit.length > word.length) return [exp, unit.slice(word.length)];
  return [0, unit];
};

/** Units that mean the same (人 and 名) come from the one synonym table. */
const sameBase = (a: string, b: string): boolean => sameUnit(a, b);

/**
 * The power of ten that turns a value written in `written` into `stored` (元 → 万元: -4), or
 * null when the units measure different things.
 */
export function unitShift(written: string, stored: string): number | null {
  if (written === stored) return 0;
  const [we, wb] = split(written);
  const [se, sb] = split(stored);
  if (!sameBase(wb, sb)) {
    // 元/年 over 万元/年 and the like: compare the parts before the slash. A yearly figure is
    // often headed without its 「/年」 (企业增效（万元） over 万元/年): that is the same unit.
    const [wMain, wPer = ''] = wb.split('/');
    const [sMain, sPer = ''] = sb.split('/');
    if ((wPer !== sPer && !(wPer === '' && sPer === '年')) || !sameBase(wMain, sMain)) return null;
  }
  return we - se;
}

/** value × 10^shift without binary rounding noise (12345 元 → 1.2345 万元 exactly). */
export const shiftDecimal = (value: number, shift: number): number => {
  if (shift === 0) return value;
  const [mantissa, exp = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exp) + shift}`);
};
