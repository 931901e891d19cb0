// File-system failures the user can do something about, said in their words.
const MESSAGES: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已满',
  EACCES: '没有权限，请换一个文件夹',
  EPERM: '没有权限，或文件正被其他程序（如 Excel、WPS）打开',
  EBUSY: '文件正被其他程序（如 Excel、WPS）打开，请先关闭',
  EROFS: '磁盘为只读（U 盘可能处于写保护状态）',
  ENOENT: '文件或文件夹不存在（U 盘可能已拔出）',
  ENOTDIR: '路径不是文件夹',
  EISDIR: '所选的是文件夹，不是文件',
  EMFILE: '打开的文件太多，请稍后重试',
  ENAMETOOLONG: '路径太长，请换一个较短的文件夹或文件名',
  EIO: '读写磁盘出错',
};

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && MESSAGES[code]) || '读写文件失败';
}
