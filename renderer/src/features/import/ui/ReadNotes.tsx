// What reading a file did besides taking its cells as written, shown with the preview: values
// of merged cells filled down into the rows they cover, and warnings about the file itself
// (macros not run, formulas whose saved results were taken). Used by the import wizard and the
// tally import alike.
import { Alert, Typography } from 'antd';
import { describeFill, type FillDown } from '@shared/io/fill-down';

/** Merges listed per sheet before the rest are only counted. */
const SHOWN = 8;

export type SheetFillNote = { where: string; fills: readonly FillDown[] };

export function FillNotes({ sheets }: { sheets: readonly SheetFillNote[] }) {
  const all = sheets.flatMap((s) => s.fills.map((f) => `${s.where} · ${describeFill(f)}`));
  if (all.length === 0) return null;
  const cells = sheets.reduce((n, s) => n + s.fills.reduce((m, f) => m + f.rows.length, 0), 0);
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="fill-down-note"
      title={`合并单元格已按行填充：${all.length} 处合并的值填入了其下 ${cells} 个单元格（一个值合并在多行上，属于其中每一行）`}
      description={
        <div>
          {all.slice(0, SHOWN).map((line) => (
            <div key={line}>{line}</div>
          ))}
          {all.length > SHOWN && <Typography.Text type="secondary">另有 {all.length - SHOWN} 处</Typography.Text>}
        </div>
      }
    />
  );
}

export function FileWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="file-warnings"
      title="请注意文件中的以下情况"
      description={
        <div>
          {warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </div>
      }
    />
  );
}
