/**
 * The reading list as extension pages use it (popup, side panel, library): saving goes through the
 * background, which owns writes of new articles; reading is direct (Dexie, liveQuery).
 */
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/i18n';
import type { ErrorReply, SaveTabReply } from '../messaging/protocol';
import { NO_ANSWER, sendToBackground } from './send';

/** Asks the background to save the article in `tabId`. Never throws. */
export async function requestSaveTab(tabId: number): Promise<SaveTabReply | ErrorReply> {
  const reply = await sendToBackground({ type: 'save-tab', tabId });
  return reply.ok || reply.error !== NO_ANSWER ? reply : { ok: false, error: t('library.save.noAnswer') };
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
