import { useLiveQuery } from 'dexie-react-hooks';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { SampleDataPanel } from '../sample';
import { OverdueCard } from '../supervision';

type Count = { label: string; suffix: string; count: () => Promise<number> };

function liveCounts(year: number): Count[] {
  const { db } = getStore();
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
        <OverdueCard />
      </div>
    </div>
  );
}
