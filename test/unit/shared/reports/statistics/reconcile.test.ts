import { describe, expect, it } from 'vitest';
import { reconcile } from '@shared/reports/statistics/reconcile';
import { completenessBoard } from '@shared/tally/completeness';
import { seedInput } from './seed-input';

const input = seedInput();
const hetian = input.townships.find((t) => t.name === '河田镇')!;
const hetianPairings = input.pairings.filter((p) => p.responsibleTownshipId === hetian.id && !p.endedDate);
const labourOf = (pairingId: string, key: string) => input.aggregates.filter((a) => a.pairingId === pairingId && a.year === 2008 && a.type === 'labour').reduce((s, a) => s + (a.sums[key] ?? 0), 0);

describe('reconciliation of tallies against the ledger', { timeout: 60_000 }, () => {
  it('agrees where the tally repeats the ledger, shows the difference where it does not, and leaves townships without a tally alone', () => {
    const rows = hetianPairings.map((p, i) => ({
      pairingId: p.id,
      figures: { labour: { sent: labourOf(p.id, 'sent'), skilled: labourOf(p.id, 'skilled') + (i === 0 ? 5 : 0) } },
    }));
    const checks = reconcile({ ...input, tallies: [{ year: 2008, townshipId: hetian.id, createdAt: '2009-01-05', rows }] }, 2008);
    const row = checks.find((c) => c.townshipId === hetian.id)!;
    expect(row.hasTally).toBe(true);
    const sent = row.figures.find((f) => f.figure.id === 'labour.sent')!;
    expect(sent.difference).toBe(0);
    expect(sent.reported).toBe(sent.ledger);
    const skilled = row.figures.find((f) => f.figure.id === 'labour.skilled')!;
    expect(skilled.difference).toBe(5);
    expect(row.figures.find((f) => f.figure.id === 'funds.amount')!.reported).toBeNull();
    expect(row.mismatches).toBe(1);
    expect(checks.find((c) => c.name === '汀州镇')).toMatchObject({ hasTally: false, mismatches: 0 });
  });

  it('takes each pairing’s latest reported row only', () => {
    const p = hetianPairings[0];
    const older = { year: 2008, townshipId: hetian.id, createdAt: '2009-01-05', rows: [{ pairingId: p.id, figures: { funds: { amount: 100 } } }] };
    const newer = { year: 2008, townshipId: hetian.id, createdAt: '2009-01-09', rows: [{ pairingId: p.id, figures: { funds: { amount: 7 } } }] };
    const row = reconcile({ ...input, tallies: [newer, older] }, 2008).find((c) => c.townshipId === hetian.id)!;
    expect(row.figures.find((f) => f.figure.id === 'funds.amount')!.reported).toBe(7);
  });
});

describe('completeness board', { timeout: 60_000 }, () => {
  it('shows each township received, with errors, or missing, with its expected pairings', () => {
    const batches = [
      { id: 'b1', fileName: '河田镇.xlsx', createdAt: '2009-01-05', townshipId: hetian.id, scope: { kind: 'township' as const, id: hetian.id, name: '河田镇' }, counts: { added: 14, rejected: 0 } },
      { id: 'b2', fileName: '汀州镇.xlsx', createdAt: '2009-01-06', townshipId: input.townships[0].id, scope: { kind: 'township' as const, id: input.townships[0].id, name: '汀州镇' }, counts: { added: 4, rejected: 1 } },
    ];
    const reports = [{ batchId: 'b2', issues: ['文件 汀州镇.xlsx · 工作表 年终统计表 · 第6行 · F列：…'], missingCodes: [], rows: [] }];
    const board = completenessBoard(2008, input.townships, input.pairings, batches, reports);
    expect(board.townships[0]).toMatchObject({ name: '汀州镇', status: 'errors', expected: 5, issues: reports[0].issues });
    expect(board.townships.find((r) => r.name === '河田镇')).toMatchObject({ status: 'received', expected: 14 });
    expect(board.townships.find((r) => r.name === '大同镇')).toMatchObject({ status: 'missing', expected: 7 });
    expect(board.townships.find((r) => r.name === '铁长乡')).toMatchObject({ status: 'not-expected', expected: 0 });
  });
});
