/** Messages of a failed save, as a user should read them (validation messages are already Chinese). */
export function errorMessages(e: unknown): string[] {
  if (e && typeof e === 'object' && 'messages' in e && Array.isArray((e as { messages: unknown }).messages)) {
    return (e as { messages: string[] }).messages;
  }
  if (e && typeof e === 'object' && (e as { name?: string }).name === 'QuotaExceededError') {
    return ['磁盘空间不足，未能保存。请清理磁盘后重试，已有数据未受影响。'];
  }
  return [`保存失败：${e instanceof Error ? e.message : String(e)}`];
}
