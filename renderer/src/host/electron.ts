import type { HostApi, HostBridge } from '@shared/ipc/contract';

export function electronHost(bridge: HostBridge): HostApi {
  return {
    ...bridge,
    kind: 'electron',
    capabilities: { nativeFileDialogs: true, directPdf: true, backupFolder: true },
  };
}
