import { describe, expect, it } from 'vitest';
import { ledgerType } from '@shared/model/ledger-catalog';
import { parseFigure, validateFigures } from '@shared/model/ledger-validate';
import { describeTotals, sumFigures, totalsByType } from '@shared/model/ledger-totals';
import { attachmentIssue, attachmentMime, MAX_ATTACHMENT_BYTES } from '@shared/model/attachments';
import { ok, fail } from '@shared/model/result';

describe('ledger figures from the catalog', () => {
  it('parses numbers with units, text, options, yes/no and dates by field kind', () => {
    const training = ledgerType('training');
    expect(validateFigures(training, { sessions: '２期', trainees: '1,200', employedAfter: 800, base: ' 河田培训基地 ', orderBased: '是', endDate: '2008年3月21日', content: '缝纫工' })).toEqual({
      figures: { sessions: 2, trainees: 1200, employedAfter: 800, base: '河田培训基地', orderBased: true, endDate: '2008-03-21', content: '缝纫工' },
      errors: [],
    });
    const funds = ledgerType('funds');
    expect(validateFigures(funds, { amount: '45万元', purpose: '公益事业' }).figures).toEqual({ amount: 45, purpose: '公益事业' });
    expect(validateFigures(funds, { amount: '450000元' }).figures.amount).toBe(45);
    const cross = ledgerType('crossAppointment');
    expect(validateFigures(cross, { person: 'p1', direction: '村->企', start: '2006年3月', end: '2008/12/3', outcome: '当选村党组织书记' }).figures).toEqual({
      person: 'p1',
      direction: '村→企',
      post: null,
      start: '2006-03-01',
      end: '2008-12-03',
      outcome: '当选村党组织书记',
    });
    expect(validateFigures(ledgerType('starRating'), { person: 'p', year: 2008, stars: 4 }).figures.stars).toBe('4');
    expect(validateFigures(ledgerType('starRating'), { person: 'p', year: 2008, stars: '5星' }).figures.stars).toBe('5');
  });

  it('names the field in every message, reports every bad field, and runs checks only on clean figures', () => {
    const labour = ledgerType('labour');
    expect(validateFigures(labour, { sent: '', skilled: '约20', landless: -1 }).errors.map((e) => e.message)).toEqual([
      '请填写「输送人数」',
      '「其中技术工人」应为非负整数，实际为「约20」',
      '「其中失地农民」应为非负整数，实际为「-1」',
    ]);
    expect(validateFigures(labour, { sent: 5, leftBehindWomen: 9 }).errors).toEqual([
      { field: '', label: '劳务输送', message: '「其中留守妇女」（9）不能大于「输送人数」（5）' },
    ]);
    const stars = ledgerType('starRating');
    expect(validateFigures(stars, { person: 'p', year: 1800, stars: '6' }).errors.map((e) => e.message)).toEqual([
      '「年度」应不小于1990，实际为「1800」',
      '「星级」应为 1、2、3、4、5 之一，实际为「6」',
    ]);
    expect(validateFigures(ledgerType('training'), { sessions: 1, trainees: 1, orderBased: '也许' }).errors[0].message).toBe('「订单式」应填“是”或“否”，实际为「也许」');
    expect(validateFigures(ledgerType('crossAppointment'), { person: 'p', direction: '村→企', start: '2008' }).errors[0].message).toBe(
      '「任职开始」应填写到月份或日期，如 2008-03 或 2008-03-15',
    );
  });

  it('resolves persons through the resolver when given one', () => {
    const field = ledgerType('crossAppointment').fields[0];
    const resolver = { person: (name: string) => (name === '张三' ? ok('id-1') : fail<string>(`人员库中没有「${name}」`)) };
    expect(parseFigure(field, '张三', resolver)).toEqual(ok('id-1'));
    expect(parseFigure(field, '李四', resolver)).toEqual(fail('人员库中没有「李四」'));
    expect(parseFigure(field, 'some-id')).toEqual(ok('some-id'));
  });

  it('drops keys the type does not know (no prototype tricks)', () => {
    const raw = JSON.parse('{"amount": 1, "__proto__": {"x": 1}, "constructor": 2}');
    expect(Object.keys(validateFigures(ledgerType('funds'), raw).figures)).toEqual(['amount', 'purpose']);
  });
});

describe('totals per type by the aggregate rules', () => {
  it('sums numbers, counts options and yes answers', () => {
    const training = ledgerType('training');
    const sums = sumFigures(training, [
      { figures: { sessions: 1, trainees: 40, orderBased: true } },
      { figures: { sessions: 2, trainees: 35.5, orderBased: false } },
    ]);
    expect(describeTotals(training, sums).map((i) => i.text)).toEqual(['期数 3 期', '培训人次 75.5 人次', '订单式 1 条']);
    const totals = totalsByType([ledgerType('funds'), training], [
      { type: 'funds', figures: { amount: 5, purpose: '公益事业' } },
      { type: 'funds', figures: { amount: 0.1, purpose: '公益事业' } },
      { type: 'unknown', figures: {} },
    ]);
    expect(totals.map((t) => [t.type.name, t.count, t.items.map((i) => i.text)])).toEqual([['资金扶持', 2, ['金额 5.1 万元', '用途：公益事业 2 条']]]);
  });
});

describe('attachments', () => {
  it('knows the kinds it accepts and refuses big or foreign files with the name', () => {
    expect(attachmentMime('扫描件.PDF')).toBe('application/pdf');
    expect(attachmentMime('a.exe')).toBeUndefined();
    expect(attachmentIssue('照片.jpg', 1000)).toBeNull();
    expect(attachmentIssue('照片.jpg', MAX_ATTACHMENT_BYTES)).toBeNull();
    expect(attachmentIssue('照片.jpg', 25 * 1024 * 1024)).toBe('「照片.jpg」大小为 25.0 MB，超过每个附件 20.0 MB 的限制，请压缩或分拆后再添加');
    expect(attachmentIssue('空.png', 0)).toBe('「空.png」是空文件');
  });
});

describe('totals agree with the stored aggregates', () => {
  it('sums like entryContributions + addSums, for any figures', async () => {
    const fc = await import('fast-check');
    const { addSums, entryContributions } = await import('@shared/model/ledger-aggregate');
    const training = ledgerType('training');
    const figure = fc.record({
      sessions: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(null)),
      trainees: fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constant(null)),
      base: fc.oneof(fc.string(), fc.constant(null)),
      orderBased: fc.oneof(fc.boolean(), fc.constant(null)),
    });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 30 }), (list) => {
        const entries = list.map((figures) => ({ figures }));
        const expected = entries.reduce((s, e) => addSums(s, entryContributions(training, e.figures), 1), {} as Record<string, number>);
        const actual = sumFigures(training, entries);
        expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
        for (const k of Object.keys(expected)) expect(actual[k]).toBeCloseTo(expected[k], 5);
      }),
    );
  });
});
