// The app's identity on disk. IndexedDB lives under userData, keyed by the app:// origin:
// if the app id, the userData folder or the origin ever changes, the user opens an empty
// database and believes the data is gone. So all three are constants, set before `ready`.
import path from 'node:path';
import type { App } from 'electron';

export const APP_ID = 'cn.gov.zzb.cunqilianjian';
/** Folder name under appData; ASCII and never derived from productName or the version. */
export const USER_DATA_DIR_NAME = 'cunqi-lianjian';

export type IdentityApp = Pick<App, 'setPath' | 'getPath' | 'enableSandbox'> & {
  // Windows-only in Electron (undefined elsewhere), hence optional.
  setAppUserModelId?: App['setAppUserModelId'];
};

export function userDataPath(app: Pick<App, 'getPath'>): string {
  return path.join(app.getPath('appData'), USER_DATA_DIR_NAME);
}

export function setupAppIdentity(app: IdentityApp, platform: NodeJS.Platform = process.platform): void {
  app.setPath('userData', userDataPath(app));
  if (platform === 'win32') app.setAppUserModelId?.(APP_ID);
  // Every renderer sandboxed, even one created by a future code path that forgets the option.
  app.enableSandbox();
}
