// The certificate layout and the per-printer offsets (套打 calibration), kept in the settings
// table under this feature's own keys. A stored value that no longer checks out falls back to
// the default layout rather than printing from a broken one.
import { useLiveQuery } from 'dexie-react-hooks';
import { checkLayout, checkOffset, type CertificateLayout, type PrinterOffset } from '@shared/reports/commendation/certificate';
import { getStore } from '../../db';
import { getSetting, setSetting } from '../../db/settings';
import { ValidationError } from '../../db/repositories/entity-repository';

export type CertificateSettings = {
  layout: CertificateLayout;
  offsets: Record<string, PrinterOffset>;
  /** The printer chosen last; its offset applies. */
  printer: string;
};

const ZERO: PrinterOffset = { xMm: 0, yMm: 0 };

export function offsetFor(settings: CertificateSettings): PrinterOffset {
  return settings.offsets[settings.printer] ?? ZERO;
}

// Each key is checked by its schema in shared/model/settings.ts (a broken stored value reads
// as its default, with a notice in the frame).
async function read(): Promise<CertificateSettings> {
  const { db } = getStore();
  const [layout, offsets, printer] = await Promise.all([
    getSetting(db, 'commendation.certificateLayout'),
    getSetting(db, 'commendation.printerOffsets'),
    getSetting(db, 'commendation.printer'),
  ]);
  return { layout, offsets, printer };
}

export function useCertificateSettings(): CertificateSettings | undefined {
  return useLiveQuery(read, []);
}

export async function saveLayout(layout: CertificateLayout): Promise<void> {
  const r = checkLayout(layout);
  if (!r.ok) throw new ValidationError([r.error]);
  await setSetting(getStore().db, 'commendation.certificateLayout', layout);
}

/** Saves the offset of one printer (by the name the user types) and makes it the current one. */
export async function savePrinterOffset(printer: string, offset: PrinterOffset): Promise<void> {
  const name = printer.trim();
  if (!name) throw new ValidationError(['请填写打印机名称，如「办公室 HP 1020」']);
  if (name.length > 60) throw new ValidationError(['打印机名称不能超过60个字']);
  const r = checkOffset(offset);
  if (!r.ok) throw new ValidationError([r.error]);
  const { db } = getStore();
  // Both keys change together, so the offset shown is always the chosen printer's.
  await db.transaction('rw', db.settings, async () => {
    const current = await getSetting(db, 'commendation.printerOffsets');
    await setSetting(db, 'commendation.printerOffsets', { ...current, [name]: r.value });
    await setSetting(db, 'commendation.printer', name);
  });
}

export async function choosePrinter(printer: string): Promise<void> {
  await setSetting(getStore().db, 'commendation.printer', printer.trim());
}
