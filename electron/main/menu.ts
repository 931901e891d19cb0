// The Chinese application menu. Edit items use roles so copy/paste work in every field;
// reload and developer tools exist only in development.
import type { Menu, MenuItemConstructorOptions } from 'electron';

export type MenuActions = {
  isDev: boolean;
  print: () => void;
  about: () => void;
};

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const devOnly = (items: MenuItemConstructorOptions[]) => (actions.isDev ? items : []);
  return [
    {
      label: '文件(&F)',
      submenu: [
        { label: '打印…', accelerator: 'CommandOrControl+P', click: () => actions.print() },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        ...devOnly([{ label: '重新加载', role: 'reload' }, { type: 'separator' }]),
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...devOnly([{ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' }]),
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [{ label: '关于村企联建', click: () => actions.about() }],
    },
  ];
}

export function setupMenu(menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>, actions: MenuActions): void {
  menu.setApplicationMenu(menu.buildFromTemplate(menuTemplate(actions)));
}
