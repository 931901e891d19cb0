// Backup on exit. The data lives in the renderer's IndexedDB, so only the renderer can write
// the backup; main holds the window open long enough for it. The renderer parks a call to
// waitForExitRequest at start; closing the window resolves it instead of closing, and the
// window closes for real when the renderer says exitBackupDone — or when the time limit
// runs out, so a hung page can never keep the app from quitting.
import { ok, type Result } from '@shared/ipc/contract';

export type ClosableWindow = {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
};

export type ExitBackup = {
  waitForExitRequest(): Promise<Result<null>>;
  exitBackupDone(): Result<null>;
  attach(win: ClosableWindow): void;
};

export const EXIT_BACKUP_TIMEOUT_MS = 120_000;

export function createExitBackup(timeoutMs = EXIT_BACKUP_TIMEOUT_MS): ExitBackup {
  let waiters: (() => void)[] = [];
  let phase: 'open' | 'backing-up' | 'done' = 'open';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let target: ClosableWindow | null = null;

  const finish = () => {
    if (phase !== 'backing-up') return;
    phase = 'done';
    clearTimeout(timer);
    if (target && !target.isDestroyed()) target.close();
  };

  return {
    waitForExitRequest: () => new Promise((resolve) => waiters.push(() => resolve(ok(null)))),
    exitBackupDone() {
      finish();
      return ok(null);
    },
    attach(win) {
      target = win;
      win.on('close', (event) => {
        // Nobody listening (the page never started, or it already backed up): close now.
        if (phase === 'done' || (phase === 'open' && waiters.length === 0)) return;
        event.preventDefault();
        if (phase === 'backing-up') return;
        phase = 'backing-up';
        const pending = waiters;
        waiters = [];
        for (const wake of pending) wake();
        timer = setTimeout(finish, timeoutMs);
      });
    },
  };
}
