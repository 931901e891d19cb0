// 统计分析: how a year's scores are spread — pairings per grade and per ten-point band —
// from the stored result (nothing is recomputed here).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Card, Col, Empty, Progress, Row, Statistic } from 'antd';
import { gradeCounts, scoreBands } from '@shared/model/evaluation/ranking';
import { EVALUATION_GRADES } from '@shared/model/evaluation/types';
import { getStore } from '../../db';

export function ScoreDistributionCard({ year, townshipIds }: { year: number; townshipIds?: readonly string[] }) {
  const evaluation = useLiveQuery(async () => (await getStore().evaluations.forYear(year)) ?? null, [year]);
  const data = useMemo(() => {
    if (!evaluation?.result) return null;
    const chosen = townshipIds?.length ? new Set(townshipIds) : null;
    const rows = evaluation.result.rows.filter((r) => !chosen || chosen.has(r.townshipId));
    return { rows, grades: gradeCounts(rows), bands: scoreBands(rows, evaluation.scheme.total, evaluation.scheme.total / 10) };
  }, [evaluation, townshipIds]);
  const most = data ? Math.max(1, ...data.bands.map((b) => b.count)) : 1;
  return (
    <Card size="small" title={`绩效考评得分分布·${year}年度`} aria-label="考评得分分布">
      {!data ? (
        <Empty description={`${year}年度尚未计算考评得分`} />
      ) : (
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Row gutter={[8, 8]}>
              {EVALUATION_GRADES.map((g) => (
                <Col span={12} key={g}>
                  <Statistic title={g} value={data.grades[g]} suffix="个" />
                </Col>
              ))}
            </Row>
          </Col>
          <Col xs={24} md={16}>
            {[...data.bands].reverse().map((b) => (
              <div key={b.label} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                <span style={{ width: 70, textAlign: 'right' }}>{b.label}分</span>
                <Progress status="normal" percent={(b.count / most) * 100} format={() => `${b.count}个`} strokeColor="#c8161d" style={{ flex: 1, margin: 0 }} />
              </div>
            ))}
          </Col>
        </Row>
      )}
    </Card>
  );
}
