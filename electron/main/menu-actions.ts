// What the menu's own commands do. 打印… prints the page as shown, with its print CSS,
// exactly as Ctrl+P does in the browser edition.
import type { BrowserWindow } from 'electron';
import { aboutDetail } from '../services/app-info';
import { getBackupFolder } from '../services/backup-folder';
import { printContents } from '../services/print';
import type { HostServices } from './host';
import type { MenuActions } from './menu';

export function createMenuActions(deps: {
  services: Pick<HostServices, 'dialogs' | 'backup' | 'info'>;
  getWindow: () => BrowserWindow | null;
  isDev: boolean;
}): MenuActions {
  const { services, getWindow } = deps;
  return {
    isDev: deps.isDev,
    print: () => {
      const win = getWindow();
      if (!win || win.isDestroyed()) return;
      void printContents(win.webContents, { title: '打印', landscape: false }).then((result) => {
        if (!result.ok && !result.cancelled) {
          void services.dialogs.showMessageBox({ type: 'error', title: '打印', message: result.error, buttons: ['确定'] });
        }
      });
    },
    about: () => {
      void getBackupFolder(services.backup)
        .catch(() => null)
        .then((folder) =>
        services.dialogs.showMessageBox({
          type: 'info',
          title: '关于村企联建',
          message: '村企联建 — 村企党组织联建工作管理系统',
          detail: aboutDetail(services.info(), folder?.ok ? folder.value : null),
          buttons: ['确定'],
          noLink: true,
        }),
      );
    },
  };
}
