// The archive card's print view (联建档案卡): the card on an A4 sheet as a preview, printed
// with its own page rule (A4, margins 37/35/28/26 mm, 「— 1 —」 page numbers) through the
// host — the print dialog, or a PDF — and exportable as .docx.
import { useParams, useNavigate } from 'react-router';
import { App, Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, FilePdfOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { todayIso } from '@shared/model/pairing-rules';
import { packArchiveCard } from '@shared/reports/archive-card-docx';
import { host } from '../../host';
import { useSetting } from '../../app/use-setting';
import { archiveCard, useArchive } from './archive-data';
import { ArchiveCardView } from './ArchiveCardView';

const PAGE_NUMBER = `content: "— " counter(page) " —"; font-family: "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 14pt; vertical-align: top; padding-top: 7mm;`;

/** A4 with the GB/T 9704 margins; 「— 1 —」 at the outer edge, odd pages right and even pages left (§7.5). */
export const CARD_PAGE_RULE = `@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; } @page :right { @bottom-right { ${PAGE_NUMBER} padding-right: 5mm; } } @page :left { @bottom-left { ${PAGE_NUMBER} padding-left: 5mm; } }`;

export function ArchiveCardPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const data = useArchive(id);
  const [office] = useSetting('office');
  if (data === undefined) return <Spin />;
  if (data === null) return <Result status="404" title="联建不存在或已删除" />;
  const card = archiveCard(data, office.unitName, todayIso());
  const name = `联建档案卡_${data.pairing.code}`;

  const report = (r: { ok: boolean; error?: string; cancelled?: boolean }, done: string) => {
    if (r.ok) message.success(done);
    else if (!r.cancelled) message.error(r.error);
  };

  return (
    <div>
      <style>{CARD_PAGE_RULE}</style>
      <Space className="no-print" style={{ marginBottom: 12 }} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/pairings/${data.pairing.id}`)}>
          返回档案
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={async () => report(await host.print({ title: name, landscape: false }), '已发送到打印')}>
          打印
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          onClick={async () => {
            const r = await host.printToPdf({ title: name, defaultName: `${name}.pdf`, landscape: false });
            report(r, r.ok ? `PDF：${r.value.location}` : '');
          }}
        >
          导出 PDF
        </Button>
        <Button
          icon={<FileWordOutlined />}
          onClick={async () => {
            const bytes = await packArchiveCard(card);
            const r = await host.saveFile({ title: '导出联建档案卡', defaultName: `${name}.docx`, bytes: bytes as Uint8Array<ArrayBuffer>, filters: [{ name: 'Word 文档', extensions: ['docx'] }] });
            report(r, r.ok ? `已导出：${r.value.location}` : '');
          }}
        >
          导出 Word
        </Button>
      </Space>
      <ArchiveCardView card={card} />
    </div>
  );
}
