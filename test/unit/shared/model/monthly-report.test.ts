// 月报 rules: the month window, the deadline and lateness, the rate, and the checks every way
// in (form, grid, import) runs.
import { describe, expect, it } from 'vitest';
import {
  countedMonths,
  formatRate,
  isReportDue,
  monthLabel,
  pairingCounts,
  REPORT_LEDGER_TYPES,
  reportDeadline,
  reportMonthIssue,
  reportRate,
  reportStatus,
} from '@shared/model/monthly-report';
import { checkReport, issueLines } from '@shared/model/schemas/monthly-report';

const approved = { id: 'p1', code: 'LJ2008-001', approvedDate: '2008-03-20', deleted: 0 as const };
const ended = { ...approved, endedDate: '2008-09-10' };
const TODAY = '2009-01-10';

describe('the month window (one rule for the form, the grid and the import)', () => {
  it('refuses a month before the approval month and after the end month, allows both edge months', () => {
    expect(reportMonthIssue(approved, '2008-02', TODAY)).toBe('月报月份（2008年2月）早于联建「LJ2008-001」的批准日期（2008-03-20）');
    expect(reportMonthIssue(approved, '2008-03', TODAY)).toBeNull();
    expect(reportMonthIssue(ended, '2008-09', TODAY)).toBeNull();
    expect(reportMonthIssue(ended, '2008-10', TODAY)).toBe('月报月份（2008年10月）晚于联建「LJ2008-001」的终止日期（2008-09-10）');
  });

  it('refuses a pairing not yet approved, a month not yet begun and a malformed month', () => {
    expect(reportMonthIssue({ code: 'LJ2009-004' }, '2009-01', TODAY)).toBe('联建「LJ2009-004」尚未批准，不能报送月报');
    expect(reportMonthIssue(approved, '2009-01', TODAY)).toBeNull();
    expect(reportMonthIssue(approved, '2009-02', TODAY)).toBe('月报月份（2009年2月）还没有到，不能提前报送');
    expect(reportMonthIssue(approved, '2008-13', TODAY)).toContain('请填写月报月份');
  });

  it('a pairing owes the months of its window (deleted and unapproved pairings owe none)', () => {
    expect(isReportDue(approved, '2008-02')).toBe(false);
    expect(isReportDue(approved, '2008-03')).toBe(true);
    expect(isReportDue(ended, '2008-10')).toBe(false);
    expect(isReportDue({ ...approved, deleted: 1 }, '2008-05')).toBe(false);
    expect(isReportDue({ code: 'x', deleted: 0 }, '2008-05')).toBe(false);
  });

  it('labels months without zero padding', () => {
    expect(monthLabel('2008-03')).toBe('2008年3月');
    expect(monthLabel('2008-12')).toBe('2008年12月');
  });
});

describe('deadline and lateness', () => {
  it('the deadline is the set day of the next month, across the year end, clipped to short months', () => {
    expect(reportDeadline('2008-03', 5)).toBe('2008-04-05');
    expect(reportDeadline('2008-12', 5)).toBe('2009-01-05');
    expect(reportDeadline('2009-01', 30)).toBe('2009-02-28');
    expect(reportDeadline('2008-01', 30)).toBe('2008-02-29');
  });

  it('on the deadline day is on time, a day later is late; no report is pending until the deadline, overdue after', () => {
    expect(reportStatus({ submittedDate: '2008-04-05' }, '2008-03', 5, TODAY)).toBe('onTime');
    expect(reportStatus({ submittedDate: '2008-04-06' }, '2008-03', 5, TODAY)).toBe('late');
    expect(reportStatus(undefined, '2008-12', 5, '2009-01-05')).toBe('pending');
    expect(reportStatus(undefined, '2008-12', 5, '2009-01-06')).toBe('overdue');
    expect(reportStatus({ submittedDate: '2008-04-09' }, '2008-03', 10, TODAY)).toBe('onTime');
  });
});

describe('rate', () => {
  it('is reported ÷ due, none when nothing was due, shown with one decimal where needed', () => {
    expect(reportRate({ due: 0, reported: 0 })).toBeNull();
    expect(formatRate(reportRate({ due: 0, reported: 0 }))).toBe('—');
    expect(formatRate(reportRate({ due: 7, reported: 6 }))).toBe('85.7%');
    expect(formatRate(reportRate({ due: 12, reported: 12 }))).toBe('100%');
    expect(formatRate(reportRate({ due: 3, reported: 0 }))).toBe('0%');
  });

  it('counts the months whose deadline has passed: a past year all twelve, the current year so far', () => {
    expect(countedMonths(2008, 5, TODAY)).toHaveLength(12);
    expect(countedMonths(2009, 5, '2009-03-05')).toEqual(['2009-01']);
    expect(countedMonths(2009, 5, '2009-03-06')).toEqual(['2009-01', '2009-02']);
  });

  it('a pairing owes its window within the counted months; late reports count as reported', () => {
    const reports = new Map([
      ['2008-03', { submittedDate: '2008-04-02' }],
      ['2008-04', { submittedDate: '2008-05-20' }],
      ['2008-06', { submittedDate: '2008-07-01' }],
    ]);
    const c = pairingCounts(ended, countedMonths(2008, 5, TODAY), reports, 5, TODAY);
    expect(c).toEqual({ due: 7, reported: 3, onTime: 2, late: 1 });
    expect(formatRate(reportRate(c))).toBe('42.9%');
  });
});

describe('checkReport', () => {
  const input = { pairingId: 'p1', month: '2008-05', active: true, summary: '组织村民到企业参观', submittedDate: '2008-06-03' };

  it('accepts a report, normalizing its text and leaving blank optional fields out', () => {
    const r = checkReport({ ...input, summary: '  组织村民到企业参观\u200B ', problems: '', reporter: '钟文华' }, approved, TODAY);
    expect(r).toEqual({ ok: true, value: { pairingId: 'p1', month: '2008-05', submittedDate: '2008-06-03', active: true, summary: '组织村民到企业参观', reporter: '钟文华' } });
  });

  it('takes today for a blank 报送日期, and refuses one before the month or after today', () => {
    expect(checkReport({ ...input, submittedDate: '' }, approved, TODAY)).toMatchObject({ ok: true, value: { submittedDate: TODAY } });
    expect(checkReport({ ...input, submittedDate: '2008-04-30' }, approved, TODAY)).toEqual({ ok: false, issues: [{ field: 'submittedDate', message: '报送日期（2008-04-30）早于月报月份（2008年5月）' }] });
    expect(checkReport({ ...input, submittedDate: '2009-02-01' }, approved, TODAY)).toMatchObject({ ok: false, issues: [{ field: 'submittedDate' }] });
  });

  it('refuses a month outside the window, a missing 是否开展活动, an activity without 活动情况, figures without activity', () => {
    expect(checkReport({ ...input, month: '2008-02', submittedDate: '2008-03-02' }, approved, TODAY)).toMatchObject({ ok: false, issues: [{ field: 'month' }] });
    expect(checkReport({ ...input, active: null }, approved, TODAY)).toEqual({ ok: false, issues: [{ field: 'active', message: '请填写是否开展活动（是/否）' }] });
    expect(checkReport({ ...input, summary: ' ' }, approved, TODAY)).toEqual({ ok: false, issues: [{ field: 'summary', message: '开展了活动，请填写活动情况' }] });
    expect(checkReport({ ...input, active: false, figures: { labour: { sent: 3 } } }, approved, TODAY)).toEqual({ ok: false, issues: [{ field: 'active', message: '未开展活动，不能填写台账数字' }] });
    expect(checkReport(input, undefined, TODAY)).toMatchObject({ ok: false, issues: [{ field: 'pairingId', message: '所属联建不存在或已删除' }] });
  });

  it('checks figures with the catalog: a type counts when any of its fields is given, then its required fields and cross checks apply', () => {
    const ok = checkReport({ ...input, figures: { labour: { sent: '12', skilled: '３', landless: '' }, funds: { amount: '', purpose: '' } } }, approved, TODAY);
    expect(ok).toMatchObject({ ok: true, value: { figures: { labour: { sent: 12, skilled: 3, landless: null, leftBehindWomen: null } } } });
    expect(ok.ok && Object.keys(ok.value.figures!)).toEqual(['labour']);
    const bad = checkReport({ ...input, figures: { labour: { skilled: 3 }, funds: { amount: '约5' }, dispute: { resolved: 2, category: '邻里' } } }, approved, TODAY);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.field)).toEqual(['figures.labour.sent', 'figures.funds.amount', 'figures.dispute.category']);
    expect(bad.issues[0].message).toBe('劳务输送：请填写「输送人数」');
    const over = checkReport({ ...input, figures: { labour: { sent: 2, skilled: 5 } } }, approved, TODAY);
    expect(over).toEqual({ ok: false, issues: [{ field: 'figures.labour', message: '劳务输送：「其中技术工人」（5）不能大于「输送人数」（2）' }] });
  });

  it('limits text lengths and prefixes lines with the field label', () => {
    const r = checkReport({ ...input, reporter: '张'.repeat(21) }, approved, TODAY);
    expect(r).toEqual({ ok: false, issues: [{ field: 'reporter', message: '填报人不能超过20个字' }] });
    if (!r.ok) expect(issueLines(r.issues, '第3行')).toEqual(['第3行：填报人不能超过20个字']);
  });

  it('offers figures for every catalog type without a person to pick whose facts are ledger entries', () => {
    // 产业共建 is recorded as 产业基地 records, which the ledger refuses as entries.
    expect(REPORT_LEDGER_TYPES.map((t) => t.key)).toEqual(['labour', 'training', 'funds', 'dispute', 'security', 'exchange', 'welfare']);
  });
});
