import { describe, expect, it } from 'vitest';
import { ledgerType } from '@shared/model/ledger-catalog';
import { entryContributions } from '@shared/model/ledger-aggregate';
import { entryRuleIssues, withPersonCounts } from '@shared/model/ledger-entry-rules';
import { validateFigures } from '@shared/model/ledger-validate';
import { meetingSchema } from '@shared/model/schemas/meeting';
import { trainingBaseSchema } from '@shared/model/schemas/training-base';
import { basesFromEntries } from '@shared/model/training-base';
import { meetingRecord } from '@shared/reports/training/meeting-record';

describe('a 学习交流 entry listing its cadres', () => {
  const exchange = ledgerType('exchange');
  it('takes 派出党务干部 from the persons listed, and refuses a number that differs or a person twice', () => {
    const { figures } = validateFigures(exchange, withPersonCounts(exchange, { direction: '企→村' }, ['a', 'b']));
    expect(figures.cadres).toBe(2);
    expect(entryRuleIssues(exchange, figures, '2008-05-01', ['a', 'b'])).toEqual([]);
    expect(entryRuleIssues(exchange, { ...figures, cadres: 3 }, '2008-05-01', ['a', 'b'])).toEqual(['「派出党务干部」（3人）与所列人员（2人）不一致']);
    expect(entryRuleIssues(exchange, figures, '2008-05-01', ['a', 'a'])).toContain('同一人员列了两次');
    // Without persons (a tally, an old entry) the number stands alone.
    expect(entryRuleIssues(exchange, { cadres: 5 }, '2008-05-01', undefined)).toEqual([]);
  });

  it('sums 派出党务干部 per direction too', () => {
    expect(entryContributions(exchange, { cadres: 2, direction: '村→企', visits: 1 })).toEqual({ cadres: 2, visits: 1, 'direction=村→企': 1, 'cadres|direction=村→企': 2 });
  });
});

describe('a 技能培训 session', () => {
  it('ends no earlier than it starts', () => {
    const training = ledgerType('training');
    expect(entryRuleIssues(training, { sessions: 1, trainees: 30, endDate: '2008-03-16' }, '2008-03-17', undefined)).toEqual(['「结业日期」（2008-03-16）不能早于日期（2008-03-17）']);
    expect(entryRuleIssues(training, { sessions: 1, trainees: 30, endDate: '2008-03-21' }, '2008-03-17', undefined)).toEqual([]);
  });
});

describe('training bases', () => {
  it('need a name, a village and at least one enterprise', () => {
    const r = trainingBaseSchema.safeParse({ name: ' ', villageId: '', enterpriseIds: [] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['请填写基地名称', '请选择基地所在的村', '请选择基地服务的企业（至少一家）']);
    expect(trainingBaseSchema.parse({ name: '红星村培训基地', villageId: 'v1', enterpriseIds: ['e1', 'e1'], establishedDate: '2007年3月5日' })).toMatchObject({ enterpriseIds: ['e1'], establishedDate: '2007-03-05' });
  });

  it('are made from the 培训基地 names older entries carry: one per village and name', () => {
    const pairings = [
      { id: 'p1', enterpriseId: 'e1', villageId: 'v1' },
      { id: 'p2', enterpriseId: 'e2', villageId: 'v1' },
      { id: 'p3', enterpriseId: 'e3', villageId: 'v2' },
    ];
    const e = (pairingId: string, base: string, date: string, importBatchId?: string) => ({ type: 'training', pairingId, date, deleted: 0, figures: { base }, importBatchId });
    let i = 0;
    const bases = basesFromEntries([e('p1', '红星村基地', '2007-05-01', 'b1'), e('p2', '红星村基地', '2006-09-01', 'b1'), e('p3', '露湖基地', '2008-01-01'), e('p3', '', '2008-02-01'), { ...e('p3', '旧基地', '2008-01-01'), deleted: 1 }], pairings, () => `id${++i}`, 'T');
    expect(bases.map((b) => [b.name, b.villageId, b.enterpriseIds, b.establishedDate, b.importBatchId])).toEqual([
      ['红星村基地', 'v1', ['e1', 'e2'], '2006-09-01', 'b1'],
      ['露湖基地', 'v2', ['e3'], '2008-01-01', undefined],
    ]);
  });
});

describe('meetings', () => {
  const meeting = { kind: '交流会', title: '2008年度村企党组织联建活动交流会', date: '2008-12-20', decisions: [{ id: 'd1', content: '拍摄专题片', deadline: '2009-01-31', done: false }] };

  it('refuse decisions dated before the meeting or done dates without being done', () => {
    expect(meetingSchema.safeParse(meeting).success).toBe(true);
    const bad = meetingSchema.safeParse({ ...meeting, kind: '座谈', decisions: [{ id: 'd1', content: '拍摄专题片', deadline: '2008-12-01', done: false, doneDate: '2008-12-25' }] });
    expect(bad.error!.issues.map((i) => i.message)).toEqual([
      '会议类型应为 交流会、研讨会、通报会、推进会、其他 之一',
      '议定事项「拍摄专题片」尚未办结，不应填写办结日期',
    ]);
    const early = meetingSchema.safeParse({ ...meeting, decisions: [{ id: 'd1', content: '拍摄专题片', deadline: '2008-12-01' }] });
    expect(early.error!.issues.map((i) => i.message)).toEqual(['议定事项「拍摄专题片」的完成时限（2008-12-01）不能早于会议日期（2008-12-20）']);
  });

  it('prints its record with dates written as documents write them', () => {
    const m = { ...meetingSchema.parse(meeting), id: 'm', createdAt: '', updatedAt: '', deleted: 0 as const, host: '河田镇党委', townshipId: 't', personIds: ['p1'] };
    const r = meetingRecord(m, { enterprise: () => '', village: () => '', person: () => '张三', township: () => '河田镇' });
    expect(r.title).toBe('2008年度村企党组织联建活动交流会会议记录');
    expect(r.rows).toContainEqual(['时间', '2008年12月20日']);
    expect(r.rows).toContainEqual(['召开单位', '河田镇党委']);
    expect(r.rows).toContainEqual(['参会人员', '张三（共1人）']);
    expect(r.decisions).toEqual([{ no: 1, content: '拍摄专题片', owner: '', deadline: '2009年1月31日', status: '未办结' }]);
  });
});
