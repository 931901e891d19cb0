// The 版记 part of a document's form (抄送机关, 印发机关, 印发日期), with the defaults of 设置
// shown until the office changes them. Used by the 表彰决定, the 公示 and the 督查情况通报.
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ImprintDraft } from '@shared/model/schemas/imprint';

/** The form's values for the 版记: the date as the picker holds it. */
export type ImprintValues = { copyTo?: string; printingOrg?: string; printDate?: Dayjs | null };

/** Saved draft (or 设置's defaults where nothing was saved) → form values. */
export function imprintValues(saved: ImprintDraft | undefined, office: { copyTo?: string; printingOrg?: string }): ImprintValues {
  return {
    copyTo: saved?.copyTo ?? office.copyTo ?? '',
    printingOrg: saved?.printingOrg ?? office.printingOrg ?? '',
    printDate: saved?.printDate ? dayjs(saved.printDate) : null,
  };
}

/** Form values → what is stored and what the documents are built from. */
export function imprintDraft(v: ImprintValues): ImprintDraft {
  return { copyTo: v.copyTo ?? '', printingOrg: v.printingOrg ?? '', printDate: v.printDate ? v.printDate.format('YYYY-MM-DD') : undefined };
}

export function ImprintFields({ dateHint }: { dateHint: string }) {
  return (
    <>
      <Form.Item name="copyTo" label="抄送机关" extra="版记中的抄送机关，机关之间用逗号或顿号隔开；留空则不印抄送">
        <Input placeholder="如：县人大常委会党组，县政府党组，县政协党组" />
      </Form.Item>
      <Form.Item name="printingOrg" label="印发机关" extra="留空则不印版记">
        <Input placeholder="如：中共长汀县委办公室" />
      </Form.Item>
      <Form.Item name="printDate" label="印发日期">
        <DatePicker placeholder={dateHint} style={{ width: 200 }} />
      </Form.Item>
    </>
  );
}
