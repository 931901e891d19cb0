// 催报名单 on paper: who has not reported the month, with the liaisons to call and the 挂钩领导,
// after each township's counts. Drawn the same in the preview and on paper.
import { dateLabel, formatRate, monthLabel, REPORT_STATUS_LABELS, reportRate } from '@shared/model/monthly-report';
import { chaseRows, type Board } from '@shared/reports/supervision/monthly-board';

export function ChaseListSheet({ board, title, printedOn }: { board: Board; title: string; printedOn: string }) {
  const rows = chaseRows(board);
  const t = board.total;
  return (
    <>
      <h1>{title}</h1>
      <div className="cq-sv-subtitle">
        <span>报送截止日期：{dateLabel(board.deadline)}</span>
        <span>
          应报 {t.due} 个，已报 {t.reported} 个，未报 {rows.length} 个，报送率 {formatRate(reportRate(t))}
        </span>
        <span>打印日期：{printedOn}</span>
      </div>
      <table aria-label="各乡镇报送情况">
        <colgroup>
          <col style={{ width: '22%' }} />
          <col style={{ width: '14%' }} />
          <col />
          <col />
          <col />
          <col />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th>乡镇（开发区）</th>
            <th>挂钩领导</th>
            <th>应报</th>
            <th>已报</th>
            <th>其中逾期</th>
            <th>未报</th>
            <th>其中逾期未报</th>
            <th>报送率</th>
          </tr>
        </thead>
        <tbody>
          {board.townships.map((l) => (
            <tr key={l.townshipId}>
              <td>{l.name}</td>
              <td>{l.leader}</td>
              <td className="num">{l.counts.due}</td>
              <td className="num">{l.counts.reported}</td>
              <td className="num">{l.counts.late}</td>
              <td className="num">{l.counts.pending + l.counts.overdue}</td>
              <td className="num">{l.counts.overdue}</td>
              <td className="num">{formatRate(reportRate(l.counts))}</td>
            </tr>
          ))}
          <tr className="total">
            <td>合计</td>
            <td />
            <td className="num">{t.due}</td>
            <td className="num">{t.reported}</td>
            <td className="num">{t.late}</td>
            <td className="num">{t.pending + t.overdue}</td>
            <td className="num">{t.overdue}</td>
            <td className="num">{formatRate(reportRate(t))}</td>
          </tr>
        </tbody>
      </table>
      <h2>未报名单（{monthLabel(board.month)}）</h2>
      <table aria-label="未报名单">
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '7%' }} />
          <col style={{ width: '8%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>乡镇</th>
            <th>联建编号</th>
            <th>企业名称</th>
            <th>村名称</th>
            <th>企业联络员</th>
            <th>村联络员</th>
            <th>挂钩领导</th>
            <th>情况</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={9}>全部已报送</td>
            </tr>
          )}
          {rows.map((r, i) => (
            <tr key={r.pairingId}>
              <td className="num">{i + 1}</td>
              <td>{r.townshipName}</td>
              <td>{r.code}</td>
              <td>{r.enterpriseName}</td>
              <td>{r.villageName}</td>
              <td>{r.enterpriseLiaison}</td>
              <td>{r.villageLiaison}</td>
              <td>{r.leader}</td>
              <td>{REPORT_STATUS_LABELS[r.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cq-sv-note">注：截止日之后报送的计为逾期；报送率＝已报÷应报。</p>
    </>
  );
}
