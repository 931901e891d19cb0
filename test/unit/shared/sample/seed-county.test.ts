import { describe, expect, it } from 'vitest';
import { buildSeedCounty } from '@shared/sample/seed-county';
import { ledgerType } from '@shared/model/ledger-catalog';
import { validateUscc } from '@shared/model/uscc';
import type { LedgerEntry } from '@shared/model/types';
import { validateFigures } from '@shared/model/ledger-validate';
import { activePeriodIssue } from '@shared/model/pairing-rules';
import { villageSchema } from '@shared/model/schemas/village';
import { enterpriseSchema } from '@shared/model/schemas/enterprise';
import { personSchema } from '@shared/model/schemas/person';
import { townshipSchema } from '@shared/model/schemas/township';
import { industryBaseSchema } from '@shared/model/schemas/industry-base';
import { basePairingIssues } from '@shared/model/industry-base';

// Counted straight from the records, independently of the statistics module.
const county = buildSeedCounty();
const sum = (entries: LedgerEntry[], type: string, key: string) =>
  entries.filter((e) => e.type === type).reduce((s, e) => s + (typeof e.figures[key] === 'number' ? (e.figures[key] as number) : 0), 0);
const pairingOf = new Map(county.pairings.map((p) => [p.id, p]));
const distinct = (type: string, side: 'enterpriseId' | 'villageId', keep: (e: LedgerEntry) => boolean = () => true) =>
  new Set(county.ledger.filter((e) => e.type === type && keep(e)).map((e) => pairingOf.get(e.pairingId!)![side])).size;

describe('the sample county (示例数据) holds the seed article’s figures', { timeout: 60_000 }, () => {
  it('is deterministic', () => {
    expect(JSON.stringify(buildSeedCounty())).toBe(JSON.stringify(county));
  });

  it('has 727 enterprises with 4万多 employees, 39 above scale all with party organizations, 41 party organizations, 290 village branches', () => {
    expect(county.townships.map((t) => t.name)).toContain('长汀经济开发区');
    expect(county.townships.map((t) => t.name).slice(0, 3)).toEqual(['汀州镇', '大同镇', '古城镇']);
    expect(county.enterprises).toHaveLength(727);
    const employees = county.enterprises.reduce((s, e) => s + (e.employees ?? 0), 0);
    expect(employees).toBeGreaterThanOrEqual(40_000);
    expect(employees).toBeLessThan(41_000);
    const above = county.enterprises.filter((e) => e.aboveScale);
    expect(above).toHaveLength(39);
    expect(above.every((e) => e.partyOrg.type !== '未建立')).toBe(true);
    expect(county.enterprises.filter((e) => e.partyOrg.type !== '未建立')).toHaveLength(41);
    expect(county.villages).toHaveLength(290);
    expect(county.villages.every((v) => v.partyOrg.type)).toBe(true);
    expect(new Set(county.villages.map((v) => v.name)).size).toBe(290);
    expect(new Set(county.enterprises.map((e) => e.name)).size).toBe(727);
    for (const e of county.enterprises) expect(validateUscc(e.uscc).ok, e.uscc).toBe(true);
  });

  it('has the ledger totals of the article', () => {
    const { ledger } = county;
    const skilled = sum(ledger, 'labour', 'skilled');
    expect(skilled).toBe(5123);
    const funds = sum(ledger, 'funds', 'amount');
    expect(Math.round(funds * 10) / 10).toBe(612.5);
    const cross = ledger.filter((e) => e.type === 'crossAppointment');
    expect(cross).toHaveLength(85);
    const outcome = (o: string) => cross.filter((e) => e.figures.outcome === o).length;
    expect([outcome('企业中层管理人员'), outcome('农村经济发展带头人'), outcome('当选村党组织书记')]).toEqual([7, 34, 18]);
    expect(distinct('training', 'enterpriseId')).toBe(36);
    expect(distinct('training', 'villageId')).toBe(62);
    // 产业共建 lives in 产业基地 records, not in the ledger.
    expect(ledger.filter((e) => e.type === 'industry')).toEqual([]);
    expect(new Set(county.bases.flatMap((b) => b.pairingIds)).size).toBe(12);
    expect(county.bases.reduce((s, b) => s + (b.area ?? 0), 0)).toBe(26_000);
    expect(sum(ledger, 'security', 'teams')).toBe(21);
    expect(new Set(ledger.filter((e) => e.type === 'security' && (e.figures.teams as number) > 0).map((e) => e.pairingId)).size).toBe(21);
    expect(distinct('dispute', 'villageId')).toBe(13);
    expect(sum(ledger, 'dispute', 'resolved')).toBe(34);
    expect(distinct('exchange', 'enterpriseId')).toBe(38);
    expect(sum(ledger, 'exchange', 'cadres')).toBe(45);
  });

  it('has 6 classes with 234 trainees, the commendations, and 72 pairings since 2007', () => {
    expect(county.trainings).toHaveLength(6);
    expect(county.trainees).toHaveLength(234);
    expect(county.trainings.map((c) => c.session)).toEqual(['第1期', '第2期', '第3期', '第4期', '第5期', '第6期']);
    const approved = (level: string, kind: string) =>
      county.nominees.filter((n) => n.kind === kind && county.commendations.find((r) => r.id === n.roundId)?.level === level).length;
    expect([approved('市委', 'enterprise'), approved('市委', 'village'), approved('县委', 'enterprise'), approved('县委', 'village')]).toEqual([3, 8, 8, 14]);
    expect(county.pairings.filter((p) => p.approvedDate! >= '2007-01-01')).toHaveLength(72);
  });

  it('passes the registry’s own schemas', () => {
    const check = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, records: object[]) => {
      for (const r of records) {
        const result = schema.safeParse(r);
        expect(result.success, JSON.stringify(result.error)).toBe(true);
      }
    };
    check(townshipSchema, county.townships);
    check(villageSchema, county.villages);
    check(enterpriseSchema, county.enterprises);
    check(personSchema, county.persons);
    check(industryBaseSchema, county.bases);
    for (const b of county.bases) expect(basePairingIssues(b.pairingIds, (id) => pairingOf.get(id))).toEqual([]);
  });

  it('keeps every ledger entry valid against the catalog and inside its pairing’s active period', () => {
    for (const e of county.ledger) {
      const { errors } = validateFigures(ledgerType(e.type), e.figures);
      expect(errors, `${e.type} ${JSON.stringify(e.figures)}`).toEqual([]);
      expect(e.date.startsWith(String(e.year))).toBe(true);
      if (!e.pairingId) continue;
      const p = pairingOf.get(e.pairingId)!;
      expect(activePeriodIssue(p, e.date, e.precision)).toBeNull();
      expect(e.townshipId).toBe(p.responsibleTownshipId);
    }
    const ids = new Set(county.persons.map((p) => p.id));
    expect(ids.size).toBe(county.persons.length);
    for (const t of county.trainees) expect(ids.has(t.personId)).toBe(true);
  });
});
