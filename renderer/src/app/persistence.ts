// Ask the browser not to evict our IndexedDB under storage pressure. Electron grants it;
// a browser may refuse, and then the backup reminder matters all the more.
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
