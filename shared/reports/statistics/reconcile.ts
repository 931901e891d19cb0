// Reconciliation (对账): what each township reported in its year-end tally against what the
// ledger holds for the same year, figure by figure, per township and per pairing, with the
// county totals and the figure that stands in the annual table under the rule of sources.ts.
// Tally side: each pairing's latest reported row (a later tally, e.g. an enterprise's, wins for
// the pairings it repeats). Ledger side: the aggregates of the township and year. A 是/否
// figure compares the number of pairings answering 是 with the number whose ledger has such
// an entry.
import type { LedgerAggregate } from '../../model/types';
import { figureValue, tallyFigures, type LedgerFigure } from './ledger-figures';
import { live, type StatisticsInput } from './input';
import { latestTallyRows, yearFigures, type TownshipSource } from './sources';
import { reportedValue } from '../../tally/report';

export type FigureCheck = {
  figure: LedgerFigure;
  /** null when no pairing reported the figure at all. */
  reported: number | null;
  ledger: number;
  difference: number;
};

export type PairingCheck = {
  pairingId: string;
  /** Whether a tally row reports the pairing. */
  reported: boolean;
  figures: FigureCheck[];
  mismatches: number;
};

export type TownshipCheck = {
  townshipId: string;
  name: string;
  /** Whether any accepted tally row covers the township's pairings this year. */
  hasTally: boolean;
  /** Which figures stand, and why. */
  source: TownshipSource;
  /** Per figure, with what the annual table takes for the township (a 是/否 figure: the pairings answering 是). */
  figures: (FigureCheck & { adopted: number })[];
  /** Figures whose reported and ledger values differ. */
  mismatches: number;
  /** The pairings with a tally row or a ledger aggregate this year, tally rows first. */
  pairings: PairingCheck[];
};

export type CountyFigureCheck = FigureCheck & {
  /** The ledger of every township (`ledger` is that of the townships with a tally, beside what they reported). */
  ledgerAll: number;
  /** What the annual table's total takes. */
  adopted: number;
};

export type CountyCheck = { figures: CountyFigureCheck[]; withTally: number; fromTally: number; townships: number };

/** The unit a check is counted in: a 是/否 figure counts the pairings answering 是. */
export const checkUnit = (figure: LedgerFigure): string => (figure.input === 'yesno' ? '个联建点' : figure.unit);

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const sum = (values: readonly number[]) => round(values.reduce((s, v) => s + v, 0));

function ledgerValue(figure: LedgerFigure, aggregates: readonly LedgerAggregate[]): number {
  const own = aggregates.filter((a) => a.type === figure.typeKey);
  if (figure.input === 'yesno') return new Set(own.filter((a) => figureValue(figure, a) > 0).map((a) => a.pairingId ?? a.id)).size;
  return sum(own.map((a) => figureValue(figure, a)));
}

function check(figure: LedgerFigure, reported: number | null, ledger: number): FigureCheck {
  return { figure, reported, ledger, difference: round((reported ?? 0) - ledger) };
}

const differs = (c: FigureCheck) => c.reported !== null && c.difference !== 0;

export function reconcile(input: StatisticsInput, year: number, figures: readonly LedgerFigure[] = tallyFigures()): TownshipCheck[] {
  const latest = latestTallyRows(input, year);
  const standing = yearFigures(input, year);
  const byTownship = <T extends { townshipId: string }>(rows: Iterable<T>) => {
    const out = new Map<string, T[]>();
    for (const r of rows) out.set(r.townshipId, [...(out.get(r.townshipId) ?? []), r]);
    return out;
  };
  const rowsOf = byTownship(latest.values());
  const ledgerOf = byTownship(input.aggregates.filter((a) => a.year === year));
  const adoptedOf = byTownship(standing.aggregates);

  return live(input.townships)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'))
    .map((t): TownshipCheck => {
      const rows = rowsOf.get(t.id) ?? [];
      const ledger = ledgerOf.get(t.id) ?? [];
      const adopted = adoptedOf.get(t.id) ?? [];
      const checks = figures.map((figure) => {
        const values = rows.map((r) => reportedValue(r.figures, figure)).filter((v): v is number => v !== null);
        const c = check(figure, values.length ? sum(values) : null, ledgerValue(figure, ledger));
        return { ...c, adopted: ledgerValue(figure, adopted) };
      });

      const ledgerByPairing = new Map<string, LedgerAggregate[]>();
      for (const a of ledger) if (a.pairingId) ledgerByPairing.set(a.pairingId, [...(ledgerByPairing.get(a.pairingId) ?? []), a]);
      const pairingIds = [...new Set([...rows.map((r) => r.pairingId), ...ledgerByPairing.keys()])];
      const pairings = pairingIds.map((pairingId): PairingCheck => {
        const row = latest.get(pairingId);
        const own = ledgerByPairing.get(pairingId) ?? [];
        const pf = figures.map((figure) => check(figure, row ? reportedValue(row.figures, figure) : null, ledgerValue(figure, own)));
        return { pairingId, reported: row !== undefined, figures: pf, mismatches: pf.filter(differs).length };
      });

      return {
        townshipId: t.id,
        name: t.name,
        hasTally: rows.length > 0,
        source: standing.sourceOf.get(t.id)!,
        figures: checks,
        mismatches: rows.length ? checks.filter(differs).length : 0,
        pairings,
      };
    });
}

/** The county totals of a reconciliation: reported against the same townships' ledger, the whole ledger, and what stands. */
export function reconcileCounty(checks: readonly TownshipCheck[], figures: readonly LedgerFigure[] = tallyFigures()): CountyCheck {
  const withTally = checks.filter((c) => c.hasTally);
  return {
    townships: checks.length,
    withTally: withTally.length,
    fromTally: checks.filter((c) => c.source.source === 'tally').length,
    figures: figures.map((figure, i) => {
      const reported = withTally.map((c) => c.figures[i].reported).filter((v): v is number => v !== null);
      return {
        ...check(figure, reported.length ? sum(reported) : null, sum(withTally.map((c) => c.figures[i].ledger))),
        ledgerAll: sum(checks.map((c) => c.figures[i].ledger)),
        adopted: sum(checks.map((c) => c.figures[i].adopted)),
      };
    }),
  };
}
