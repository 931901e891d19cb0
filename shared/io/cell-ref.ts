// A1-style references: column letters ↔ 1-based column numbers.

/** 1 → A, 27 → AA, 16384 → XFD. */
export const columnLetter = (col: number): string => {
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** A → 1, XFD → 16384; NaN for anything that is not column letters. */
export const columnNumber = (letters: string): number => {
  if (!/^[A-Z]{1,3}$/.test(letters)) return Number.NaN;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

/** 'F12' → { row: 12, col: 6 }; null when not a cell reference. */
export const parseCellRef = (ref: string): { row: number; col: number } | null => {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
};

/** 'A1:C3' → a 1-based inclusive range; a single cell is a 1×1 range. */
export const parseRangeRef = (ref: string): { top: number; left: number; bottom: number; right: number } | null => {
  const [a, b = a] = ref.split(':');
  const from = parseCellRef(a);
  const to = parseCellRef(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
};
