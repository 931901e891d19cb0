// 分片挂钩责任表 on paper: the summary per township (or per 挂钩领导) with report rate, open
// rectifications and ledger totals, then each group's pairings. Same drawing for the preview
// and for paper.
import { formatRate } from '@shared/model/monthly-report';
import { RESPONSIBILITY_FIGURES, type ResponsibilityGroup, type ResponsibilityView, type Totals } from '@shared/reports/supervision/responsibility';

export type GroupBy = 'township' | 'leader';

const figureHead = (f: (typeof RESPONSIBILITY_FIGURES)[number]) => `${f.label}（${f.unit}）`;
const num = (v: number | undefined) => (v === undefined ? '' : String(Math.round(v * 100) / 100));

function TotalsCells({ t }: { t: Totals }) {
  return (
    <>
      <td className="num">{t.counts.due}</td>
      <td className="num">{t.counts.reported}</td>
      <td className="num">{formatRate(t.rate)}</td>
      <td className="num">{t.openRectifications}</td>
      {RESPONSIBILITY_FIGURES.map((f) => (
        <td key={f.id} className="num">
          {num(t.figures[f.id])}
        </td>
      ))}
    </>
  );
}

const TOTAL_HEADS = ['应报（次）', '已报（次）', '报送率', '未整改问题（个）', ...RESPONSIBILITY_FIGURES.map(figureHead)];

export function ResponsibilitySheet({ view, groupBy, title, printedOn }: { view: ResponsibilityView; groupBy: GroupBy; title: string; printedOn: string }) {
  const groups: ResponsibilityGroup[] = groupBy === 'township' ? view.byTownship : view.byLeader;
  const first = groupBy === 'township' ? '乡镇（开发区）' : '挂钩领导';
  const second = groupBy === 'township' ? '党委挂钩领导' : '职务 / 挂钩乡镇';
  const months = view.months.length ? `${view.months[0]} 至 ${view.months[view.months.length - 1]}` : '尚无到期月份';
  return (
    <>
      <h1>{title}</h1>
      <div className="cq-sv-subtitle">
        <span>月报统计月份：{months}</span>
        <span>台账：{view.year}年全年</span>
        <span>打印日期：{printedOn}</span>
      </div>
      <table aria-label="责任汇总">
        <thead>
          <tr>
            <th style={{ width: '12%' }}>{first}</th>
            <th style={{ width: '13%' }}>{second}</th>
            <th>联建点（个）</th>
            {TOTAL_HEADS.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <td>{g.name}</td>
              <td>{groupBy === 'township' ? g.detail : [g.detail, g.townships.join('、')].filter(Boolean).join(' / ')}</td>
              <td className="num">{g.pairings.length}</td>
              <TotalsCells t={g} />
            </tr>
          ))}
          <tr className="total">
            <td>合计</td>
            <td />
            <td className="num">{groups.reduce((n, g) => n + g.pairings.length, 0)}</td>
            <TotalsCells t={view.total} />
          </tr>
        </tbody>
      </table>
      {groups.map((g) => (
        <div key={g.key} className="cq-sv-section">
          <h2>
            {g.name}
            {g.detail ? `（${g.detail}）` : ''}：{g.pairings.length} 个联建点，月报报送率 {formatRate(g.rate)}
          </h2>
          <table>
            <thead>
              <tr>
                <th style={{ width: '10%' }}>联建编号</th>
                <th style={{ width: '17%' }}>企业</th>
                <th style={{ width: '9%' }}>村</th>
                <th style={{ width: '8%' }}>{groupBy === 'township' ? '挂钩领导' : '乡镇'}</th>
                {TOTAL_HEADS.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {g.pairings.map((p) => (
                <tr key={p.pairingId}>
                  <td>{p.code}</td>
                  <td>{p.enterpriseName}</td>
                  <td>{p.villageName}</td>
                  <td>{groupBy === 'township' ? p.leader : p.townshipName}</td>
                  <TotalsCells t={p} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p className="cq-sv-note">注：应报为统计月份中已批准、未终止的联建点每月一次；报送率＝已报÷应报；未整改问题为督查发现、尚未整改完毕的问题；台账数字为{view.year}年成效台账合计。</p>
    </>
  );
}
