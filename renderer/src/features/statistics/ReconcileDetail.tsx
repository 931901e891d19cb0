// One township's reconciliation, opened under its row: its figures side by side (reported,
// ledger, difference, and what the annual table takes), or pairing by pairing.
import { Table, Tabs, Typography } from 'antd';
import { formatWan } from '@shared/model/money';
import { checkUnit, type FigureCheck, type PairingCheck, type TownshipCheck } from '@shared/reports/statistics/reconcile';

export const showReported = (n: number | null) => (n === null ? '未填' : formatWan(n));

export function DifferenceText({ check }: { check: FigureCheck }) {
  if (check.reported === null) return null;
  if (check.difference === 0) return <>一致</>;
  return (
    <Typography.Text type="danger" strong>
      {`${check.difference > 0 ? '+' : ''}${formatWan(check.difference)}`}
    </Typography.Text>
  );
}

const differs = (f: FigureCheck) => f.reported !== null && f.difference !== 0;
export const figureName = (f: FigureCheck) => {
  const unit = checkUnit(f.figure);
  return unit ? `${f.figure.label}（${unit}）` : f.figure.label;
};

function ByFigure({ check, onlyDiff }: { check: TownshipCheck; onlyDiff: boolean }) {
  const rows = check.figures.filter((f) => (onlyDiff ? differs(f) : f.reported !== null || f.ledger !== 0 || f.adopted !== 0));
  return (
    <Table<TownshipCheck['figures'][number]>
      size="small"
      rowKey={(f) => f.figure.id}
      pagination={false}
      dataSource={rows}
      rowClassName={(f) => (differs(f) ? 'cq-mismatch' : '')}
      locale={{ emptyText: onlyDiff ? '各项数字一致' : '暂无数字' }}
      columns={[
        { title: '台账类型', width: 110, render: (_, f) => f.figure.typeName },
        { title: '指标', render: (_, f) => figureName(f) },
        { title: '乡镇填报', align: 'right', width: 110, render: (_, f) => showReported(f.reported) },
        { title: '台账合计', align: 'right', width: 110, render: (_, f) => formatWan(f.ledger) },
        { title: '差额（填报−台账）', align: 'right', width: 150, render: (_, f) => <DifferenceText check={f} /> },
        { title: '年度统计表采用', align: 'right', width: 130, render: (_, f) => formatWan(f.adopted) },
      ]}
    />
  );
}

type PairingLine = { key: string; pairing: PairingCheck; check: FigureCheck; span: number };

function ByPairing({ check, onlyDiff, pairingLabel }: { check: TownshipCheck; onlyDiff: boolean; pairingLabel: (id: string) => string }) {
  const lines: PairingLine[] = [];
  for (const p of [...check.pairings].sort((a, b) => pairingLabel(a.pairingId).localeCompare(pairingLabel(b.pairingId)))) {
    const shown = p.figures.filter((f) => (onlyDiff ? differs(f) : f.reported !== null || f.ledger !== 0));
    shown.forEach((f, i) => lines.push({ key: `${p.pairingId}|${f.figure.id}`, pairing: p, check: f, span: i === 0 ? shown.length : 0 }));
  }
  return (
    <Table<PairingLine>
      size="small"
      rowKey="key"
      pagination={lines.length > 60 ? { pageSize: 60, showSizeChanger: false } : false}
      dataSource={lines}
      rowClassName={(l) => (differs(l.check) ? 'cq-mismatch' : '')}
      locale={{ emptyText: onlyDiff ? '各联建点的数字一致' : '暂无数字' }}
      columns={[
        {
          title: '联建点',
          width: 260,
          onCell: (l) => ({ rowSpan: l.span }),
          render: (_, l) => (
            <>
              {pairingLabel(l.pairing.pairingId)}
              {!l.pairing.reported && <Typography.Text type="warning">（未填报）</Typography.Text>}
            </>
          ),
        },
        { title: '指标', render: (_, l) => `${l.check.figure.typeName}·${figureName(l.check)}` },
        { title: '乡镇填报', align: 'right', width: 110, render: (_, l) => showReported(l.check.reported) },
        { title: '台账合计', align: 'right', width: 110, render: (_, l) => formatWan(l.check.ledger) },
        { title: '差额（填报−台账）', align: 'right', width: 150, render: (_, l) => <DifferenceText check={l.check} /> },
      ]}
    />
  );
}

export function ReconcileDetail({ check, onlyDiff, pairingLabel }: { check: TownshipCheck; onlyDiff: boolean; pairingLabel: (id: string) => string }) {
  return (
    <Tabs
      size="small"
      items={[
        { key: 'figures', label: '按指标', children: <ByFigure check={check} onlyDiff={onlyDiff} /> },
        { key: 'pairings', label: '按联建点', children: <ByPairing check={check} onlyDiff={onlyDiff} pairingLabel={pairingLabel} /> },
      ]}
    />
  );
}
