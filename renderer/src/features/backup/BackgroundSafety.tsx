// Runs while the app is open: keeps the marker's record counts current (for the empty-store
// guard), takes the day's automatic backup under Electron (checked hourly, so an app left
// open overnight still gets one), answers main's exit request with a backup, and reminds the
// browser edition's user when the last backup is more than a week old.
import { useEffect, useState } from 'react';
import { Dexie } from 'dexie';
import { App, Button, Modal, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { host } from '../../host';
import { getDatabase } from '../../db/app-database';
import { appShelf, backupService } from './instance';
import { formatDay, isStale, STALE_AFTER_DAYS } from './format';
import { DATA_TABLES } from './store-io';

const MARKER_DEBOUNCE_MS = 1500;
const DAILY_CHECK_MS = 60 * 60 * 1000;
const REMINDED_KEY = 'cunqi-lianjian.backup-reminded';

export function BackgroundSafety() {
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const [exiting, setExiting] = useState(false);

  useEffect(() => {
    const service = backupService();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The marker is recounted a moment after start and after data tables change (in this window
    // or another) — never in the way of the first screen: counting walks every key.
    const syncSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void service.syncMarker().catch(() => undefined), MARKER_DEBOUNCE_MS);
    };
    const prefixes = DATA_TABLES.map((t) => `idb://${getDatabase().name}/${t}/`);
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) syncSoon();
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    syncSoon();
    return () => {
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, []);

  useEffect(() => {
    if (appShelf()?.kind !== 'folder') return undefined;
    const service = backupService();
    const daily = () =>
      void service.runDailyBackup().then(
        (r) => {
          if (!r.ok) notification.warning({ key: 'daily-backup', title: '自动备份失败', description: r.error, duration: 0 });
        },
        (e: unknown) => notification.warning({ key: 'daily-backup', title: '自动备份失败', description: String(e), duration: 0 }),
      );
    daily();
    const interval = setInterval(daily, DAILY_CHECK_MS);
    return () => clearInterval(interval);
  }, [notification]);

  useEffect(() => {
    const { waitForExitRequest, exitBackupDone } = host;
    if (!waitForExitRequest || !exitBackupDone) return;
    void waitForExitRequest().then(async () => {
      setExiting(true);
      try {
        await backupService().runExitBackup();
      } finally {
        await exitBackupDone();
      }
    });
  }, []);

  useEffect(() => {
    if (appShelf()?.kind === 'folder') return;
    void (async () => {
      const marker = await backupService().syncMarker();
      if (marker.total === 0 || !isStale(marker.lastBackupAt)) return;
      // Once a day is a reminder; more often it is noise (the top bar keeps saying it anyway).
      const today = new Date().toDateString();
      if (localStorage.getItem(REMINDED_KEY) === today) return;
      localStorage.setItem(REMINDED_KEY, today);
      notification.warning({
        key: 'backup-reminder',
        placement: 'bottomRight',
        duration: 0,
        title: marker.lastBackupAt ? `上次备份是 ${formatDay(marker.lastBackupAt)}，已超过 ${STALE_AFTER_DAYS} 天` : '数据尚未备份',
        description: '浏览器版不会自动把备份存到磁盘，请立即备份，并把备份文件另存到 U 盘。',
        actions: (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              notification.destroy('backup-reminder');
              navigate('/backup');
            }}
          >
            去备份
          </Button>
        ),
      });
    })();
  }, [notification, navigate]);

  return (
    <Modal open={exiting} footer={null} closable={false} maskClosable={false} title="正在退出">
      <Spin /> <span style={{ marginLeft: 8 }}>正在备份数据，完成后程序将自动关闭……</span>
    </Modal>
  );
}
