// Reconciliation: what each township reported in its year-end tally against what the ledger
// holds for the same year, figure by figure, so the office sees whose numbers do not add up.
// Tally side: each pairing's latest reported row (a later tally, e.g. an enterprise's, wins
// for the pairings it repeats). Ledger side: the aggregates of the township and year, as in
// the annual table. A 是/否 figure compares the number of pairings answering 是 with the
// number whose ledger has such an entry.
import type { FigureValue, LedgerAggregate } from '../../model/types';
import { figureValue, tallyFigures, type LedgerFigure } from './ledger-figures';
import type { StatisticsInput } from './input';

export type TallyRowInput = { pairingId: string; figures: Record<string, Record<string, FigureValue>> };
export type TallyReportInput = { townshipId: string; createdAt: string; rows: readonly TallyRowInput[] };

export type FigureCheck = {
  figure: LedgerFigure;
  /** null when no pairing reported the figure at all. */
  reported: number | null;
  ledger: number;
  difference: number;
};

export type TownshipCheck = {
  townshipId: string;
  name: string;
  /** Whether any tally covers the township's pairings this year. */
  hasTally: boolean;
  figures: FigureCheck[];
  /** Figures whose reported and ledger values differ. */
  mismatches: number;
};

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function tallyValue(figure: LedgerFigure, figures: TallyRowInput['figures']): number | null {
  const key = figure.source.kind === 'count' ? '#count' : figure.source.key;
  const v = figures[figure.typeKey]?.[key];
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

function ledgerValue(figure: LedgerFigure, aggregates: readonly LedgerAggregate[]): number {
  const own = aggregates.filter((a) => a.type === figure.typeKey);
  if (figure.input === 'yesno') return new Set(own.filter((a) => figureValue(figure, a) > 0).map((a) => a.pairingId ?? a.id)).size;
  return round(own.reduce((s, a) => s + figureValue(figure, a), 0));
}

export function reconcile(
  input: Pick<StatisticsInput, 'townships' | 'pairings' | 'aggregates'>,
  reports: readonly TallyReportInput[],
  year: number,
  figures: readonly LedgerFigure[] = tallyFigures(),
): TownshipCheck[] {
  const townshipOf = new Map(input.pairings.map((p) => [p.id, p.responsibleTownshipId]));
  // The latest row per pairing.
  const latest = new Map<string, TallyRowInput>();
  for (const report of [...reports].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) for (const row of report.rows) latest.set(row.pairingId, row);
  const rowsOf = new Map<string, TallyRowInput[]>();
  for (const row of latest.values()) {
    const t = townshipOf.get(row.pairingId);
    if (t) rowsOf.set(t, [...(rowsOf.get(t) ?? []), row]);
  }
  return [...input.townships]
    .filter((t) => !t.deleted)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'))
    .map((t) => {
      const rows = rowsOf.get(t.id) ?? [];
      const aggregates = input.aggregates.filter((a) => a.year === year && a.townshipId === t.id);
      const checks = figures.map((figure): FigureCheck => {
        const values = rows.map((r) => tallyValue(figure, r.figures)).filter((v): v is number => v !== null);
        const reported = values.length ? round(values.reduce((s, v) => s + v, 0)) : null;
        const ledger = ledgerValue(figure, aggregates);
        return { figure, reported, ledger, difference: round((reported ?? 0) - ledger) };
      });
      return {
        townshipId: t.id,
        name: t.name,
        hasTally: rows.length > 0,
        figures: checks,
        mismatches: rows.length ? checks.filter((c) => c.reported !== null && c.difference !== 0).length : 0,
      };
    });
}
