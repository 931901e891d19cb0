// The slice of Electron's `dialog` the services use, already bound to the app window, so
// tests pass fakes and the services never see a BrowserWindow.
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';

export type FileDialogs = {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
};

export const CANCELLED = '已取消';
