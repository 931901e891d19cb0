// When reads may start ahead of the page that shows them (prefetchRecords, from the entry script
// or a route): once the startup gates have let the app in — the database open at the current
// schema and checked (features/backup/StartupGate.tsx), and past the first-start check
// (features/settings/FirstStartGate.tsx), which marks it. Earlier, a read would open the
// database itself (Dexie opens on first use) and run an upgrade before the backup the startup
// gate takes of the old version; and a long read (50,000 persons) issued before the gates' own
// small reads makes them, and so the whole frame, wait behind it (IndexedDB answers in order).
let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (markReady = resolve));

/** Resolves once the startup gates have let the app in (never, where no gate runs). */
export function whenStoreReady(): Promise<void> {
  return ready;
}

/** Called by the first-start gate when the app goes past it. */
export function markStoreReady(): void {
  markReady();
}
