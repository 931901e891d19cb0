import { Suspense, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { getDatabase } from '../../db/app-database';
import { lazyComponent } from '../../app/lazy';
import { useSetting } from '../../app/use-setting';
import { SampleDataPanel } from '../sample';

// The overdue-rectification reminder (and the supervision code it reads through) starts
// loading only once the counts are painted, so the 工作台 does not wait on it.
const OverdueCard = lazyComponent(() => import('../supervision'), 'OverdueCard');

type Count = { label: string; suffix: string; count: () => Promise<number> };

function liveCounts(year: number): Count[] {
  const db = getDatabase();
  const live = (table: string) => () => db.table(table).where('deleted').equals(0).count();
  return [
    { label: '乡镇（开发区）', suffix: '个', count: live('townships') },
    { label: '村', suffix: '个', count: live('villages') },
    { label: '非公有制企业', suffix: '家', count: live('enterprises') },
    { label: '人员', suffix: '人', count: live('persons') },
    { label: '联建对', suffix: '对', count: () => db.pairings.where('status').equals('已批准').filter((p) => !p.deleted).count() },
    { label: `${year}年台账记录`, suffix: '条', count: () => db.ledger.where('[deleted+year]').equals([0, year]).count() },
  ];
}

export function HomePage() {
  const [year] = useSetting('workingYear');
  const counts = useLiveQuery(async () => {
    const defs = liveCounts(year);
    const values = await Promise.all(defs.map((d) => d.count()));
    return defs.map((d, i) => ({ ...d, value: values[i] }));
  }, [year]);
  const [overdueShown, setOverdueShown] = useState(false);
  useEffect(() => {
    if (!counts || overdueShown) return;
    // The frame after the one that paints the counts.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setOverdueShown(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [counts, overdueShown]);

  return (
    <div>
      <Typography.Title level={4}>工作台</Typography.Title>
      <SampleDataPanel />
      <Row gutter={[16, 16]}>
        {(counts ?? []).map((c) => (
          <Col key={c.label} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={c.label} value={c.value} suffix={c.suffix} />
            </Card>
          </Col>
        ))}
      </Row>
      <div style={{ marginTop: 16 }}>
        {overdueShown && (
          <Suspense fallback={null}>
            <OverdueCard />
          </Suspense>
        )}
      </div>
    </div>
  );
}
