// Large enterprise lists for the import benchmark, written with ExcelJS's streaming writer
// (shared strings, a date-formatted cell) the way Excel stores them: a title row, the header,
// then n rows of 15 columns of Chinese text, codes, numbers and dates.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { makeUscc } from '../../fixtures/spreadsheets/office-lists';

export const ENTERPRISE_HEADER = ['企业名称', '统一社会信用代码', '所属乡镇', '行业', '经济类型', '是否规上', '从业人员（人）', '年产值（万元）', '成立年份', '党组织类型', '党组织建立时间', '党组织书记', '党员数（人）', '联系人', '联系电话'];

const TOWNSHIPS = ['河田镇', '大同镇', '长汀经济开发区'];
const INDUSTRIES = ['纺织服装', '食品加工', '竹木加工', '稀土新材料', '机械制造'];
const OWNERSHIPS = ['私营', '个体', '股份合作', '外资'];
const ORG_TYPES = ['党委', '党总支', '党支部', '联合党支部', '未建立'];
const SURNAMES = '陈林黄张李王吴刘蔡杨赖钟罗邱';

export async function enterpriseListBytes(n: number): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet('企业');
  ws.addRow(['长汀县非公企业基本情况表']).commit();
  ws.addRow(ENTERPRISE_HEADER).commit();
  for (let i = 0; i < n; i++) {
    const type = ORG_TYPES[i % ORG_TYPES.length];
    const none = type === '未建立';
    const row = ws.addRow([
      `长汀县${SURNAMES[i % SURNAMES.length]}氏第${i + 1}实业有限公司`,
      makeUscc(i + 1),
      TOWNSHIPS[i % 3],
      INDUSTRIES[i % INDUSTRIES.length],
      OWNERSHIPS[i % OWNERSHIPS.length],
      i % 7 === 0 ? '是' : '否',
      10 + (i % 900),
      Math.round((i % 5000) * 12.5) / 10,
      1980 + (i % 28),
      type,
      none ? null : new Date(Date.UTC(1995 + (i % 13), i % 12, 1 + (i % 28))),
      none ? null : `${SURNAMES[(i + 3) % SURNAMES.length]}建华`,
      none ? null : 3 + (i % 60),
      `${SURNAMES[(i + 5) % SURNAMES.length]}明`,
      `139${String(i).padStart(8, '0')}`,
    ]);
    if (!none) row.getCell(11).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
