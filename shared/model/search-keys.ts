// Search by name or by pinyin (红星村 is found by 红星, hxc, hongxing or xingcun). Each name's
// keys are computed once with pinyin-pro and cached by the name itself, so a keystroke over
// 50,000 persons is one `includes` per record.
//
// 多音字: the reading in context comes first (长汀 → changting; for persons the surname reading,
// 单 → shan). Every other reading of a polyphonic character is added too, for the initials in
// full combination (capped) and for the full spelling one character at a time, so a user who
// types 行 as hang or xing, or 长 as zhang, still finds the name.
import { pinyin } from 'pinyin-pro';
import { normalizeText } from './normalize';
import { PINYIN_MARK } from './search-query';

export { PINYIN_MARK, normalizeQuery, matchesQuery } from './search-query';

export type NameKind = 'place' | 'person';

const SEPARATOR = '\u0001';
const MAX_INITIAL_COMBOS = 16;
const MAX_FULL_VARIANTS = 8;
const CJK = /\p{Script=Han}/u;
const KEEP = /[\p{L}\p{N}]/u;

const readingsCache = new Map<string, string[]>();

/** Every reading of one character, without tones. */
function readingsOf(char: string): string[] {
  let r = readingsCache.get(char);
  if (!r) {
    r = [...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true }))].filter(Boolean);
    readingsCache.set(char, r);
  }
  return r;
}

type CharReadings = { primary: string; others: string[] };

function charReadings(name: string, kind: NameKind, useContext: 'always' | 'when-needed' = 'when-needed'): CharReadings[] {
  const chars = [...name];
  const readings = chars.map((c) => (CJK.test(c) ? readingsOf(c) : null));
  // The reading in context (the costly call) decides only between several readings; a name whose
  // characters each have exactly one reading (most names) gets the same keys without it.
  const needsContext = useContext === 'always' || readings.some((r) => r !== null && r.length !== 1);
  const context = needsContext ? pinyin(name, { toneType: 'none', type: 'array', ...(kind === 'person' ? { surname: 'head' as const } : {}) }) : [];
  const aligned = context.length === chars.length;
  const out: CharReadings[] = [];
  chars.forEach((c, i) => {
    const all = readings[i];
    if (all) {
      const primary = (aligned ? context[i] : all[0]) || c;
      out.push({ primary, others: all.filter((r) => r !== primary) });
    } else if (KEEP.test(c)) {
      out.push({ primary: c.toLowerCase(), others: [] });
    }
  });
  return out;
}

function initialCombos(readings: CharReadings[]): string[] {
  let combos = [''];
  for (const r of readings) {
    const initials = [...new Set([r.primary, ...r.others].map((p) => p[0]))];
    const next: string[] = [];
    for (const c of combos) for (const i of initials) if (next.length < MAX_INITIAL_COMBOS) next.push(c + i);
    combos = next;
  }
  return combos;
}

function fullVariants(readings: CharReadings[]): string[] {
  const primary = readings.map((r) => r.primary);
  const variants = [primary.join('')];
  readings.forEach((r, i) => {
    for (const other of r.others) {
      if (variants.length > MAX_FULL_VARIANTS) return;
      variants.push([...primary.slice(0, i), other, ...primary.slice(i + 1)].join(''));
    }
  });
  return variants;
}

type NameParts = { clean: string; pinyin: string; sortKey: string };

const partsCache: Record<NameKind, Map<string, NameParts>> = { place: new Map(), person: new Map() };

/** A name, normalized and lower case; its pinyin keys (full spellings, then initials); its sort key. Not cached. */
export function computeNameParts(name: string, kind: NameKind, useContext: 'always' | 'when-needed' = 'when-needed'): NameParts {
  const clean = normalizeText(name).toLowerCase().replace(/\s+/g, '');
  const readings = charReadings(clean, kind, useContext);
  const full = fullVariants(readings);
  return {
    clean,
    pinyin: [...new Set([...full, ...initialCombos(readings)])].filter((k) => k !== clean).join(SEPARATOR),
    sortKey: `${full[0]}\u0000${name}`,
  };
}

function nameParts(name: string, kind: NameKind): NameParts {
  const cache = partsCache[kind];
  let parts = cache.get(name);
  if (parts === undefined) {
    parts = computeNameParts(name, kind);
    cache.set(name, parts);
  }
  return parts;
}

/** The search keys of a name: itself (lower case), full pinyin and initials with their variants. */
export function nameKeys(name: string, kind: NameKind = 'place'): string {
  const { clean, pinyin } = nameParts(name, kind);
  return pinyin ? `${clean}${SEPARATOR}${pinyin}` : clean;
}

/**
 * The keys of a record: its name and other texts people search by (codes, phone numbers,
 * the secretary's name), then PINYIN_MARK and the name's pinyin keys.
 */
export function recordKeys(name: string, kind: NameKind, extras: (string | undefined)[] = []): string {
  const { clean, pinyin } = nameParts(name, kind);
  const more = extras.filter(Boolean).map((e) => normalizeText(e).toLowerCase());
  return `${[clean, ...more].join(SEPARATOR)}${PINYIN_MARK}${pinyin}`;
}

/** A sort key that orders names by their pinyin (as Chinese lists are ordered), cheap to compare. */
export function pinyinSortKey(name: string, kind: NameKind = 'place'): string {
  return nameParts(name, kind).sortKey;
}
