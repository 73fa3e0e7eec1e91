/**
 * The reading list as extension pages use it (popup, side panel, library): saving goes through the
 * background, which owns writes of new articles; reading is direct (Dexie, liveQuery).
 */
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/i18n';
import type { ErrorReply, SaveTabReply } from '../messaging/protocol';

/** Asks the background to save the article in `tabId`. Never throws. */
export async function requestSaveTab(tabId: number): Promise<SaveTabReply | ErrorReply> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'save-tab', tabId })) as SaveTabReply | ErrorReply | undefined;
    return reply ?? { ok: false, error: t('library.save.noAnswer') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Describes a save's outcome for the reader. */
export function describeSave(reply: SaveTabReply | ErrorReply): string {
  if (!reply.ok) return reply.error;
  return reply.outcome === 'updated' ? t('library.save.updated') : t('library.save.saved');
}

/** The reader view of a saved article. */
export function readerUrl(id: string): string {
  return browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}` as '/reader.html');
}

/** The reading-list page. */
export function libraryUrl(query?: string): string {
  return browser.runtime.getURL(`/library.html${query ? `?q=${encodeURIComponent(query)}` : ''}` as '/library.html');
}
