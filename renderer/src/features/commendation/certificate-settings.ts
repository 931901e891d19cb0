// The certificate layout and the per-printer offsets (套打 calibration), kept in the settings
// table under this feature's own keys. A stored value that no longer checks out falls back to
// the default layout rather than printing from a broken one.
import { useLiveQuery } from 'dexie-react-hooks';
import { checkLayout, checkOffset, defaultLayout, type CertificateLayout, type PrinterOffset } from '@shared/reports/commendation/certificate';
import { getStore } from '../../db';
import { ValidationError } from '../../db/repositories/entity-repository';

const LAYOUT_KEY = 'commendation.certificateLayout';
const OFFSETS_KEY = 'commendation.printerOffsets';
const PRINTER_KEY = 'commendation.printer';

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

async function read(): Promise<CertificateSettings> {
  const { db } = getStore();
  const [layout, offsets, printer] = await db.settings.bulkGet([LAYOUT_KEY, OFFSETS_KEY, PRINTER_KEY]);
  const stored = layout?.value as CertificateLayout | undefined;
  const checked = stored && Array.isArray(stored.fields) ? checkLayout(stored) : undefined;
  return {
    layout: checked?.ok ? checked.value : defaultLayout(),
    offsets: (offsets?.value as Record<string, PrinterOffset> | undefined) ?? {},
    printer: typeof printer?.value === 'string' ? printer.value : '',
  };
}

export function useCertificateSettings(): CertificateSettings | undefined {
  return useLiveQuery(read, []);
}

export async function saveLayout(layout: CertificateLayout): Promise<void> {
  const r = checkLayout(layout);
  if (!r.ok) throw new ValidationError([r.error]);
  await getStore().db.settings.put({ key: LAYOUT_KEY, value: layout });
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
    const current = ((await db.settings.get(OFFSETS_KEY))?.value as Record<string, PrinterOffset> | undefined) ?? {};
    await db.settings.put({ key: OFFSETS_KEY, value: { ...current, [name]: r.value } });
    await db.settings.put({ key: PRINTER_KEY, value: name });
  });
}

export async function choosePrinter(printer: string): Promise<void> {
  await getStore().db.settings.put({ key: PRINTER_KEY, value: printer.trim() });
}
