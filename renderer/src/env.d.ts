import type { HostBridge } from '@shared/ipc/contract';

declare global {
  /** The app version, from package.json at build time. */
  const __APP_VERSION__: string;
  interface Window {
    /** Present only under Electron (the preload's bridge). */
    cqHost?: HostBridge;
  }
}
