// Seeds the app's IndexedDB directly (raw IndexedDB inside the page) with records shaped as
// the repositories write them, for lists too large to enter through the UI. Reload the page
// afterwards: the app's live queries do not see writes made outside Dexie. Records of 乡镇,
// 村, 企业 and 人员 get the search and sort keys the store would give them (record-keys.ts).
import type { Page } from 'playwright-core';
import { isKeyedTable, withRecordKeys } from '@shared/model/record-keys';

export type Seeded = Record<string, unknown> & { id: string };

export async function putRecords(page: Page, table: string, seeded: Seeded[]): Promise<void> {
  const records = isKeyedTable(table) ? seeded.map((r) => withRecordKeys(table, r)) : seeded;
  await page.evaluate(
    ({ table, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cunqi-lianjian');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          const store = tx.objectStore(table);
          for (const r of records) store.put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, records },
  );
}

const STAMP = '2008-12-03T08:00:00.000Z';
export const base = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP, deleted: 0 as const });

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红梅玉志海燕春生福文清林荣德';

/** n persons with varied names, half party members, spread over the given villages. */
export function generatePersons(n: number, villageIds: string[]): Seeded[] {
  const out: Seeded[] = [];
  for (let i = 0; i < n; i++) {
    const name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + (i % 3 === 0 ? '' : GIVEN[(i * 13 + 5) % GIVEN.length]);
    out.push({
      ...base(`p-${String(i).padStart(6, '0')}`),
      name,
      gender: i % 2 ? '男' : '女',
      phone: `139${String(i).padStart(8, '0')}`,
      politicalStatus: i % 2 ? '中共党员' : '群众',
      orgKind: 'village',
      orgId: villageIds[i % villageIds.length],
      post: '村民',
    });
  }
  return out;
}
