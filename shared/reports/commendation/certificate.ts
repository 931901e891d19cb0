// 荣誉证书: the layout of a certificate page (paper, and where each line of text goes) and
// the text of one certificate. Positions are millimetres from the paper's top-left corner,
// so a layout prints the same on any printer; the printer's own offset (套打 calibration)
// is added when printing.
import { z } from 'zod';
import { formatDateCn } from '../../model/parse-date';
import { fail, ok, type Result } from '../../model/result';

export { PAPER_PRESETS, CERTIFICATE_FONTS, FIELD_LABELS, PLACEHOLDERS, defaultLayout } from './certificate-layout';
export type { PaperPreset, CertificateFont, CertificateFieldKey, CertificateField, CertificateLayout } from './certificate-layout';
import { CERTIFICATE_FONTS, FIELD_LABELS, type CertificateFont, type CertificateLayout } from './certificate-layout';

export type CertificateValues = {
  name: string;
  title: string;
  year: number;
  issuer: string;
  /** ISO date of the decision. */
  date?: string;
  docNumber?: string;
  serial: number;
};

export function fillTemplate(template: string, v: CertificateValues): string {
  const map: Record<string, string> = {
    '{名称}': v.name,
    '{称号}': v.title,
    '{年度}': String(v.year),
    '{表彰单位}': v.issuer,
    '{日期}': v.date ? formatDateCn(v.date) : '',
    '{文号}': v.docNumber ?? '',
    '{序号}': String(v.serial).padStart(3, '0'),
  };
  return template.replace(/\{(名称|称号|年度|表彰单位|日期|文号|序号)\}/g, (m) => map[m]);
}

/** A layout read from settings: anything missing or out of range is refused, so printing never uses a broken layout. */
export function checkLayout(layout: CertificateLayout): Result<CertificateLayout> {
  if (!(layout.widthMm >= 50 && layout.widthMm <= 500 && layout.heightMm >= 50 && layout.heightMm <= 500)) return fail('纸张尺寸应在 50～500 mm 之间');
  for (const field of layout.fields) {
    const label = FIELD_LABELS[field.key] ?? field.key;
    if (!(field.fontPt >= 6 && field.fontPt <= 96)) return fail(`「${label}」的字号应在 6～96 磅之间`);
    if (!(field.xMm >= 0 && field.yMm >= 0 && field.xMm < layout.widthMm && field.yMm < layout.heightMm)) return fail(`「${label}」的位置超出了纸张`);
    if (!(field.widthMm > 0 && field.xMm + field.widthMm <= layout.widthMm + 0.01)) return fail(`「${label}」的宽度超出了纸张右边`);
  }
  return ok(layout);
}

export type PrinterOffset = { xMm: number; yMm: number };

/** Offsets are small corrections: more than 30 mm means a typing error, not a printer. */
export function checkOffset(o: PrinterOffset): Result<PrinterOffset> {
  if (!Number.isFinite(o.xMm) || !Number.isFinite(o.yMm) || Math.abs(o.xMm) > 30 || Math.abs(o.yMm) > 30) return fail('偏移量应在 -30～30 mm 之间');
  return ok(o);
}

const mm = z.number({ error: '位置和尺寸应为毫米数' }).refine(Number.isFinite, '位置和尺寸应为毫米数');

/** A stored layout (setting commendation.certificateLayout): the shape, then checkLayout's ranges. */
export const certificateLayoutSchema = z
  .object({
    paperKey: z.string({ error: '纸张应为文字' }).max(40, '纸张名称过长'),
    widthMm: mm,
    heightMm: mm,
    fields: z
      .array(
        z.object({
          key: z.enum(['recipient', 'body', 'issuer', 'date', 'serial'], { error: '证书内容项不对' }),
          template: z.string({ error: '证书文字应为文字' }).max(500, '证书文字不能超过500个字'),
          xMm: mm,
          yMm: mm,
          widthMm: mm,
          fontPt: z.number({ error: '字号应为数字' }),
          lineHeight: z.number({ error: '行距应为数字' }).min(0.5, '行距应在 0.5～5 之间').max(5, '行距应在 0.5～5 之间'),
          align: z.enum(['left', 'center', 'right'], { error: '对齐方式不对' }),
          font: z.enum(Object.keys(CERTIFICATE_FONTS) as [CertificateFont, ...CertificateFont[]], { error: '字体不对' }),
          bold: z.boolean({ error: '加粗应为是或否' }),
          visible: z.boolean({ error: '显示应为是或否' }),
        }),
        { error: '证书版式应列出各项内容' },
      )
      .max(20, '证书内容项过多'),
  }, { error: '证书版式格式不对' })
  .superRefine((layout, ctx) => {
    const r = checkLayout(layout);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
  });

/** A stored 套打 offset of one printer. */
export const printerOffsetSchema = z
  .object({ xMm: z.number({ error: '偏移量应为数字' }), yMm: z.number({ error: '偏移量应为数字' }) }, { error: '偏移量格式不对' })
  .superRefine((o, ctx) => {
    const r = checkOffset(o);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
  });
