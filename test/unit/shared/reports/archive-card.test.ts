import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import type { LedgerEntry, Pairing, PairingEvent } from '@shared/model/types';
import { buildArchiveCard, describeEvent, type ArchiveInput } from '@shared/reports/archive-card';
import { packArchiveCard } from '@shared/reports/archive-card-docx';
import { renderDocx } from './docx/render';

const base = { createdAt: '2008-01-01T00:00:00.000Z', updatedAt: '2008-01-01T00:00:00.000Z', deleted: 0 as const };
const pairing: Pairing = {
  ...base,
  id: 'p1',
  code: 'LJ2008-001',
  enterpriseId: 'e1',
  villageId: 'v1',
  status: '已终止',
  formation: '双向选择',
  areas: ['劳务输送', '资金扶持'],
  enterpriseLiaison: { name: '李四', phone: '13905970001' },
  villageLiaison: { name: '赵六', phone: '0597-6822345' },
  responsibleTownshipId: 't1',
  responsibleLeader: { name: '王明', post: '镇党委书记' },
  agreement: '企业每年吸纳村富余劳动力不少于50人，并扶持村集体经济发展。',
  appliedDate: '2008-03-01',
  approvedDate: '2008-03-10',
  endedDate: '2008-12-31',
  endReason: '企业搬迁',
};
const ev = (kind: PairingEvent['kind'], date: string, extra: Partial<PairingEvent> = {}): PairingEvent => ({ id: kind + date, pairingId: 'p1', kind, date, createdAt: '', ...extra });
const events = [
  ev('申请', '2008-03-01'),
  ev('批准', '2008-03-10', { reason: '汀委组〔2008〕5号' }),
  ev('变更', '2008-05-01', { reason: '原联络员外出务工', changes: [{ field: 'villageLiaison', label: '村联络员', from: '张三（13905971234）', to: '赵六（0597-6822345）' }] }),
  ev('终止', '2008-12-31', { reason: '企业搬迁' }),
];
const entry = (type: string, date: string, figures: LedgerEntry['figures']): LedgerEntry => ({
  ...base,
  id: type + date,
  pairingId: 'p1',
  townshipId: 't1',
  type,
  date,
  precision: 'day',
  year: 2008,
  figures,
  personIds: [],
  attachmentIds: [],
});

const input: ArchiveInput = {
  pairing,
  events,
  enterprise: { ...base, id: 'e1', townshipId: 't2', name: '福建盼盼食品有限公司', industry: '食品加工', aboveScale: true, employees: 1200, partyOrg: { type: '党支部', name: '中共福建盼盼食品有限公司支部委员会', secretary: '陈二', members: 25 } },
  village: { ...base, id: 'v1', townshipId: 't1', name: '红星村', industries: ['纺织服装'], surplusLabour: 120, partyOrg: { name: '中共红星村支部委员会', type: '党支部', secretary: '刘一', members: 30 } },
  townshipName: (id) => (id === 't1' ? '河田镇' : id === 't2' ? '长汀经济开发区' : ''),
  entries: [entry('labour', '2008-04-01', { sent: 45, skilled: 30 }), entry('labour', '2008-06-01', { sent: 20 }), entry('funds', '2008-05-01', { amount: 12.5, purpose: '公益事业' })],
  catalog: LEDGER_TYPES,
  reports: [{ ...base, id: 'r1', pairingId: 'p1', month: '2008-04', submittedDate: '2008-05-05', summary: '组织技能培训一期', active: true }],
  honours: [{ year: 2008, level: '县委', title: '优秀联建点', status: '批准', docNumber: '汀委〔2008〕42号' }],
  unitName: '中共长汀县委组织部',
  today: '2008-12-03',
};

describe('archive card model', () => {
  it('describes each kind of event, changes as from → to', () => {
    expect(events.map((e) => describeEvent(e, '双向选择'))).toEqual([
      '提出联建申请（双向选择）',
      '批准联建（汀委组〔2008〕5号）',
      '村联络员：张三（13905971234） → 赵六（0597-6822345）。原因：原联络员外出务工',
      '终止联建。原因：企业搬迁',
    ]);
  });

  it('holds both sides, the history, the ledger totals per type, reports and honours', () => {
    const card = buildArchiveCard(input);
    expect(card.title).toBe('村企党组织联建档案卡');
    expect(card.date).toBe('2008年12月3日');
    const section = (t: string) => card.sections.find((s) => s.title.endsWith(t))!;
    expect(section('基本情况').table!.rows).toContainEqual(['终止日期', '2008年12月31日（企业搬迁）']);
    expect(section('联建双方').table!.rows).toContainEqual(['党组织', '中共福建盼盼食品有限公司支部委员会', '中共红星村支部委员会']);
    // The liaisons are in a section of their own with their terms, not again among the sides.
    expect(section('联建双方').table!.rows.map((r) => r[0])).not.toContain('联络员');
    expect(section('联络员').table!.rows.at(-1)).toEqual(['村', '赵六', '0597-6822345', '2008年5月1日至2008年12月31日']);
    expect(section('联建历程').table!.rows.map((r) => r[1])).toEqual(['申请', '批准', '变更', '终止']);
    expect(section('成效台账').table!.rows).toEqual([
      ['劳务输送', '2', '输送人数 65 人；其中技术工人 30 人'],
      ['资金扶持', '1', '金额 12.5 万元；用途：公益事业 1 条'],
    ]);
    expect(section('所获荣誉').table!.rows).toEqual([['2008', '县委', '优秀联建点', '汀委〔2008〕42号']]);
  });
});

describe('archive card as .docx', () => {
  it('names real fonts in every run and prints on A4 with the card text', async () => {
    const bytes = await packArchiveCard(buildArchiveCard(input));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('村企党组织联建档案卡');
    expect(xml).not.toMatch(/asciiTheme|eastAsiaTheme/);
    const out = fileURLToPath(new URL('../../../../test-results/archive-card/', import.meta.url));
    await mkdir(out, { recursive: true });
    const pdf = await renderDocx(bytes, `${out}archive-card.pdf`);
    expect(pdf.pageSizeMm.width).toBeCloseTo(210, 0);
    expect(pdf.pageSizeMm.height).toBeCloseTo(297, 0);
    // A record card of two A4 pages at most, each numbered.
    expect(pdf.pages).toBeLessThanOrEqual(2);
    for (let p = 1; p <= pdf.pages; p++) expect(pdf.words.some((w) => w.page === p && w.yMin > 297 - 35 && w.text === String(p))).toBe(true);
    const text = pdf.text.replace(/\s+/g, '');
    for (const words of ['村企党组织联建档案卡', 'LJ2008-001', '福建盼盼食品有限公司', '村联络员：张三（13905971234）', '原因：原联络员外出务工', '输送人数65人', '汀委〔2008〕42号', '—1—']) {
      expect(text).toContain(words);
    }
  }, 180_000);
});
