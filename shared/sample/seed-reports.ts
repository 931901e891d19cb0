// The sample county's monthly reports (月报) for its last year, so a newcomer sees the board,
// the chase list and the rates working: January to October 2008 mostly reported (a few late,
// a few never), November half in by the article's date (2008-12-03, before the 5 December
// deadline), December not yet due. Each report's 活动情况 retells the pairing's ledger entries
// of that month; the reports carry no figures of their own, so the sample's ledger — and with
// it every figure the statistics reproduce from the article — is exactly as before. Its own
// random stream (seed 1205) leaves the rest of the sample untouched.
import { ledgerType } from '../model/ledger-catalog';
import { isReportDue, monthsOfYear } from '../model/monthly-report';
import type { LedgerEntry, MonthlyReport, Pairing } from '../model/types';
import { base } from './seed-registry';
import { createRng } from './seed-random';

const ACTIVITIES = [
  '村企党组织负责人互访，商讨联建事务',
  '联合开展党员主题活动',
  '企业党支部到村开展政策宣讲',
  '村企联络员碰头，交流用工需求',
  '走访困难党员和群众',
  '开展农村实用技术培训',
];
const PROBLEMS = ['村里富余劳动力外出务工，输送人员不够稳定', '企业订单减少，用工需求下降', '联建活动形式较单一', '培训场地不足'];
const PLANS = ['继续组织村民到企业参加技能培训', '召开村企联建座谈会', '落实企业扶持资金', '组织党员开展星级评定', '开展治安联合巡逻'];

function retell(entries: readonly LedgerEntry[]): string {
  return entries
    .map((e) => {
      const type = ledgerType(e.type);
      const main = type.fields.find((f) => f.required && typeof e.figures[f.key] === 'number');
      return main ? `${type.name}（${main.label}${e.figures[main.key]}${main.unit ?? ''}）` : type.name;
    })
    .join('；');
}

export function buildSeedReports(pairings: readonly Pairing[], ledger: readonly LedgerEntry[], year: number, seed = 1205): MonthlyReport[] {
  const rng = createRng(seed);
  const byPairingMonth = new Map<string, LedgerEntry[]>();
  for (const e of ledger) {
    if (!e.pairingId || e.year !== year) continue;
    const key = `${e.pairingId}|${e.date.slice(0, 7)}`;
    byPairingMonth.set(key, [...(byPairingMonth.get(key) ?? []), e]);
  }
  const reports: MonthlyReport[] = [];
  for (const [index, p] of pairings.entries()) {
    // A few pairings are slack all year: they are the ones the chase list keeps naming.
    const slack = index % 17 === 5;
    for (const month of monthsOfYear(year).slice(0, 11)) {
      if (!isReportDue(p, month)) continue;
      const m = Number(month.slice(5, 7));
      const november = m === 11;
      const chance = november ? 0.55 : slack ? 0.6 : 0.95;
      if (rng.next() >= chance) continue;
      const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
      const late = !november && rng.next() < (slack ? 0.5 : 0.1);
      const day = november ? rng.int(1, 3) : late ? rng.int(6, 20) : rng.int(1, 5);
      const entries = byPairingMonth.get(`${p.id}|${month}`) ?? [];
      const active = entries.length > 0 || rng.next() < 0.85;
      const summary = active ? [retell(entries), rng.pick(ACTIVITIES)].filter(Boolean).join('；') : '本月村企双方生产繁忙，未开展联建活动';
      const report: MonthlyReport = {
        ...base(`sample-mr-${String(index + 1).padStart(3, '0')}-${month}`),
        pairingId: p.id,
        month,
        submittedDate: `${next}-${String(day).padStart(2, '0')}`,
        summary,
        active,
        nextPlan: rng.pick(PLANS),
      };
      if (rng.next() < 0.25) report.problems = rng.pick(PROBLEMS);
      if (p.villageLiaison?.name) report.reporter = p.villageLiaison.name;
      reports.push(report);
    }
  }
  return reports;
}
