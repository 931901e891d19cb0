// 绩效考评: a year's scheme (started from the default or copied from another year), the hand
// scores, and the computed scores with ranks and grades.
import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Space, Spin, Table, Tabs, Typography } from 'antd';
import { CopyOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { deductionKind, formatNumber, indicatorKind } from '@shared/model/evaluation/catalog';
import { defaultScheme } from '@shared/model/evaluation/scheme';
import type { Deduction, Evaluation, EvaluationScheme, Indicator } from '@shared/model/evaluation/types';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { errorMessages } from '../../ui/errors';
import { useConfirmDelete } from '../../ui/use-confirm-delete';
import { usePairingLabels } from '../../ui/records/pairing-labels';
import { useEvaluation, useEvaluationYears } from './data';
import { SchemeEditor } from './SchemeEditor';
import { ScoreEntry } from './ScoreEntry';
import { ResultsTab } from './ResultsTab';
import { NumberInput } from '../../ui/NumberInput';

function gradingText(s: EvaluationScheme): string {
  const g = s.grading;
  return g.mode === 'threshold'
    ? `按分数线：${formatNumber(g.excellent)}分及以上优秀，${formatNumber(g.good)}分及以上良好，${formatNumber(g.pass)}分及以上一般，以下较差`
    : `按比例：名次前${formatNumber(g.excellentPct)}%优秀，其后${formatNumber(g.goodPct)}%良好（均须达到${formatNumber(g.pass)}分），其余${formatNumber(g.pass)}分及以上一般，以下较差；并列者等次相同`;
}

function SchemeView({ evaluation, onEdit }: { evaluation: Evaluation; onEdit: () => void }) {
  const confirmDelete = useConfirmDelete();
  const { scheme } = evaluation;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" icon={<EditOutlined />} onClick={onEdit}>
          修改方案
        </Button>
        <Button
          danger
          icon={<DeleteOutlined />}
          onClick={() => confirmDelete({ what: `${evaluation.year}年度考评（方案、评分和得分）`, remove: () => getStore().evaluations.remove(evaluation.id), undo: () => getStore().evaluations.restore(evaluation.id) })}
        >
          删除考评
        </Button>
        <Typography.Text type="secondary">
          方案总分 {formatNumber(scheme.total)} 分，得分保留 {scheme.decimals} 位小数
        </Typography.Text>
      </Space>
      <Table<Indicator>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={scheme.indicators}
        aria-label="考评指标"
        columns={[
          { title: '序号', key: 'n', width: 60, render: (_, __, i) => i + 1 },
          { title: '指标', dataIndex: 'label', width: 140 },
          { title: '计分方式', key: 'kind', width: 130, render: (_, i) => indicatorKind(i.kind)?.label ?? i.kind },
          { title: '权重（分）', dataIndex: 'weight', width: 100, align: 'right' },
          { title: '计分办法', key: 'describe', render: (_, i) => indicatorKind(i.kind)?.describe(i) ?? '' },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {formatNumber(scheme.indicators.reduce((s, i) => s + i.weight, 0))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
          </Table.Summary.Row>
        )}
      />
      {scheme.deductions.length > 0 && (
        <Table<Deduction>
          rowKey="key"
          size="small"
          style={{ marginTop: 12 }}
          pagination={false}
          dataSource={scheme.deductions}
          columns={[
            { title: '扣分项', dataIndex: 'label', width: 200 },
            { title: '扣分方式', key: 'kind', width: 130, render: (_, d) => deductionKind(d.kind)?.label ?? d.kind },
            { title: '扣分办法', key: 'describe', render: (_, d) => deductionKind(d.kind)?.describe(d) ?? '' },
          ]}
        />
      )}
      <Typography.Paragraph style={{ marginTop: 12 }}>等次评定：{gradingText(scheme)}</Typography.Paragraph>
    </>
  );
}

function StartPanel({ year, years, onNew }: { year: number; years: number[]; onNew: () => void }) {
  const { message } = App.useApp();
  const copy = async (from: number) => {
    try {
      await getStore().evaluations.copyScheme(from, year);
      message.success(`已复制${from}年度的考评方案`);
    } catch (e) {
      message.error(errorMessages(e).join('；'));
    }
  };
  const others = years.filter((y) => y !== year);
  return (
    <Empty description={`${year}年度还没有考评方案`}>
      <Space wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={onNew}>
          新建考评方案
        </Button>
        {others.slice(0, 3).map((y) => (
          <Button key={y} icon={<CopyOutlined />} onClick={() => void copy(y)}>
            复制{y}年度方案
          </Button>
        ))}
      </Space>
    </Empty>
  );
}

export function EvaluationPage() {
  const [workingYear] = useSetting('workingYear');
  const [chosen, setChosen] = useState<number | undefined>();
  const year = chosen ?? workingYear;
  const evaluation = useEvaluation(year);
  const years = useEvaluationYears();
  const labels = usePairingLabels();
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<string | undefined>();
  const initial = useMemo(() => evaluation?.scheme ?? defaultScheme(), [evaluation]);
  const activeTab = tab ?? (evaluation?.result ? 'results' : 'scheme');

  return (
    <Card>
      <Space style={{ marginBottom: 12 }} align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          绩效考评
        </Typography.Title>
        <NumberInput standalone integer aria-label="考评年度" min={1990} max={2100} value={year} onChange={(v) => typeof v === 'number' && setChosen(v)} addon="年度" style={{ width: 120 }} />
      </Space>
      {evaluation === undefined || !labels || !years ? (
        <Spin />
      ) : evaluation === null ? (
        <StartPanel year={year} years={years} onNew={() => setEditing(true)} />
      ) : (
        <Tabs
          activeKey={activeTab}
          onChange={setTab}
          items={[
            { key: 'scheme', label: '考评方案', children: <SchemeView evaluation={evaluation} onEdit={() => setEditing(true)} /> },
            { key: 'entry', label: '评分录入', children: <ScoreEntry evaluation={evaluation} labels={labels} /> },
            { key: 'results', label: '考评结果', children: <ResultsTab evaluation={evaluation} labels={labels} /> },
          ]}
        />
      )}
      <SchemeEditor open={editing} year={year} initial={initial} existing={evaluation ?? undefined} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
    </Card>
  );
}
