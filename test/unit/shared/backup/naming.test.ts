import { describe, expect, it } from 'vitest';
import { backupFileName, namesToRotate, parseBackupName, RETENTION } from '@shared/backup/naming';

/** A local wall-clock time (names use local dates, whatever the machine's zone). */
const at = (iso: string) => {
  const [d, t] = iso.split('T');
  const [y, mo, day] = d!.split('-').map(Number);
  const [h, mi, s] = t!.slice(0, 8).split(':').map(Number);
  return new Date(y!, mo! - 1, day, h, mi, s);
};

describe('backup file names', () => {
  it('names each kind with the local date', () => {
    const d = at('2026-11-25T09:30:12+08:00');
    expect(backupFileName('daily', d)).toBe('村企联建备份_2026-11-25_每日.cqbak');
    expect(backupFileName('monthly', d)).toBe('村企联建备份_2026-11_每月.cqbak');
    expect(backupFileName('import', d)).toBe('村企联建备份_2026-11-25_093012_导入前.cqbak');
    expect(parseBackupName(backupFileName('restore', d))).toEqual({ reason: 'restore', key: '2026-11-25_093012' });
    expect(parseBackupName('报表.xlsx')).toBeNull();
    expect(parseBackupName('村企联建备份_2026-11_每日.cqbak')).toBeNull();
  });
});

describe('rotation: the last 7 daily and 12 monthly', () => {
  it('keeps the newest of each kind and never touches other files', () => {
    const daily = Array.from({ length: 10 }, (_, i) => backupFileName('daily', at(`2026-11-${String(10 + i).padStart(2, '0')}T12:00:00+08:00`)));
    const monthly = Array.from({ length: 14 }, (_, i) => backupFileName('monthly', at(`${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-02T12:00:00+08:00`)));
    const safety = Array.from({ length: 12 }, (_, i) => backupFileName('import', at(`2026-11-20T10:${String(i).padStart(2, '0')}:00+08:00`)));
    const other = ['我的备份.cqbak', '.村企联建备份_2026-11-25_每日.cqbak.abc.tmp'];
    const doomed = namesToRotate([...daily, ...monthly, ...safety, ...other].reverse());
    expect(doomed.filter((n) => n.includes('每日')).sort()).toEqual(daily.slice(0, 10 - RETENTION.daily).sort());
    expect(doomed.filter((n) => n.includes('每月')).sort()).toEqual(monthly.slice(0, 2).sort());
    expect(doomed.filter((n) => n.includes('导入前')).sort()).toEqual(safety.slice(0, 2).sort());
    for (const name of other) expect(doomed).not.toContain(name);
  });
});
