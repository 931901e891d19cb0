// Text as it arrives from Excel, WPS, CSV files and paste is full of look-alikes: full-width
// digits and letters, NBSP and ideographic spaces, zero-width characters copied from web
// pages and chat apps, stray control characters. Everything typed or imported goes through
// normalizeText before it is validated, compared or stored, so that 「１２３」 and 「123」,
// 「红星村\u200B」 and 「红星村」 are the same value.

// Characters with no visible glyph that only ever sneak in by copy and paste. Beyond the
// zero-width space/joiners, word joiner and BOM, this also drops the soft hyphen, LRM/RLM and
// the bidi embedding/isolate controls, which can make a name display differently from what
// is stored ("trojan source").
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// C0 controls except tab, LF, CR; DEL; C1 controls. Also lone surrogate halves and the
// non-characters U+FFFE/U+FFFF: none of these may appear in the XML inside .xlsx/.docx.
const CONTROL = /(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF]|\p{Cs}/gu;

/** Removes control characters that are invalid in .xlsx/.docx XML; keeps tab, LF and CR. */
export const stripControlChars = (s: string): string => s.replace(CONTROL, '');

const toText = (raw: unknown): string => {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  if (typeof raw === 'bigint' || typeof raw === 'boolean') return String(raw);
  // null, undefined, Dates, rich-text objects: the spreadsheet reader turns cells into
  // primitives first; anything else is not text this function can vouch for.
  return '';
};

// Chinese text is written with full-width punctuation: 「河田镇（新）」 must stay as typed in
// names and documents, while full-width letters, digits and spaces fold to ASCII. NFKC would
// turn these into ( ) : ; , ! ?, so they are kept out of it.
const CHINESE_PUNCTUATION = /([（）：；，！？])/;

const nfkcKeepingChinesePunctuation = (s: string): string =>
  s
    .split(CHINESE_PUNCTUATION)
    .map((part) => (CHINESE_PUNCTUATION.test(part) ? part : part.normalize('NFKC')))
    .join('');

/**
 * NFKC (except Chinese full-width punctuation), invisible and control characters removed, every run of spaces (NBSP, U+3000, tabs…)
 * made one space, line breaks kept (at most one blank line), trimmed. Idempotent.
 */
/**
 * Text that normalizeText leaves exactly as it is: ASCII, CJK ideographs and the punctuation
 * Chinese text is written with (none of it changed by NFKC), words separated by single spaces.
 * Most cells and form values are like this; they skip the regex and NFKC passes, which an
 * import of 100,000 rows would otherwise run millions of times. (Proved against the full path
 * in test/unit/shared/io/plain-text.test.ts.)
 */
export const PLAIN_TEXT = /^[!-~\u3400-\u4dbf\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014\u3015\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u00b7\u2014\u2018\u2019\u201c\u201d]+(?: [!-~\u3400-\u4dbf\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014\u3015\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u00b7\u2014\u2018\u2019\u201c\u201d]+)*$/;

export const normalizeText = (raw: unknown): string => (typeof raw === 'string' && PLAIN_TEXT.test(raw) ? raw : normalizeTextFully(raw));

/** normalizeText without the shortcut for plain text (exported for the test that proves the shortcut). */
export const normalizeTextFully = (raw: unknown): string => {
  const s = toText(raw)
    // Vertical tab and form feed behave as spaces here; line separators as line breaks.
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[\v\f]/g, ' ')
    // Removed before NFKC: removing a character between a letter and a combining mark
    // afterwards would leave text that NFKC changes again, and normalizing would not be
    // idempotent.
    .replace(INVISIBLE, '')
    .replace(CONTROL, '');
  const folded = nfkcKeepingChinesePunctuation(s);
  return folded
    .replace(/\s+/g, (run) => {
      const breaks = run.split('\n').length - 1;
      return breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n';
    })
    .trim();
};

/** normalizeText with full NFKC, punctuation too: for numbers, dates and codes, where 「１，２００」 means 1,200. */
export const normalizeForParsing = (raw: unknown): string => normalizeText(raw).normalize('NFKC');

/** True for null, undefined and anything that normalizes to the empty string. */
export const isBlank = (raw: unknown): boolean => normalizeText(raw) === '';

// normalizeText keeps （）; ［］ are already [ ] after NFKC; the CJK brackets have no compatibility mapping.
const OPEN_BRACKETS = /[[（【〔〖〘〚]/g;
const CLOSE_BRACKETS = /[\]）】〕〗〙〛]/g;

/**
 * A header cell reduced to what identifies the column: NFKC, no whitespace at all (people
 * pad headers with spaces to centre them), every kind of bracket made ( ), and the
 * required-field mark `*` at either end removed. 「 富余劳动力【人】 」 → 「富余劳动力(人)」.
 */
export const normalizeHeader = (raw: unknown): string =>
  normalizeText(raw)
    .replace(/\s+/g, '')
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .replace(/^\*+|\*+$/g, '');

export type HeaderParts = { name: string; unit: string | null };

/**
 * Splits a trailing unit in brackets off a header: 「富余劳动力（人）」 → { name: '富余劳动力',
 * unit: '人' }. Only the last bracket group counts, so 「其中(技术工人)(人)」 keeps its first
 * group in the name. Whether the bracket really held a unit is for the caller to judge
 * against the catalog.
 */
export const splitHeaderUnit = (raw: unknown): HeaderParts => {
  const header = normalizeHeader(raw);
  const m = /^(.+)\(([^()]+)\)$/.exec(header);
  return m ? { name: m[1], unit: m[2] } : { name: header, unit: null };
};
