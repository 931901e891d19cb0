// Reads what the app's IndexedDB holds, with the raw IndexedDB API inside the page, so
// tests check the store independently of the app's own data layer.
import type { Page } from 'playwright-core';

export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('cunqi-lianjian');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Live (not soft-deleted) rows of a table. */
export async function readLive<T extends { deleted?: number }>(page: Page, table: string): Promise<T[]> {
  return (await readTable<T>(page, table)).filter((r) => !r.deleted);
}
