// How figures are written for people: amounts in 万元 in tables, and rounded figures in the
// prose of a work summary, the way the seed article writes them (4万多人, 5100多名,
// 600多万元). All rounding works on the decimal digits of the number, not on binary
// floating point, so 1.005 rounds to 1.01 and 612.5 floors to exactly 600.

/** A finite non-negative number as its decimal digits: value = digits × 10^exp. */
type Decimal = { digits: string; exp: number };

const toDecimal = (abs: number): Decimal => {
  // toExponential() gives the shortest digits that read back as the same number.
  const [mantissa, e] = abs.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  return { digits, exp: Number(e) - (digits.length - 1) };
};

const toPlain = ({ digits, exp }: Decimal): string => {
  if (/^0*$/.test(digits)) return '0';
  if (exp >= 0) return digits + '0'.repeat(exp);
  const padded = digits.padStart(-exp + 1, '0');
  const int = padded.slice(0, exp);
  const frac = padded.slice(exp).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
};

/** Rounds half away from zero at `places` decimals, on the decimal digits. */
const roundDecimal = (d: Decimal, places: number): Decimal => {
  if (d.exp >= -places) return d;
  const drop = -places - d.exp;
  if (drop > d.digits.length) return { digits: '0', exp: 0 };
  const kept = d.digits.slice(0, d.digits.length - drop) || '0';
  const up = Number(d.digits[d.digits.length - drop]) >= 5;
  return { digits: up ? String(BigInt(kept) + 1n) : kept, exp: -places };
};

const signOf = (n: number, plain: string): string => (n < 0 && plain !== '0' ? '-' : '');

/** The number rounded to at most 2 decimals, trailing zeros dropped, no separators: 45.5, 7572. */
export const formatPlain = (n: number): string => {
  if (!Number.isFinite(n)) return '';
  const plain = toPlain(roundDecimal(toDecimal(Math.abs(n)), 2));
  return signOf(n, plain) + plain;
};

/**
 * An amount in 万元 for tables: at most 2 decimals, no trailing zeros, thousands separators
 * in the integer part (1,234.5). `unit: true` appends 万元. Not a finite number → ''.
 */
export const formatWan = (n: number, opts: { unit?: boolean } = {}): string => {
  if (!Number.isFinite(n)) return '';
  const plain = formatPlain(n).replace(/^-/, '');
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${signOf(n, plain)}${grouped}${frac ? `.${frac}` : ''}${opts.unit ? '万元' : ''}`;
};

export type RoundOfficialOptions = {
  /** Significant digits kept when rounding. Default: 1 for amounts of money (…元), else 2. */
  digits?: number;
  /** Values below this are written exactly. Default: 100 for money, else 1000. */
  exactBelow?: number;
};

const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['亿', 8],
  ['万', 4],
];

/**
 * A figure as a work summary writes it (official usage, as the seed article does): floored to
 * `digits` significant digits, with 多 when something was cut off; 万 or 亿 once the value
 * reaches them; exact below `exactBelow`. 多 never follows a decimal (「4.1万多」 is not
 * written): when something is cut off, the number is also floored to a whole count of its
 * scale — 41,236 → 4万多, not 4.1万多 — while a value that is exact at `digits` keeps its
 * decimal (26,000 → 2.6万). The unit follows, and a unit that already carries 万 scales on
 * (12345万元 → 1亿多元). 多 goes after the number of the unit being counted: 600多万元,
 * but 4万多人.
 *
 *   roundOfficial(727, '家')       → '727家'      exact, below 1000
 *   roundOfficial(234, '人')       → '234人'
 *   roundOfficial(5137, '名')      → '5100多名'   2 digits
 *   roundOfficial(41236, '人')     → '4万多人'    a whole count of 万 before 多
 *   roundOfficial(45000, '人')     → '4.5万人'    nothing cut off: the decimal stays
 *   roundOfficial(26000, '亩')     → '2.6万亩'
 *   roundOfficial(612.5, '万元')   → '600多万元'  money: 1 digit
 *   roundOfficial(45, '万元')      → '45万元'     money below 100: exact
 *   roundOfficial(7572.3, '万元', { digits: 4 }) → '7572多万元'
 *   roundOfficial(243, '名', { exactBelow: 100 }) → '240多名'
 *   roundOfficial(123456, '人')    → '12万多人'
 *   roundOfficial(12345, '万元')   → '1亿多元'
 *   roundOfficial(150000, '元')    → '10万多元'   pass { digits: 2 } for 15万元
 */
export const roundOfficial = (n: number, unit: string, opts: RoundOfficialOptions = {}): string => {
  if (!Number.isFinite(n)) return '';
  const money = unit.includes('元');
  const keep = Math.max(1, Math.floor(opts.digits ?? (money ? 1 : 2)));
  const exactBelow = opts.exactBelow ?? (money ? 100 : 1000);
  if (n <= 0 || n < exactBelow) return formatPlain(n) + unit;

  const prefix = SCALES.find(([word]) => unit.startsWith(word) && unit.length > word.length);
  const unitExp = prefix ? prefix[1] : 0;
  const baseUnit = prefix ? unit.slice(prefix[0].length) : unit;

  // The value in base units is digits × 10^(exp + unitExp); the scale word comes from its magnitude.
  const d = toDecimal(n);
  const lowest = d.exp + unitExp;
  const magnitude = d.digits.length - 1 + lowest;
  const [word, exp] = SCALES.find(([, e]) => magnitude >= e) ?? ['', 0];
  let cut = Math.max(0, d.digits.length - keep);
  const cutOff = (k: number) => /[1-9]/.test(d.digits.slice(d.digits.length - k));
  // Something cut off: 多 follows a whole number of the scale, so the digits below it go too.
  if (cutOff(cut)) cut = Math.max(cut, Math.min(d.digits.length - 1, exp - lowest));
  const more = cutOff(cut);
  const floored: Decimal = { digits: d.digits.slice(0, d.digits.length - cut), exp: lowest + cut };
  const number = toPlain({ digits: floored.digits, exp: floored.exp - exp });
  const plus = more ? '多' : '';
  // 多 follows the number of the unit counted: 600多万元 counts 万元, 4万多人 counts 人 in 万.
  return exp === unitExp ? `${number}${plus}${unit}` : `${number}${word}${plus}${baseUnit}`;
};
