// Reading the cells of a pairing list an office already keeps: 联建内容 written in its own
// words (「劳务、培训」), 联络员 as 「张三 13905971234、李四」 in one cell. Pure functions; the
// import target resolves names and decides which side a liaison belongs to.
import { COOPERATION_AREAS, type CooperationArea } from './enums';
import { orderByDictionary } from './dictionaries';
import { normalizeForParsing, normalizeText } from './normalize';

const AREA_ALIASES: Readonly<Record<string, CooperationArea>> = {
  劳动力转移: '劳务输送',
  输送劳动力: '劳务输送',
  用工: '劳务输送',
  培训: '技能培训',
  职业培训: '技能培训',
  产业共建: '产业帮扶',
  产业发展: '产业帮扶',
  捐资: '资金扶持',
  帮扶资金: '资金扶持',
  调解: '矛盾化解',
  化解矛盾: '矛盾化解',
  联防: '治安联防',
  交流: '学习交流',
  任职: '交叉任职',
};

/**
 * One area as written → an area of the office's dictionary (设置 → 字典, the default list when
 * not given): exact, a known alias of an area the dictionary holds, or the first two characters
 * of exactly one area (劳务 → 劳务输送).
 */
export function parseArea(text: string, dictionary: readonly string[] = COOPERATION_AREAS): string | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (dictionary.includes(t)) return t;
  if (AREA_ALIASES[t] && dictionary.includes(AREA_ALIASES[t])) return AREA_ALIASES[t];
  if (t.length >= 2) {
    const byPrefix = dictionary.filter((a) => a.startsWith(t.slice(0, 2)));
    if (byPrefix.length === 1) return byPrefix[0];
  }
  return null;
}

export function parseAreas(items: readonly string[], dictionary: readonly string[] = COOPERATION_AREAS): { areas: string[]; unknown: string[] } {
  const areas: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const area = parseArea(item, dictionary);
    if (area) areas.push(area);
    else if (normalizeText(item)) unknown.push(normalizeText(item));
  }
  return { areas: orderByDictionary(areas, dictionary), unknown };
}

export type LiaisonText = { name: string; phone?: string; side?: 'enterprise' | 'village' };

const PHONE = /(\+?86)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)/;
const SIDE_PREFIX = /^(企业|企|公司|村)[:：]/;

/** 「企业：张三 13905971234、村：李四（0597-6822345）」 → names, phones and, where written, sides. */
export function parseLiaisons(cell: string): LiaisonText[] {
  const out: LiaisonText[] = [];
  for (const raw of normalizeText(cell).split(/[、，,;；\n]+/)) {
    let part = raw.trim();
    if (!part) continue;
    let side: LiaisonText['side'];
    const prefix = SIDE_PREFIX.exec(part);
    if (prefix) {
      side = prefix[1] === '村' ? 'village' : 'enterprise';
      part = part.slice(prefix[0].length);
    }
    const phone = PHONE.exec(normalizeForParsing(part).replace(/\s+/g, ''));
    const name = part
      .replace(/[（(][^）)]*[）)]/g, '')
      .replace(/[+\d\-\s:：]+/g, '')
      .trim();
    if (!name) continue;
    out.push({ name, ...(phone ? { phone: phone[2] } : {}), ...(side ? { side } : {}) });
  }
  return out;
}

/**
 * Which liaison is whose: a written side first, then the registry (a person of the enterprise
 * or of the village), then the order 企业、村 when the cell names two. A lone name that is
 * nobody's in the registry cannot be placed: that is an error, never a guess.
 */
export function assignLiaisons(
  list: readonly LiaisonText[],
  sideOf: (name: string) => 'enterprise' | 'village' | undefined,
): { enterprise?: LiaisonText; village?: LiaisonText; error?: string } {
  if (list.length > 2) return { error: `联络员最多两人（企业一人、村一人），实际为 ${list.length} 人` };
  const placed = list.map((l) => ({ l, side: l.side ?? sideOf(l.name) }));
  if (placed.length === 2 && !placed[0].side && !placed[1].side) {
    placed[0].side = 'enterprise';
    placed[1].side = 'village';
  } else if (placed.length === 2) {
    for (const [i, p] of placed.entries()) {
      const other = placed[1 - i];
      if (!p.side && other.side) p.side = other.side === 'enterprise' ? 'village' : 'enterprise';
    }
  }
  const unplaced = placed.find((p) => !p.side);
  if (unplaced) return { error: `联络员「${unplaced.l.name}」不在人员库中，无法确定是企业还是村的联络员：请写成「企业：姓名」或「村：姓名」，或分列为「企业联络员」「村联络员」` };
  if (placed.length === 2 && placed[0].side === placed[1].side) return { error: `两位联络员都属于${placed[0].side === 'enterprise' ? '企业' : '村'}，请核对` };
  const strip = ({ name, phone }: LiaisonText): LiaisonText => (phone ? { name, phone } : { name });
  const result: { enterprise?: LiaisonText; village?: LiaisonText } = {};
  for (const p of placed) result[p.side!] = strip(p.l);
  return result;
}
