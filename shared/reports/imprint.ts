// 版记 of an official document (GB/T 9704-2012 §7.4): 抄送机关, 印发机关 and 印发日期 between
// full-width rules, at the foot of the document's last even page. The text rules live here,
// shared by the .docx builder and the print view:
//   抄送 — 4号 仿宋, one character in on each side, 「抄送：」, the organs separated by
//     full-width commas, a full stop after the last; a second line aligns under the first organ.
//   印发 — 印发机关 one character in from the left, 印发日期 one character in from the right,
//     the date written out in full without zero padding and followed by 「印发」.
//   Rules — the first and the last as thick as 0.35 mm, the one between as thin as 0.25 mm.
import { formatDateCn } from '../model/parse-date';

export type Imprint = {
  /** 抄送机关, separated by 、，, ；or line breaks; blank when the document is sent to no one else. */
  copyTo?: string;
  /** 印发机关, e.g. 中共长汀县委办公室 */
  printingOrg: string;
  /** 印发日期 as an ISO date (2008-12-03). */
  printDate: string;
};

/** The three parts as printed. */
export type ImprintText = { copyTo?: string; printingOrg: string; printDate: string };

/** 「抄送：县人大常委会党组，县政府党组。」 from whatever separators the office typed. */
export function copyToLine(copyTo: string | undefined): string | undefined {
  const organs = (copyTo ?? '')
    .replace(/^\s*抄送[:：]?/, '')
    .split(/[，,、;；\r\n]+/)
    .map((o) => o.trim().replace(/[。.]+$/, ''))
    .filter(Boolean);
  return organs.length ? `抄送：${organs.join('，')}。` : undefined;
}

export function imprintText(imprint: Imprint): ImprintText {
  return {
    copyTo: copyToLine(imprint.copyTo),
    printingOrg: imprint.printingOrg.trim(),
    printDate: `${formatDateCn(imprint.printDate)}印发`,
  };
}

/** 4号 characters on a 版记 line: the 156 mm type area less one 4号 character each side. */
export const IMPRINT_CHARS_PER_LINE = 29;

/** Lines the 抄送 takes: a second line continues under the first organ (after 「抄送：」). */
export function copyToLines(line: string | undefined): number {
  if (!line) return 0;
  let width = 0;
  for (const ch of line) width += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  if (width <= IMPRINT_CHARS_PER_LINE) return 1;
  return 1 + Math.ceil((width - IMPRINT_CHARS_PER_LINE) / (IMPRINT_CHARS_PER_LINE - 3));
}

/** Lines of the whole 版记 (each one line of the 22-line grid). */
export function imprintLines(text: ImprintText): number {
  return copyToLines(text.copyTo) + 1;
}
