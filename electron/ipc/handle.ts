// The one way a channel is registered. The renderer is untrusted: before any service runs,
// the message must come from the main frame of our window showing our own page, and its
// arguments must match the contract's schema exactly.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { fail, IPC_CHANNELS, type ChannelName, type HostBridge } from '@shared/ipc/contract';
import type { UrlCheck } from '../main/origin';

// Schema messages in Chinese: they end up in the 「参数无效：…」 the renderer may show.
z.config(z.locales.zhCN());

export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;
export type SenderCheck = (event: SenderEvent) => string | null;

type Bridged<N extends ChannelName> = NonNullable<HostBridge[N]>;
export type ChannelArgs<N extends ChannelName> = Parameters<Bridged<N>>;
export type ChannelHandler<N extends ChannelName> = (
  event: SenderEvent,
  ...args: ChannelArgs<N>
) => ReturnType<Bridged<N>>;
export type Handle = <N extends ChannelName>(name: N, fn: ChannelHandler<N>) => void;

export type Log = (message: string) => void;

/** Returns why the sender is refused, or null when it is our window's main frame on our page. */
export function createSenderCheck(
  getWindow: () => Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null,
  isAppUrl: UrlCheck,
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame) return '发送方框架已不存在';
    const win = getWindow();
    if (!win || win.isDestroyed() || event.sender.id !== win.webContents.id) return '不是本程序的窗口';
    if (frame.parent !== null) return '来自子框架';
    if (!isAppUrl(frame.url)) return `来源页面不是本程序：${frame.url.slice(0, 100)}`;
    return null;
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 1 ? `${issue.path.slice(1).join('.')}：${issue.message}` : issue.message))
    .join('；');
}

export function createHandle(deps: {
  ipcMain: Pick<IpcMain, 'handle'>;
  checkSender: SenderCheck;
  log?: Log;
}): Handle {
  const log = deps.log ?? ((message) => console.warn(message));
  return (name, fn) => {
    const { channel, args } = IPC_CHANNELS[name];
    deps.ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
      const refusal = deps.checkSender(event);
      if (refusal) {
        log(`[ipc] 拒绝 ${channel}：${refusal}`);
        throw new Error(`拒绝请求 ${channel}：${refusal}`);
      }
      const parsed = args.safeParse(raw);
      if (!parsed.success) {
        // The arguments are not logged: they may carry personal data.
        log(`[ipc] ${channel} 参数无效`);
        return fail(`参数无效：${describeIssues(parsed.error)}`);
      }
      return fn(event, ...(parsed.data as ChannelArgs<typeof name>));
    });
  };
}
