/**
 * Glossary change announcements. The glossary's store (lib/db/glossary-repo.ts) calls
 * `announceGlossaryChange()` after each write commits (a backup restore, after its own); every
 * content script watches `glossaryChangedAt` and re-analyses its page, so highlights follow the
 * reader's edits without a reload. `storage.local` reaches content scripts, IndexedDB events do not.
 */
import { storedItem } from '@/lib/settings/stored-item';

export const glossaryChangedAt = storedItem<number>('local:glossaryChangedAt', 0);

/** Tells open pages that the glossary changed. */
export async function announceGlossaryChange(): Promise<void> {
  await glossaryChangedAt.setValue(Date.now());
}
