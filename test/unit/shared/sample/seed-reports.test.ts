// The sample county's monthly reports: valid by the rules every way in applies, one per
// pairing and month, none carrying figures (so the sample's ledger and every figure drawn
// from it stay as they were), and a board worth looking at.
import { describe, expect, it } from 'vitest';
import { buildSeedCounty } from '@shared/sample/seed-county';
import { buildSeedActivity } from '@shared/sample/seed-activity';
import { buildSeedRegistry } from '@shared/sample/seed-registry';
import { checkReport } from '@shared/model/schemas/monthly-report';
import { buildBoard } from '@shared/reports/supervision/monthly-board';

const county = buildSeedCounty();
const ARTICLE_DATE = '2008-12-03';

describe('sample monthly reports (示例数据)', { timeout: 60_000 }, () => {
  it('pass the report rules for their pairing, one per pairing and month, with no figures', () => {
    const pairing = new Map(county.pairings.map((p) => [p.id, p]));
    for (const r of county.monthlyReports) {
      const checked = checkReport({ ...r }, pairing.get(r.pairingId), ARTICLE_DATE);
      expect(checked.ok, `${r.id}: ${JSON.stringify(checked)}`).toBe(true);
      expect(r.figures).toBeUndefined();
    }
    expect(new Set(county.monthlyReports.map((r) => `${r.pairingId}|${r.month}`)).size).toBe(county.monthlyReports.length);
    expect(county.monthlyReports.length).toBeGreaterThan(1000);
  });

  it('leave the rest of the sample as it was built before them', () => {
    const registry = buildSeedRegistry();
    const activity = buildSeedActivity(registry);
    // The 培训交流 sample fills in some entries' figures and links liaisons (seed-exchange.ts); the reports add or change none.
    expect(county.ledger.map((e) => e.id)).toEqual(activity.ledger.map((e) => e.id));
    expect(county.pairings.map((p) => [p.id, p.approvedDate, p.endedDate])).toEqual(activity.pairings.map((p) => [p.id, p.approvedDate, p.endedDate]));
  });

  it('make a board worth looking at: October mostly in (some late, a few missing), November half in, December none', () => {
    const board = (month: string) =>
      buildBoard({ month, deadlineDay: 5, today: ARTICLE_DATE, townships: county.townships, pairings: county.pairings, reports: county.monthlyReports.filter((r) => r.month === month), enterpriseName: () => '', villageName: () => '' });
    const oct = board('2008-10').total;
    expect(oct.reported / oct.due).toBeGreaterThan(0.85);
    expect(oct.late).toBeGreaterThan(0);
    expect(oct.overdue).toBeGreaterThan(0);
    const nov = board('2008-11').total;
    expect(nov.pending).toBeGreaterThan(20);
    expect(nov.overdue).toBe(0);
    expect(board('2008-12').total.reported).toBe(0);
  });
});
