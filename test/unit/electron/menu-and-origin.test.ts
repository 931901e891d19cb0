// The Chinese menu, the about box, and which URLs count as the app.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menu';
import { createMenuActions } from '../../../electron/main/menu-actions';
import { createAppUrlCheck, devServerUrl, sameProtocolAndHost } from '../../../electron/main/origin';
import { createConfigStore } from '../../../electron/services/config';
import { tempDirs } from './tmp-dir';

const tempDir = tempDirs();

const items = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((top) => [top, ...((top.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
const labels = (template: MenuItemConstructorOptions[]) => items(template).map((i) => i.label).filter(Boolean);

describe('menu', () => {
  const actions = { isDev: false, print: vi.fn(), about: vi.fn() };

  it('has 文件, 编辑, 视图, 帮助', () => {
    expect(menuTemplate(actions).map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
  });
  it('文件: 打印… on Ctrl+P, and 退出', () => {
    const print = items(menuTemplate(actions)).find((i) => i.label === '打印…')!;
    expect(print.accelerator).toBe('CommandOrControl+P');
    (print.click as () => void)();
    expect(actions.print).toHaveBeenCalled();
    expect(items(menuTemplate(actions)).find((i) => i.label === '退出')?.role).toBe('quit');
  });
  it('编辑 uses roles with Chinese labels', () => {
    const edit = menuTemplate(actions)[1]!.submenu as MenuItemConstructorOptions[];
    expect(edit.filter((i) => i.role).map((i) => [i.label, i.role])).toEqual([
      ['撤销', 'undo'],
      ['重做', 'redo'],
      ['剪切', 'cut'],
      ['复制', 'copy'],
      ['粘贴', 'paste'],
      ['全选', 'selectAll'],
    ]);
  });
  it('视图: zoom and full screen always; reload and developer tools only in development', () => {
    expect(labels(menuTemplate(actions))).toEqual(expect.arrayContaining(['放大', '缩小', '实际大小', '全屏']));
    expect(labels(menuTemplate(actions))).not.toContain('重新加载');
    expect(labels(menuTemplate(actions))).not.toContain('开发者工具');
    expect(labels(menuTemplate({ ...actions, isDev: true }))).toEqual(expect.arrayContaining(['重新加载', '开发者工具']));
  });
  it('帮助 → 关于村企联建 shows the version and where the data is', async () => {
    const dir = await tempDir();
    const showMessageBox = vi.fn(async () => ({ response: 0 }));
    const about = createMenuActions({
      isDev: false,
      getWindow: () => null,
      services: {
        dialogs: { showMessageBox } as never,
        backup: { config: createConfigStore(path.join(dir, 'ud')), documentsDir: dir, homeDir: dir, userDataDir: path.join(dir, 'ud') },
        info: () => ({ version: '1.2.3', dataLocation: 'C:\\Users\\a\\AppData\\Roaming\\cunqi-lianjian', platform: 'win32-x64' }),
      },
    }).about;
    about();
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalled());
    const detail = (showMessageBox.mock.calls[0] as unknown as [{ title: string; detail: string }])[0];
    expect(detail.title).toBe('关于村企联建');
    expect(detail.detail).toContain('版本：1.2.3');
    expect(detail.detail).toContain('数据位置：C:\\Users\\a\\AppData\\Roaming\\cunqi-lianjian');
    expect(detail.detail).toContain(`备份位置：${path.join(dir, '村企联建备份')}`);
  });
});

describe('origin', () => {
  it('compares protocol and host, because app:// origins are all "null"', () => {
    expect(new URL('app://bundle/').origin).toBe('null');
    expect(sameProtocolAndHost('app://bundle/a', 'app://bundle/b#x')).toBe(true);
    expect(sameProtocolAndHost('app://bundle/', 'app://other/')).toBe(false);
    expect(sameProtocolAndHost('about:blank', 'about:srcdoc')).toBe(false);
    expect(sameProtocolAndHost('not a url', 'app://bundle/')).toBe(false);
  });
  it('the dev server counts only unpackaged, only on loopback http', () => {
    const env = { CQ_DEV_SERVER_URL: 'http://127.0.0.1:5173/' };
    expect(devServerUrl(false, env)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl(true, env)).toBeNull();
    expect(devServerUrl(false, { CQ_DEV_SERVER_URL: 'http://evil.example:5173/' })).toBeNull();
    expect(devServerUrl(false, { CQ_DEV_SERVER_URL: 'https://127.0.0.1/' })).toBeNull();
    expect(devServerUrl(false, {})).toBeNull();
  });
  it('outside development only app://bundle is the app', () => {
    const isApp = createAppUrlCheck(null);
    expect(isApp('app://bundle/index.html')).toBe(true);
    expect(isApp('http://127.0.0.1:5173/')).toBe(false);
    const isAppInDev = createAppUrlCheck('http://127.0.0.1:5173/');
    expect(isAppInDev('http://127.0.0.1:5173/#/x')).toBe(true);
    expect(isAppInDev('http://127.0.0.1:5174/')).toBe(false);
  });
});
