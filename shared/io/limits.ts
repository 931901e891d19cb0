// Caps on what a spreadsheet may make the app do. A county's lists are a few thousand rows;
// these leave ample room for ledger files of ten years while refusing files that could only
// exhaust memory (RELIABILITY.md: zip bombs, 300k-row sheets, a stray cell at XFD1048576).

/** Data rows per sheet. */
export const MAX_ROWS = 200_000;
/** Columns holding data (A..GR). */
export const MAX_COLUMNS = 200;
/** Parts (files) inside an .xlsx. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Declared uncompressed size of one part. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** Declared uncompressed size of all parts together. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** A part larger than RATIO_FLOOR_BYTES may not be compressed more than MAX_RATIO times. */
export const MAX_RATIO = 200;
export const RATIO_FLOOR_BYTES = 10 * 1024 * 1024;
/** Characters in one cell (Excel's own limit). */
export const MAX_CELL_CHARS = 32_767;
