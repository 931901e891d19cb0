// 荣誉证书: one page per honouree from an adjustable layout, previewed at scale; an offset per
// printer (套打 on pre-printed certificate paper) with a calibration page; the whole batch
// printed as one job (one PDF), each page the certificate's own size.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Alert, App, AutoComplete, Button, Card, Checkbox, Col, Row, Select, Space, Typography } from 'antd';
import { PrinterOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import type { Nominee } from '@shared/model/types';
import { isCountyRound, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { checkLayout, defaultLayout, PAPER_PRESETS, type CertificateLayout, type CertificateValues, type PrinterOffset } from '@shared/reports/commendation/certificate';
import { groupHonours } from '@shared/reports/commendation/name-list';
import { decisionDefaults } from '@shared/reports/commendation/decision';
import { errorMessages } from '../../ui/errors';
import { useReport, fileSafe, useOfficeInfo, type Lookups } from './data';
import { choosePrinter, offsetFor, saveLayout, savePrinterOffset, useCertificateSettings } from './certificate-settings';
import { CertificateLayoutEditor } from './CertificateLayoutEditor';
import { CalibrationPage, CertificatePage, certificatePageCss, fitScale, ScaledPage } from './print/CertificatePages';
import { PrintPreview } from './print/PrintPreview';
import { NumberInput } from '../../ui/NumberInput';

type Props = { round: CommendationRoundRecord; nominees: Nominee[]; lookups: Lookups };

/** The width of an element, following resizes (so the preview fits its card). */
function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth || fallback));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}

export function CertificatesTab({ round, nominees, lookups }: Props) {
  const { message } = App.useApp();
  const office = useOfficeInfo();
  const settings = useCertificateSettings();
  const [layout, setLayout] = useState<CertificateLayout>();
  const [printer, setPrinter] = useState('');
  const [offset, setOffset] = useState<PrinterOffset>({ xMm: 0, yMm: 0 });
  const [previewIndex, setPreviewIndex] = useState(0);
  const [frame, setFrame] = useState(true);
  const [printing, setPrinting] = useState<'none' | 'certificates' | 'calibration'>('none');
  const previewBox = useRef<HTMLDivElement>(null);
  const previewWidth = useElementWidth(previewBox, 520);

  useEffect(() => {
    if (!settings) return;
    setLayout((l) => l ?? settings.layout);
    setPrinter(settings.printer);
    setOffset(offsetFor(settings));
  }, [settings]);

  const report = useReport(round, nominees, lookups);
  const certificates = useMemo<CertificateValues[]>(() => {
    // A round of the 上级党委 is issued by it (设置 → 上级党委), not by the county.
    const issuer = isCountyRound(round) ? round.decision?.signature || decisionDefaults(report, office).signature : office.superiorName || `上级党委（${round.level}）`;
    const ordered = groupHonours(report).flatMap((t) => t.groups.flatMap((g) => g.entries));
    return ordered.map((e, i) => ({ name: e.displayName, title: e.title, year: round.year, issuer, date: round.decisionDate, docNumber: round.docNumber, serial: i + 1 }));
  }, [report, round, office]);

  if (!layout || !settings) return null;
  const approved = round.status === '批准';
  const checked = checkLayout(layout);
  const sample = certificates[Math.min(previewIndex, certificates.length - 1)];
  const landscape = layout.widthMm > layout.heightMm;
  const paperName = PAPER_PRESETS.find((p) => p.key === layout.paperKey)?.label ?? `${layout.widthMm}×${layout.heightMm} mm`;

  const act = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      message.success(done);
    } catch (e) {
      message.error(errorMessages(e).join('；'));
    }
  };

  return (
    <Row gutter={[16, 12]}>
      <Col span={24}>
        <Card size="small" title="证书版式">
          <CertificateLayoutEditor layout={layout} onChange={setLayout} />
          {!checked.ok && <Alert type="error" showIcon style={{ marginTop: 8 }} title={checked.error} />}
          <Space style={{ marginTop: 12 }} wrap>
            <Button icon={<SaveOutlined />} disabled={!checked.ok} onClick={() => void act(() => saveLayout(layout), '已保存证书版式')}>
              保存版式
            </Button>
            <Button icon={<UndoOutlined />} onClick={() => setLayout(defaultLayout(PAPER_PRESETS.find((p) => p.key === layout.paperKey) ?? PAPER_PRESETS[0]))}>
              恢复默认版式
            </Button>
          </Space>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="套打校准（按打印机分别保存）">
          <Space wrap>
            <span>打印机</span>
            <AutoComplete
              aria-label="打印机名称"
              style={{ width: 200 }}
              value={printer}
              placeholder="如：办公室 HP 1020"
              options={Object.keys(settings.offsets).map((p) => ({ value: p }))}
              onChange={(name: string) => {
                setPrinter(name);
                if (settings.offsets[name]) setOffset(settings.offsets[name]);
              }}
              onSelect={(name: string) => void choosePrinter(name)}
            />
            <span>左右偏移</span>
            <NumberInput standalone aria-label="左右偏移" min={-30} max={30} unit="mm" value={offset.xMm} onChange={(v) => setOffset({ ...offset, xMm: typeof v === 'number' ? v : v === undefined ? 0 : offset.xMm })} style={{ width: 120 }} />
            <span>上下偏移</span>
            <NumberInput standalone aria-label="上下偏移" min={-30} max={30} unit="mm" value={offset.yMm} onChange={(v) => setOffset({ ...offset, yMm: typeof v === 'number' ? v : v === undefined ? 0 : offset.yMm })} style={{ width: 120 }} />
            <Button onClick={() => void act(() => savePrinterOffset(printer, offset), `已保存打印机「${printer.trim()}」的偏移`)}>保存校准</Button>
            <Button onClick={() => setPrinting('calibration')}>打印校准页</Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            正数向右、向下移动文字。先用白纸打印校准页，按页上的说明量出偏移，保存后再用证书纸打印。
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title="预览"
          extra={
            <Checkbox checked={frame} onChange={(e) => setFrame(e.target.checked)}>
              显示证书边框（不打印）
            </Checkbox>
          }
        >
          {certificates.length > 0 && (
            <Select
              aria-label="预览对象"
              style={{ width: '100%', marginBottom: 8 }}
              value={Math.min(previewIndex, certificates.length - 1)}
              onChange={setPreviewIndex}
              options={certificates.map((c, i) => ({ value: i, label: `${i + 1}. ${c.name}（${c.title}）` }))}
            />
          )}
          <div ref={previewBox} />
          {sample ? (
            <ScaledPage layout={layout} scale={fitScale(layout, previewWidth - 8)}>
              <CertificatePage layout={layout} offset={offset} values={sample} frame={frame} />
            </ScaledPage>
          ) : (
            <Alert type="info" showIcon title="推荐名单为空，没有可预览的证书" />
          )}
          {sample && !sample.issuer && <Alert type="warning" showIcon style={{ marginTop: 8 }} title="表彰单位为空：请在「表彰决定」中填写署名并保存" />}
          {!approved && <Alert type="info" showIcon style={{ marginTop: 8 }} title="表彰批准后才能打印证书（证书上的日期为决定日期）" />}
          <Button
            type="primary"
            block
            icon={<PrinterOutlined />}
            style={{ marginTop: 12 }}
            disabled={!approved || certificates.length === 0 || !checked.ok}
            onClick={() => setPrinting('certificates')}
          >
            打印证书（{certificates.length}张，{paperName}）
          </Button>
        </Card>
      </Col>
      <PrintPreview
        open={printing === 'certificates'}
        title={`打印荣誉证书（${certificates.length}张）`}
        fileName={fileSafe(`荣誉证书_${round.year}年度${round.level}表彰`)}
        landscape={landscape}
        pageCss={certificatePageCss(layout)}
        onClose={() => setPrinting('none')}
        screen={certificates.map((c) => (
          <ScaledPage key={c.serial} layout={layout} scale={fitScale(layout, 900)}>
            <CertificatePage layout={layout} offset={offset} values={c} frame={frame} />
          </ScaledPage>
        ))}
        print={certificates.map((c) => (
          <CertificatePage key={c.serial} layout={layout} offset={offset} values={c} />
        ))}
      />
      <PrintPreview
        open={printing === 'calibration'}
        title="打印校准页"
        fileName="证书套打校准页"
        landscape={landscape}
        pageCss={certificatePageCss(layout)}
        onClose={() => setPrinting('none')}
        screen={
          <ScaledPage layout={layout} scale={fitScale(layout, 900)}>
            <CalibrationPage layout={layout} offset={offset} />
          </ScaledPage>
        }
        print={<CalibrationPage layout={layout} offset={offset} />}
      />
    </Row>
  );
}
