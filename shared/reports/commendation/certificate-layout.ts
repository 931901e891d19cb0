// The certificate layout's shapes and defaults (paper presets, fonts, field positions), apart
// from certificate.ts's schemas so the settings' defaults need no zod (read at every start).

export type PaperPreset = { key: string; label: string; widthMm: number; heightMm: number };

export const PAPER_PRESETS: readonly PaperPreset[] = [
  { key: 'insert-260x185', label: '证书内芯 260×185 mm（横向）', widthMm: 260, heightMm: 185 },
  { key: 'a4-landscape', label: 'A4 横向 297×210 mm', widthMm: 297, heightMm: 210 },
  { key: 'insert-285x210', label: '大号证书内芯 285×210 mm（横向）', widthMm: 285, heightMm: 210 },
  { key: 'a4-portrait', label: 'A4 纵向 210×297 mm', widthMm: 210, heightMm: 297 },
];

export const CERTIFICATE_FONTS = {
  kai: { label: '楷体', css: "'楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'AR PL UKai CN', serif" },
  song: { label: '宋体', css: "'宋体', 'SimSun', 'Noto Serif CJK SC', serif" },
  fangsong: { label: '仿宋', css: "'仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', serif" },
  hei: { label: '黑体', css: "'黑体', 'SimHei', 'Noto Sans CJK SC', sans-serif" },
  xiaobiaosong: { label: '方正小标宋', css: "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', '宋体', 'SimSun', serif" },
} as const;

export type CertificateFont = keyof typeof CERTIFICATE_FONTS;

export type CertificateFieldKey = 'recipient' | 'body' | 'issuer' | 'date' | 'serial';

export type CertificateField = {
  key: CertificateFieldKey;
  /** Text with placeholders {名称} {称号} {年度} {表彰单位} {日期} {文号} {序号}. */
  template: string;
  xMm: number;
  yMm: number;
  widthMm: number;
  fontPt: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  align: 'left' | 'center' | 'right';
  font: CertificateFont;
  bold: boolean;
  visible: boolean;
};

export type CertificateLayout = { paperKey: string; widthMm: number; heightMm: number; fields: CertificateField[] };

export const FIELD_LABELS: Record<CertificateFieldKey, string> = {
  recipient: '获奖者',
  body: '证书正文',
  issuer: '表彰单位',
  date: '日期',
  serial: '证书编号',
};

export const PLACEHOLDERS = ['{名称}', '{称号}', '{年度}', '{表彰单位}', '{日期}', '{文号}', '{序号}'] as const;

/** A layout for the paper, with positions scaled from the 260×185 mm insert. */
export function defaultLayout(paper: PaperPreset = PAPER_PRESETS[0]): CertificateLayout {
  const sx = paper.widthMm / 260;
  const sy = paper.heightMm / 185;
  const f = (key: CertificateFieldKey, template: string, x: number, y: number, w: number, fontPt: number, align: CertificateField['align'], extra: Partial<CertificateField> = {}): CertificateField => ({
    key,
    template,
    xMm: Math.round(x * sx),
    yMm: Math.round(y * sy),
    widthMm: Math.round(w * sx),
    fontPt,
    lineHeight: 1.8,
    align,
    font: 'kai',
    bold: false,
    visible: true,
    ...extra,
  });
  return {
    paperKey: paper.key,
    widthMm: paper.widthMm,
    heightMm: paper.heightMm,
    fields: [
      f('recipient', '{名称}：', 35, 58, 190, 22, 'left', { bold: true }),
      f('body', '　　在{年度}年度村企党组织联建活动中成绩突出，被评为“{称号}”。特发此证，以资鼓励。', 35, 76, 190, 20, 'left'),
      f('issuer', '{表彰单位}', 130, 132, 100, 18, 'center'),
      f('date', '{日期}', 130, 145, 100, 18, 'center'),
      f('serial', '编号：{文号}-{序号}', 35, 165, 90, 10, 'left', { font: 'song', visible: false, lineHeight: 1.2 }),
    ],
  };
}
