// 下载填报模板: the month's 月报表 for the township chosen on the board (one .xlsx), or for
// every township owing reports that month (a folder of files; a .zip in the browser edition).
import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { monthLabel } from '@shared/model/monthly-report';
import { ok } from '@shared/model/result';
import type { Board } from '@shared/reports/supervision/monthly-board';
import { host } from '../../../host';
import { useSetting } from '../../../app/use-setting';
import { saveXlsx, safeFileName } from '../save';

export function TemplateButton({ board, townshipId }: { board: Board | undefined; townshipId?: string }) {
  const { message } = App.useApp();
  const [office] = useSetting('office');
  const [busy, setBusy] = useState(false);
  const lines = board ? board.townships.filter((l) => !townshipId || l.townshipId === townshipId) : [];

  const download = async () => {
    if (!board || lines.length === 0) return;
    setBusy(true);
    try {
      // ExcelJS is loaded when a workbook is written, not with the page.
      const { buildReportTemplate, reportTemplateFileName } = await import('@shared/reports/supervision/report-template');
      const files = await Promise.all(
        lines.map(async (l) => ({
          name: safeFileName(reportTemplateFileName(l.name, board.month)),
          bytes: (await buildReportTemplate({
            countyName: office.countyName,
            unitName: office.unitName,
            townshipName: l.name,
            month: board.month,
            deadline: board.deadline,
            pairings: board.rows.filter((r) => r.townshipId === l.townshipId).map((r) => ({ code: r.code, enterpriseName: r.enterpriseName, villageName: r.villageName })),
          })) as Uint8Array<ArrayBuffer>,
        })),
      );
      if (files.length === 1) {
        await saveXlsx(ok(files[0].bytes), files[0].name, message);
        return;
      }
      const saved = await host.saveFiles({ title: '选择保存模板的文件夹', zipName: safeFileName(`${monthLabel(board.month)}村企联建月报表模板.zip`), files });
      if (saved.ok) message.success(`已生成 ${files.length} 个乡镇的月报表：${saved.value.location}`);
      else if (!saved.cancelled) message.error(`保存失败：${saved.error}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} disabled={lines.length === 0} onClick={() => void download()}>
      {townshipId ? '下载月报表模板' : `下载月报表模板（${lines.length} 个乡镇）`}
    </Button>
  );
}
