// 考评结果: computing the year's scores, then every pairing's points per indicator, the
// deductions, the total, rank and grade (ties share a rank), the roll-up per township, and
// the score sheet exported as a print-ready .xlsx.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CalculatorOutlined, ExportOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { formatNumber } from '@shared/model/evaluation/catalog';
import { gradeCounts, townshipRollup, type TownshipRollup } from '@shared/model/evaluation/ranking';
import { EVALUATION_GRADES, type Evaluation, type EvaluationGrade, type ScoreRow } from '@shared/model/evaluation/types';
import { todayIso } from '@shared/model/pairing-rules';
import { getStore } from '../../db';
import { host } from '../../host';
import { useSetting } from '../../app/use-setting';
import { errorMessages } from '../../ui/errors';
import type { PairingLabel } from '../../ui/records/pairing-labels';
import { sortTownships, useLiveRecords } from '../../ui/records/data';

export const GRADE_COLORS: Record<EvaluationGrade, string> = { 优秀: 'red', 良好: 'green', 一般: 'blue', 较差: 'default' };

type Props = { evaluation: Evaluation; labels: Map<string, PairingLabel> };

export function ResultsTab({ evaluation, labels }: Props) {
  const { message } = App.useApp();
  const [office] = useSetting('office');
  const townshipList = useLiveRecords('townships');
  const [busy, setBusy] = useState(false);
  const [grade, setGrade] = useState<EvaluationGrade | undefined>();
  const { scheme, result } = evaluation;

  const townshipName = useMemo(() => new Map((townshipList ?? []).map((t) => [t.id, t.name])), [townshipList]);
  const rollup = useMemo(() => {
    if (!result) return [];
    const order = new Map(sortTownships(townshipList ?? []).map((t, i) => [t.id, i]));
    return townshipRollup(result.rows, scheme.decimals).sort((a, b) => a.rank - b.rank || (order.get(a.townshipId) ?? 999) - (order.get(b.townshipId) ?? 999));
  }, [result, scheme.decimals, townshipList]);

  const compute = async () => {
    setBusy(true);
    try {
      const e = await getStore().evaluations.compute(evaluation.id);
      message.success(`已计算${e.result?.rows.length ?? 0}个联建点的得分`);
    } catch (err) {
      message.error(errorMessages(err).join('；'));
    } finally {
      setBusy(false);
    }
  };

  const exportXlsx = async () => {
    if (!result) return;
    const { buildScoreSheetXlsx, scoreSheetTitle } = await import('@shared/reports/evaluation/score-sheet');
    const built = buildScoreSheetXlsx({
      year: evaluation.year,
      countyName: office.countyName,
      unitName: office.unitName,
      scheme,
      asOf: result.asOf,
      madeOn: todayIso(),
      rows: result.rows.map((r) => {
        const l = labels.get(r.pairingId);
        return { ...r, code: l?.code ?? '', enterprise: l?.enterprise ?? '（已删除）', village: l?.village ?? '（已删除）', township: townshipName.get(r.townshipId) ?? '' };
      }),
      townships: rollup.map((t) => ({ ...t, name: townshipName.get(t.townshipId) ?? '（未分乡镇）' })),
    });
    if (!built.ok) return void message.error(built.error);
    const saved = await host.saveFile({ title: '保存考评得分表', defaultName: `${scoreSheetTitle({ year: evaluation.year, countyName: office.countyName })}.xlsx`, bytes: built.value as Uint8Array<ArrayBuffer>, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
    if (saved.ok) message.success(`已导出得分表：${saved.value.location}`);
    else if (!saved.cancelled) message.error(saved.error);
  };

  const toolbar = (
    <Space wrap style={{ marginBottom: 12 }}>
      <Button type="primary" icon={<CalculatorOutlined />} loading={busy} onClick={() => void compute()}>
        {result ? '重新计算' : '计算得分'}
      </Button>
      <Button icon={<ExportOutlined />} disabled={!result} onClick={() => void exportXlsx()}>
        导出得分表
      </Button>
      {result && (
        <>
          <Select aria-label="等次" allowClear placeholder="全部等次" style={{ width: 110 }} value={grade} onChange={setGrade} options={EVALUATION_GRADES.map((g) => ({ value: g, label: g }))} />
          <Typography.Text type="secondary">
            计算于 {dayjs(result.computedAt).format('YYYY-MM-DD HH:mm')}，数据截至 {result.asOf}；
            {EVALUATION_GRADES.map((g) => `${g} ${gradeCounts(result.rows)[g]} 个`).join('，')}
          </Typography.Text>
        </>
      )}
    </Space>
  );

  if (!result) {
    return (
      <>
        {toolbar}
        <Empty description="尚未计算得分。录入人工评分后，点击「计算得分」按方案计算每个联建点的得分、名次和等次" />
      </>
    );
  }

  const rows = result.rows.filter((r) => !grade || r.grade === grade);
  return (
    <>
      {toolbar}
      {result.notes.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={result.notes.join('；')} />}
      <Table<ScoreRow>
        rowKey="pairingId"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 640 + scheme.indicators.length * 96 + scheme.deductions.length * 90 }}
        aria-label="考评得分"
        columns={[
          { title: '名次', dataIndex: 'rank', width: 64, fixed: 'start', sorter: (a, b) => a.rank - b.rank },
          { title: '联建编号', key: 'code', width: 120, fixed: 'start', render: (_, r) => labels.get(r.pairingId)?.code ?? '' },
          { title: '联建点', key: 'name', width: 260, render: (_, r) => labels.get(r.pairingId)?.name ?? '（已删除的联建）' },
          { title: '挂钩乡镇', key: 'township', width: 100, render: (_, r) => townshipName.get(r.townshipId) ?? '' },
          ...scheme.indicators.map((ind) => ({
            title: `${ind.label}（${formatNumber(ind.weight)}）`,
            key: ind.key,
            width: 96,
            align: 'right' as const,
            render: (_: unknown, r: ScoreRow) => (r.basis[ind.key] ? <Tooltip title={r.basis[ind.key]}>{r.items[ind.key] ?? 0}</Tooltip> : (r.items[ind.key] ?? 0)),
          })),
          ...scheme.deductions.map((d) => ({
            title: `${d.label}（扣）`,
            key: `-${d.key}`,
            width: 90,
            align: 'right' as const,
            render: (_: unknown, r: ScoreRow) => (r.deductions[d.key] ? <Tooltip title={r.basis[`-${d.key}`]}>-{r.deductions[d.key]}</Tooltip> : ''),
          })),
          { title: `总分（${formatNumber(scheme.total)}）`, dataIndex: 'total', width: 96, align: 'right', sorter: (a, b) => a.total - b.total },
          { title: '等次', dataIndex: 'grade', width: 72, fixed: 'end', render: (g: EvaluationGrade) => <Tag color={GRADE_COLORS[g]}>{g}</Tag> },
        ]}
      />
      <Card size="small" title="乡镇汇总（按挂钩乡镇，按平均分排名）" style={{ marginTop: 16 }}>
        <Table<TownshipRollup>
          rowKey="townshipId"
          size="small"
          pagination={false}
          dataSource={rollup}
          aria-label="乡镇汇总"
          columns={[
            { title: '名次', dataIndex: 'rank', width: 64 },
            { title: '乡镇（开发区）', key: 'name', render: (_, t) => townshipName.get(t.townshipId) ?? '（未分乡镇）' },
            { title: '联建点', dataIndex: 'count', width: 80, align: 'right' },
            { title: '平均分', dataIndex: 'average', width: 90, align: 'right' },
            { title: '最高分', dataIndex: 'best', width: 90, align: 'right' },
            { title: '最低分', dataIndex: 'worst', width: 90, align: 'right' },
            ...EVALUATION_GRADES.map((g) => ({ title: g, key: g, width: 64, align: 'right' as const, render: (_: unknown, t: TownshipRollup) => t.grades[g] })),
          ]}
        />
      </Card>
    </>
  );
}
