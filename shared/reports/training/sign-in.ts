// 学员签到表 of a training class: the roster as the sheet people sign at the door — 序号,
// 姓名, 单位, 职务 and an empty 签名 column with rows tall enough to sign in. The same model
// feeds the print view and the .xlsx (sign-in-xlsx.ts).
import { formatDateRangeCn } from '../../model/parse-date';
import { classLabel } from '../../model/schemas/training';
import type { TrainingClass } from '../../model/training';
import type { TableModel } from '../xlsx-table';

export type SignInRow = { name: string; unit: string; post: string };

export type SignInSheet = {
  title: string;
  /** 「时间：2008年3月17日至21日 地点：县委党校 主办：县委组织部」, the parts set apart by ideographic spaces. */
  subtitle: string;
  rows: SignInRow[];
};

export function signInSheet(klass: Pick<TrainingClass, 'name' | 'session' | 'startDate' | 'endDate' | 'place' | 'organizer'>, rows: SignInRow[]): SignInSheet {
  const parts = [`时间：${formatDateRangeCn(klass.startDate, klass.endDate)}`];
  if (klass.place) parts.push(`地点：${klass.place}`);
  if (klass.organizer) parts.push(`主办：${klass.organizer}`);
  return { title: `${classLabel(klass)}学员签到表`, subtitle: parts.join('　'), rows };
}

export function signInTable(sheet: SignInSheet): TableModel {
  return {
    title: sheet.title,
    subtitle: sheet.subtitle,
    sheetName: '签到表',
    columns: [
      { header: '序号', kind: 'integer', width: 6 },
      { header: '姓名', kind: 'text', width: 12 },
      { header: '单位', kind: 'text', width: 34 },
      { header: '职务', kind: 'text', width: 20 },
      { header: '签名', kind: 'text', width: 18 },
    ],
    rows: sheet.rows.map((r, i) => [i + 1, r.name, r.unit, r.post, '']),
  };
}
