// Breaking a document title into lines (GB/T 9704-2012 §7.3.1: 「回行时，要做到词意完整，排列
// 对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形」). One function for the .docx builders
// and the print views, so what is printed from the app and what is sent as Word break alike.
//
// The user may set the breaks: 「/」 (or 「／」, or a line break) in the title marks them; a
// marked line too long for the measure is broken further as below. Otherwise the title is
// broken into the fewest lines that fit,
// as even in length as the words allow, only between words (Intl.Segmenter's dictionary), never
// inside a term of the programme (村企党组织联建, 先进基层党组织, the county's name …) or a
// number with its unit (2008年度), and never with a line starting in closing punctuation or
// with 「的」.

/** Terms a title line never ends inside; the caller adds the office's own (county, organ, titles). */
export const TITLE_TERMS: readonly string[] = [
  '村企党组织联建活动',
  '村企党组织联建',
  '村企党组织',
  '村企联建',
  '党组织联建',
  '联建活动',
  '联建工作',
  '联建点',
  '联建',
  '村企',
  '党组织',
  '基层党组织',
  '先进基层党组织',
  '优秀联建点',
  '优秀党务工作者',
  '党务工作者',
  '优秀共产党员',
  '共产党员',
  '非公有制企业',
  '拟表彰对象',
  '表彰对象',
  '工作情况',
  '委员会',
  '组织部',
  '档案卡',
];

/** Characters of 2号 type that fit the 156 mm line (442 pt / 22 pt). */
export const TITLE_CHARS_PER_LINE = 20;

const MANUAL_BREAK = /\s*(?:[/／]|\r?\n)\s*/;

/** The title as one line of text (file names, document properties): break marks removed. */
export function titleText(title: string): string {
  return title
    .split(MANUAL_BREAK)
    .map((t) => t.trim())
    .filter(Boolean)
    .join('');
}

/** Width in characters of 2号 type: CJK and full-width 1, ASCII a little over ½ (fallback fonts run wider). */
export function titleWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u007e]/.test(ch) ? 0.6 : 1;
  return w;
}

// 「后」 closes what precedes it (培训后, 终止后): 「培训后 / 上岗」, not 「培训 / 后上岗」.
const NO_LINE_START = new Set('，。、；：？！）》」』】〕〉”’…—%％·的之和及与后');
const NO_LINE_END = new Set('（《「『【〔〈“‘—');
const ASCII_WORD = /[0-9A-Za-z.]/;
const UNIT_AFTER_NUMBER = new Set('年月日号期届次个名');

type Options = {
  /** Extra terms never to split (the county, the issuing organ, the commendation titles …). */
  terms?: readonly string[];
  /** Line width in 2号 characters (default 20). */
  maxWidth?: number;
};

/** Positions (string indices) where a line may break. */
function breakPositions(text: string, terms: readonly string[]): number[] {
  const chars = [...text];
  const allowed = new Set<number>();
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  let at = 0;
  for (const s of segmenter.segment(text)) {
    at += [...s.segment].length;
    if (at > 0 && at < chars.length) allowed.add(at);
  }
  // Every term occurrence, in code points, forbids the positions strictly inside it; its edges are allowed.
  const protectedInside = new Set<number>();
  for (const term of terms) {
    const t = [...term];
    if (t.length < 2) continue;
    for (let i = 0; i + t.length <= chars.length; i++) {
      if (t.every((c, j) => chars[i + j] === c)) {
        for (let k = i + 1; k < i + t.length; k++) protectedInside.add(k);
        if (i > 0) allowed.add(i);
        if (i + t.length < chars.length) allowed.add(i + t.length);
      }
    }
  }
  return [...allowed]
    .filter((p) => {
      if (protectedInside.has(p)) return false;
      const before = chars[p - 1];
      const after = chars[p];
      if (ASCII_WORD.test(before) && ASCII_WORD.test(after)) return false;
      if (/[0-9]/.test(before) && UNIT_AFTER_NUMBER.has(after)) return false;
      if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
      return true;
    })
    .sort((a, b) => a - b);
}

/** Lines of a title: the user's own breaks where marked, else (and within a marked line too long) balanced lines at word boundaries. */
export function breakTitle(title: string, options: Options = {}): string[] {
  return title
    .split(MANUAL_BREAK)
    .map((t) => t.trim())
    .filter(Boolean)
    .flatMap((line) => breakLine(line, options));
}

/**
 * A column header (「其中技术工人」) in lines of at most `maxChars` characters, broken between
 * words as titles are: 「其中 / 技术工人」, never 「其中技 / 术工人」.
 */
export function breakLabel(text: string, maxChars: number): string[] {
  return breakLine(text.trim(), { maxWidth: Math.max(1, maxChars) });
}

function breakLine(text: string, options: Options): string[] {
  const maxWidth = options.maxWidth ?? TITLE_CHARS_PER_LINE;
  const total = titleWidth(text);
  if (total <= maxWidth) return text ? [text] : [];

  const chars = [...text];
  const terms = [...TITLE_TERMS, ...(options.terms ?? [])].map((t) => t.trim()).filter(Boolean);
  const cuts = [0, ...breakPositions(text, terms), chars.length];
  const widthOf = (a: number, b: number) => titleWidth(chars.slice(a, b).join(''));
  // A break before 「关于」 (after the issuing organ) reads best; one inside the organ's name is already forbidden.
  const bonus = (p: number) => (chars.slice(p, p + 2).join('') === '关于' ? 6 : 0);

  // Fewest lines first; within a line count, the most even lengths (least squares), and no
  // 「hourglass」 (a middle line shorter than both its neighbours: 梯形 or 菱形, as §7.3.1 asks).
  const shapeCost = (widths: number[], mean: number) => {
    let cost = widths.reduce((s, w) => s + (w - mean) ** 2, 0);
    for (let i = 1; i < widths.length - 1; i++) {
      const shorter = Math.min(widths[i - 1], widths[i + 1]) - widths[i];
      if (shorter > 0) cost += 4 * shorter;
    }
    return cost;
  };
  for (let lines = Math.ceil(total / maxWidth); lines <= Math.min(cuts.length - 1, 8); lines++) {
    const mean = total / lines;
    let best: { cost: number; at: number[] } | undefined;
    // Depth-first over the cut positions; a line wider than the measure ends the branch.
    const search = (from: number, left: number, at: number[], widths: number[], bonuses: number) => {
      if (left === 1) {
        const w = widthOf(cuts[from], cuts[cuts.length - 1]);
        if (w > maxWidth) return;
        const cost = shapeCost([...widths, w], mean) - bonuses;
        if (!best || cost < best.cost) best = { cost, at: [...at, cuts.length - 1] };
        return;
      }
      for (let i = from + 1; i < cuts.length - 1; i++) {
        const w = widthOf(cuts[from], cuts[i]);
        if (w > maxWidth) break;
        search(i, left - 1, [...at, i], [...widths, w], bonuses + bonus(cuts[i]));
      }
    };
    search(0, lines, [], [], 0);
    if (!best) continue;
    const ends = (best as { at: number[] }).at;
    return ends.map((e, k) => chars.slice(cuts[k === 0 ? 0 : ends[k - 1]], cuts[e]).join(''));
  }
  // No break point at all (one unbroken term longer than a line): left to the typesetter.
  return [text];
}
