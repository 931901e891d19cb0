import type { AppInfo } from '@shared/ipc/contract';
import type { Handle } from './handle';

export function setupAppInfoIpc(deps: { handle: Handle; info: () => AppInfo }): void {
  deps.handle('getAppInfo', async () => deps.info());
}
