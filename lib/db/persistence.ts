/** Persistent storage: a reading list should not be evicted when the disk runs low. */

export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

/** Asks the browser to keep Backstory's data (`navigator.storage.persist`). Never throws. */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

/** Used and available bytes, when the browser says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null;
  } catch {
    return null;
  }
}
