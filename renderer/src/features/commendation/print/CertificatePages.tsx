// Certificate pages at their real size in millimetres: one page per honouree, the printer's
// offset (套打 calibration) added to every position. The same component draws the on-screen
// preview (scaled, with a frame standing in for the pre-printed paper) and the print view.
import { CERTIFICATE_FONTS, fillTemplate, type CertificateLayout, type CertificateValues, type PrinterOffset } from '@shared/reports/commendation/certificate';

const PX_PER_MM = 96 / 25.4;

/** The named page the certificates print on, sized from the layout. */
export function certificatePageCss(layout: CertificateLayout): string {
  return `
@page cq-cert { size: ${layout.widthMm}mm ${layout.heightMm}mm; margin: 0; }
.cq-print-root .cq-cert-page { page: cq-cert; }
`;
}

type PageProps = { layout: CertificateLayout; offset: PrinterOffset; values: CertificateValues; frame?: boolean };

export function CertificatePage({ layout, offset, values, frame }: PageProps) {
  return (
    <div className="cq-cert-page" style={{ width: `${layout.widthMm}mm`, height: `${layout.heightMm}mm` }} data-testid="certificate-page">
      {frame && <div className="cq-cert-frame" />}
      {layout.fields
        .filter((f) => f.visible)
        .map((f) => (
          <div
            key={f.key}
            className="cq-cert-field"
            style={{
              left: `${f.xMm + offset.xMm}mm`,
              top: `${f.yMm + offset.yMm}mm`,
              width: `${f.widthMm}mm`,
              fontSize: `${f.fontPt}pt`,
              lineHeight: f.lineHeight,
              textAlign: f.align,
              fontFamily: CERTIFICATE_FONTS[f.font].css,
              fontWeight: f.bold ? 700 : 400,
            }}
          >
            {fillTemplate(f.template, values)}
          </div>
        ))}
    </div>
  );
}

/** A page at `scale` of its size, for the screen. */
export function ScaledPage({ layout, scale, children }: { layout: CertificateLayout; scale: number; children: React.ReactNode }) {
  return (
    <div style={{ width: layout.widthMm * PX_PER_MM * scale, height: layout.heightMm * PX_PER_MM * scale, overflow: 'hidden', boxShadow: '0 1px 4px rgba(0,0,0,.25)', background: '#fff', margin: '0 auto 12px' }}>
      <div style={{ transform: `scale(${scale})`, transformOrigin: 'top left' }}>{children}</div>
    </div>
  );
}

/** Scale that fits a page into `widthPx`. */
export function fitScale(layout: CertificateLayout, widthPx: number): number {
  return Math.min(1, widthPx / (layout.widthMm * PX_PER_MM));
}

const MARK_MM = 20;

/** 校准页: crosses 20 mm from the top-left and bottom-right corners; measure them on the printed page. */
export function CalibrationPage({ layout, offset }: { layout: CertificateLayout; offset: PrinterOffset }) {
  const cross = (x: number, y: number, key: string) => [
    <div key={`${key}h`} className="cq-cert-mark" style={{ left: `${x - 8 + offset.xMm}mm`, top: `${y + offset.yMm}mm`, width: '16mm', height: '0.3mm' }} />,
    <div key={`${key}v`} className="cq-cert-mark" style={{ left: `${x + offset.xMm}mm`, top: `${y - 8 + offset.yMm}mm`, width: '0.3mm', height: '16mm' }} />,
  ];
  return (
    <div className="cq-cert-page" style={{ width: `${layout.widthMm}mm`, height: `${layout.heightMm}mm` }}>
      {cross(MARK_MM, MARK_MM, 'a')}
      {cross(layout.widthMm - MARK_MM, layout.heightMm - MARK_MM, 'b')}
      <div className="cq-cert-field" style={{ left: `${40 + offset.xMm}mm`, top: `${40 + offset.yMm}mm`, width: `${layout.widthMm - 80}mm`, fontSize: '12pt', lineHeight: 1.8 }}>
        {`证书套打校准页（纸张 ${layout.widthMm}×${layout.heightMm} mm）\n用尺量左上角十字中心到纸张左边、上边的距离，应各为 ${MARK_MM} mm。\n若量得左边 ${MARK_MM + 2} mm，则「左右偏移」填 -2；量得上边 ${MARK_MM - 1} mm，则「上下偏移」填 1。\n调整后再打印本页核对，直到两个十字都在 ${MARK_MM} mm 处。`}
      </div>
    </div>
  );
}
