// The hidden sheet that makes a tally template recognizable when it comes back: which year
// and township (or enterprise) it reports, the template version, which row is which pairing
// and which column is which figure — so the import maps it exactly, whatever the township
// did to the visible headers. Written by the template builder, read back from the cells of
// the sheet as any spreadsheet reader gives them.

export const META_SHEET = '_cq_tally';
export const META_MARKER = 'cq-tally';
export const TALLY_TEMPLATE_VERSION = 1;

export type TallyScope = { kind: 'township' | 'enterprise'; id: string; name: string };

export type TallyMeta = {
  version: number;
  year: number;
  scope: TallyScope;
  dataSheet: string;
  generatedAt: string;
  /** The sheet says blank cells count as 0 (its 填表说明 tells the township so). */
  blankMeansZero: boolean;
  /** Spreadsheet row number → pairing. */
  rows: { row: number; pairingId: string; code: string }[];
  /** Column letters → figure id (see ledger-figures.ts). */
  columns: { column: string; figureId: string }[];
};

/** The meta sheet as rows of cells (written with ExcelJS by the template builder). */
export function metaRows(meta: TallyMeta): (string | number)[][] {
  return [
    [META_MARKER, meta.version],
    ['year', meta.year],
    ['scopeKind', meta.scope.kind],
    ['scopeId', meta.scope.id],
    ['scopeName', meta.scope.name],
    ['dataSheet', meta.dataSheet],
    ['generatedAt', meta.generatedAt],
    ['blankMeansZero', meta.blankMeansZero ? 1 : 0],
    ['columns', meta.columns.length],
    ...meta.columns.map((c) => [c.column, c.figureId]),
    ['rows', meta.rows.length],
    ...meta.rows.map((r) => [r.row, r.pairingId, r.code]),
  ];
}

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export type MetaResult = { ok: true; meta: TallyMeta } | { ok: false; error: string };

/** The meta of an app-made template from its hidden sheet's rows, or why it is not one this version can read. */
export function parseMeta(rows: readonly (readonly unknown[])[]): MetaResult {
  const [marker, version] = rows[0] ?? [];
  if (marker !== META_MARKER) return { ok: false, error: '不是本系统生成的年终统计模板' };
  if (typeof version !== 'number' || version > TALLY_TEMPLATE_VERSION) return { ok: false, error: `模板版本（${text(version)}）比本系统新，请升级系统或重新下载模板` };
  const value = new Map<string, unknown>();
  for (const cells of rows.slice(1, 9)) value.set(text(cells[0]), cells[1]);
  const columnCount = Number(rows[8]?.[1]);
  const columns = rows.slice(9, 9 + columnCount).map((c) => ({ column: text(c[0]), figureId: text(c[1]) }));
  const rowCount = Number(rows[9 + columnCount]?.[1]);
  const dataRows = rows.slice(10 + columnCount, 10 + columnCount + rowCount).map((c) => ({ row: Number(c[0]), pairingId: text(c[1]), code: text(c[2]) }));
  const year = Number(value.get('year'));
  const kind = text(value.get('scopeKind'));
  if (!Number.isInteger(year) || (kind !== 'township' && kind !== 'enterprise') || !Number.isInteger(columnCount) || !Number.isInteger(rowCount)) {
    return { ok: false, error: '模板的隐藏信息已损坏，请重新下载模板后填报' };
  }
  return {
    ok: true,
    meta: {
      version,
      year,
      scope: { kind, id: text(value.get('scopeId')), name: text(value.get('scopeName')) },
      dataSheet: text(value.get('dataSheet')),
      generatedAt: text(value.get('generatedAt')),
      blankMeansZero: value.get('blankMeansZero') === 1,
      rows: dataRows,
      columns,
    },
  };
}
