import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '@shared/model/attachments';
import { seedCounty } from './pairing-fixtures';

async function rejection(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    return (e as { messages?: string[] }).messages ?? [String(e)];
  }
  throw new Error('expected a refusal');
}

async function approvedPairing() {
  const county = await seedCounty();
  const p = await county.store.pairings.apply(county.application());
  await county.store.pairings.approve(p.id, '2008-03-10');
  return { ...county, pairing: p };
}

describe('台账登记', () => {
  it('stores an entry with the pairing township and year, and keeps the aggregates', async () => {
    const { store, pairing, hetian } = await approvedPairing();
    const [entry] = await store.ledgerEntries.add([
      { pairingId: pairing.id, type: 'labour', date: '2008-04-15', precision: 'day', figures: { sent: '45人', skilled: 30 }, description: ' 输送到纺织车间 ' },
    ]);
    expect(entry).toMatchObject({ townshipId: hetian.id, year: 2008, type: 'labour', figures: { sent: 45, skilled: 30, landless: null }, description: '输送到纺织车间' });
    const agg = await store.db.ledgerAggregates.get(`${pairing.id}|2008|labour`);
    expect(agg).toMatchObject({ count: 1, sums: { sent: 45, skilled: 30 } });
  });

  it('refuses figures the catalog forbids, naming the field', async () => {
    const { store, pairing } = await approvedPairing();
    expect(
      await rejection(store.ledgerEntries.add([{ pairingId: pairing.id, type: 'labour', date: '2008-04-15', precision: 'day', figures: { sent: 10, skilled: 12 }, label: '第2行' }])),
    ).toEqual(['第2行：「其中技术工人」（12）不能大于「输送人数」（10）']);
    expect(await rejection(store.ledgerEntries.add([{ pairingId: pairing.id, type: 'funds', date: '2008-04-15', precision: 'day', figures: { amount: '约5万' } }]))).toEqual([
      '「金额」应为非负数，实际为「约5万」',
    ]);
    expect(await store.db.ledger.count()).toBe(0);
  });

  it('refuses an entry dated before approval or after termination; a month overlapping the period counts', async () => {
    const { store, pairing } = await approvedPairing();
    const entry = (date: string, precision: 'day' | 'month' = 'day') => ({ pairingId: pairing.id, type: 'funds', date, precision, figures: { amount: 1 } });
    expect(await rejection(store.ledgerEntries.add([entry('2008-03-09')]))).toEqual(['台账日期（2008-03-09）早于联建「LJ2008-001」的批准日期（2008-03-10）']);
    await store.ledgerEntries.add([entry('2008-03-01', 'month')]);
    await store.pairings.terminate(pairing.id, '2008-06-30', '企业停产');
    expect(await rejection(store.ledgerEntries.add([entry('2008-07-01')]))).toEqual(['台账日期（2008-07-01）晚于联建「LJ2008-001」的终止日期（2008-06-30）']);
    expect(await rejection(store.ledgerEntries.add([entry('2008-07-01', 'month')]))).toEqual(['台账日期（2008-07）晚于联建「LJ2008-001」的终止日期（2008-06-30）']);
    await store.ledgerEntries.add([entry('2008-06-30')]);
    expect(await store.db.ledger.count()).toBe(2);
  });

  it('refuses entries for an application not yet approved', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    expect(await rejection(store.ledgerEntries.add([{ pairingId: p.id, type: 'funds', date: '2008-04-01', precision: 'day', figures: { amount: 1 } }]))).toEqual([
      '联建「LJ2008-001」尚未批准，不能登记台账',
    ]);
  });

  it('saves a grid of rows all or nothing, with every bad row reported', async () => {
    const { store, pairing } = await approvedPairing();
    const rows = [
      { pairingId: pairing.id, type: 'training', date: '2008-04-01', precision: 'day' as const, figures: { sessions: 1, trainees: 40, orderBased: '是' }, label: '第1行' },
      { pairingId: pairing.id, type: 'training', date: '2008-05-01', precision: 'day' as const, figures: { sessions: '', trainees: 30 }, label: '第2行' },
      { pairingId: pairing.id, type: 'training', date: '2008-01-01', precision: 'day' as const, figures: { sessions: 1, trainees: 30 }, label: '第3行' },
    ];
    expect(await rejection(store.ledgerEntries.add(rows))).toEqual(['第2行：请填写「期数」']);
    rows[1].figures.sessions = 2 as unknown as string;
    expect(await rejection(store.ledgerEntries.add(rows))).toEqual(['第3行：台账日期（2008-01-01）早于联建「LJ2008-001」的批准日期（2008-03-10）']);
    expect(await store.db.ledger.count()).toBe(0);
    expect(await store.db.ledgerAggregates.count()).toBe(0);
    rows[2].date = '2008-06-01';
    const saved = await store.ledgerEntries.add(rows);
    expect(saved).toHaveLength(3);
    expect(await store.db.ledgerAggregates.get(`${pairing.id}|2008|training`)).toMatchObject({ count: 3, sums: { sessions: 4, trainees: 100, 'orderBased=true': 1 } });
  });

  it('edits an entry, moving its totals, and re-checks the period', async () => {
    const { store, pairing } = await approvedPairing();
    const [e] = await store.ledgerEntries.add([{ pairingId: pairing.id, type: 'funds', date: '2008-04-01', precision: 'day', figures: { amount: 5, purpose: '公益事业' } }]);
    await store.ledgerEntries.update(e.id, { pairingId: pairing.id, type: 'funds', date: '2009-01-10', precision: 'day', figures: { amount: 8, purpose: '产业发展' } }, []);
    expect(await store.db.ledgerAggregates.get(`${pairing.id}|2008|funds`)).toBeUndefined();
    expect(await store.db.ledgerAggregates.get(`${pairing.id}|2009|funds`)).toMatchObject({ count: 1, sums: { amount: 8, 'purpose=产业发展': 1 } });
    expect(await rejection(store.ledgerEntries.update(e.id, { pairingId: pairing.id, type: 'funds', date: '2008-01-01', precision: 'day', figures: { amount: 8 } }, []))).toEqual([
      '台账日期（2008-01-01）早于联建「LJ2008-001」的批准日期（2008-03-10）',
    ]);
  });
});

describe('附件', () => {
  it('stores attachments as blobs with the entry, and deletes the ones dropped in an edit', async () => {
    const { store, pairing } = await approvedPairing();
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], { type: 'image/jpeg' });
    const scan = new Blob(['%PDF-1.4 test'], { type: 'application/pdf' });
    const [e] = await store.ledgerEntries.add([
      { pairingId: pairing.id, type: 'funds', date: '2008-04-01', precision: 'day', figures: { amount: 5 }, newAttachments: [{ name: '捐赠仪式.jpg', blob: photo }, { name: '协议.pdf', blob: scan }] },
    ]);
    const stored = await store.ledgerEntries.attachments(e.id);
    expect(stored.map((a) => [a.name, a.mime, a.size]).sort()).toEqual([
      ['协议.pdf', 'application/pdf', 13],
      ['捐赠仪式.jpg', 'image/jpeg', 6],
    ]);
    expect(e.attachmentIds).toHaveLength(2);
    const keep = stored.find((a) => a.name === '协议.pdf')!.id;
    const after = await store.ledgerEntries.update(e.id, { pairingId: pairing.id, type: 'funds', date: '2008-04-01', precision: 'day', figures: { amount: 5 } }, [keep]);
    expect(after.attachmentIds).toEqual([keep]);
    expect((await store.ledgerEntries.attachments(e.id)).map((a) => a.name)).toEqual(['协议.pdf']);
  });

  it('refuses a file past the size limit or of another kind, with the file named', async () => {
    const { store, pairing } = await approvedPairing();
    const big = new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], { type: 'image/png' });
    const messages = await rejection(
      store.ledgerEntries.add([
        {
          pairingId: pairing.id,
          type: 'funds',
          date: '2008-04-01',
          precision: 'day',
          figures: { amount: 5 },
          newAttachments: [{ name: '大照片.png', blob: big }, { name: '病毒.exe', blob: new Blob(['x']) }],
        },
      ]),
    );
    expect(messages).toEqual([
      '「大照片.png」大小为 20.0 MB，超过每个附件 20.0 MB 的限制，请压缩或分拆后再添加',
      expect.stringMatching(/^「病毒\.exe」不是照片、扫描件或 PDF/),
    ]);
    expect(await store.db.attachments.count()).toBe(0);
  });
});

describe('台账提醒（不阻止保存）', () => {
  it('warns when a cross-appointed person belongs to neither side', async () => {
    const { store, pairing, villager, outsider } = await approvedPairing();
    const warnings = await store.ledgerEntries.warnings([
      { pairingId: pairing.id, type: 'crossAppointment', date: '2008-05-01', figures: { person: villager.id, direction: '村→企' } },
      { pairingId: pairing.id, type: 'crossAppointment', date: '2008-05-01', figures: { person: outsider.id, direction: '村→企' } },
    ]);
    expect(warnings).toEqual([[], ['交叉任职：「王五」既不是「福建盼盼食品有限公司」也不是「红星村」的人员，请核对']]);
  });

  it('warns when labour sent from a village in a year exceeds its surplus labour, across its pairings', async () => {
    const { store, pairing, taihui, application } = await approvedPairing();
    const other = await store.pairings.apply(application({ enterpriseId: taihui.id }));
    await store.pairings.approve(other.id, '2008-03-10');
    await store.ledgerEntries.add([{ pairingId: other.id, type: 'labour', date: '2008-04-01', precision: 'day', figures: { sent: 70 } }]);
    const fine = await store.ledgerEntries.warnings([{ pairingId: pairing.id, type: 'labour', date: '2008-05-01', figures: { sent: 30 } }]);
    expect(fine).toEqual([[]]);
    const over = await store.ledgerEntries.warnings([
      { pairingId: pairing.id, type: 'labour', date: '2008-05-01', figures: { sent: 20 } },
      { pairingId: pairing.id, type: 'labour', date: '2008-06-01', figures: { sent: 20 } },
    ]);
    const message = '「红星村」2008年累计输送劳动力 110 人，超过该村富余劳动力（100 人），请核对';
    expect(over).toEqual([[message], [message]]);
    const nextYear = await store.ledgerEntries.warnings([{ pairingId: pairing.id, type: 'labour', date: '2009-05-01', figures: { sent: 90 } }]);
    expect(nextYear).toEqual([[]]);
  });
});

describe('an enterprise or village alone', () => {
  it('stores an entry of an enterprise without a pairing (党员星级 of its own branch), in its township, and warns for a person of another organization', async () => {
    const { store, panpan, zone, worker, villager } = await seedCounty();
    const [e] = await store.ledgerEntries.add([{ enterpriseId: panpan.id, type: 'starRating', date: '2008-12-01', precision: 'day', figures: { person: worker.id, year: 2008, stars: '5' } }]);
    expect(e).toMatchObject({ enterpriseId: panpan.id, townshipId: zone.id, personIds: [worker.id] });
    expect(e.pairingId).toBeUndefined();
    expect(await store.db.ledgerAggregates.get(`e:${panpan.id}|2008|starRating`)).toMatchObject({ count: 1, sums: { 'stars=5': 1 } });
    const warnings = await store.ledgerEntries.warnings([{ enterpriseId: panpan.id, type: 'starRating', date: '2008-12-01', figures: { person: villager.id, year: 2008, stars: '3' } }]);
    expect(warnings).toEqual([['党员星级：「张三」不是「福建盼盼食品有限公司」的人员，请核对']]);
  });

  it("counts a village's own labour entries against its surplus labour, and refuses an entry with no owner", async () => {
    const { store, hongxing } = await seedCounty();
    await store.ledgerEntries.add([{ villageId: hongxing.id, type: 'labour', date: '2008-03-01', precision: 'month', figures: { sent: 90 } }]);
    const w = await store.ledgerEntries.warnings([{ villageId: hongxing.id, type: 'labour', date: '2008-05-01', figures: { sent: 20 } }]);
    expect(w[0][0]).toMatch(/^「红星村」2008年累计输送劳动力 110 人/);
    expect(await rejection(store.ledgerEntries.add([{ type: 'funds', date: '2008-04-01', precision: 'day', figures: { amount: 1 } }]))).toEqual(['请选择所属联建，或企业、村']);
  });

  it('moves an entry from a pairing to the enterprise alone, moving its totals', async () => {
    const { store, pairing, panpan } = await approvedPairing();
    const [e] = await store.ledgerEntries.add([{ pairingId: pairing.id, type: 'funds', date: '2008-04-01', precision: 'day', figures: { amount: 5 }, description: '捐款' }]);
    const after = await store.ledgerEntries.update(e.id, { enterpriseId: panpan.id, type: 'funds', date: '2008-04-01', precision: 'day', figures: { amount: 5 } }, []);
    expect([after.pairingId, after.enterpriseId, after.description]).toEqual([undefined, panpan.id, undefined]);
    expect(await store.db.ledgerAggregates.get(`${pairing.id}|2008|funds`)).toBeUndefined();
    expect(await store.db.ledgerAggregates.get(`e:${panpan.id}|2008|funds`)).toMatchObject({ count: 1, sums: { amount: 5 } });
  });
});
