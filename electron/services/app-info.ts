import type { AppInfo } from '@shared/ipc/contract';

export function appInfo(deps: { version: string; userDataDir: string; platform: string; arch: string }): AppInfo {
  return { version: deps.version, dataLocation: deps.userDataDir, platform: `${deps.platform}-${deps.arch}` };
}

/** The body of 帮助 → 关于村企联建. */
export function aboutDetail(info: AppInfo, backupFolder: string | null): string {
  return [
    `版本：${info.version}`,
    `数据位置：${info.dataLocation}`,
    `备份位置：${backupFolder ?? '（尚未设置）'}`,
    `运行平台：${info.platform}`,
  ].join('\n');
}
