/**
 * One typed value in the extension's storage (`local:` or `session:`), read with a fallback and
 * watched. WXT's `storage.defineItem` reads its key the moment it is defined (to run migrations and
 * `init`), so every module that defines items starts that many storage reads when it is evaluated,
 * whether or not the context ever uses them: seven in the analyser every page with names loads
 * (docs/benchmarks.md, 2026-12-05). These items read only when asked, through WXT's key-level API.
 * Backstory needs no migrations: each reader of a value normalises what it finds (settings.ts).
 */
import { storage, type StorageItemKey, type Unwatch } from 'wxt/utils/storage';

export interface StoredItem<T> {
  /** The key with its area, as WXT writes it ("local:settings"). */
  readonly key: StorageItemKey;
  /** What a read gives when nothing is stored. */
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `cb` with the new and the previous value (the fallback for a removed one) at every change. */
  watch(cb: (value: T, previous: T) => void): Unwatch;
}

/** A stored value under `key`, `fallback` when absent. Defining it reads nothing. */
export function storedItem<T>(key: StorageItemKey, fallback: T): StoredItem<T> {
  return {
    key,
    fallback,
    getValue: async () => (await storage.getItem<T>(key)) ?? fallback,
    setValue: (value) => storage.setItem<T>(key, value),
    watch: (cb) => storage.watch<T>(key, (value, previous) => cb(value ?? fallback, previous ?? fallback)),
  };
}
