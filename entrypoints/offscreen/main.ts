/**
 * Chrome's offscreen document: parses pages' HTML with Readability for the background, away from
 * the reader's tab (lib/background/page-parser.ts). Answers only the background's parse messages
 * (checked by sender: lib/extract/offscreen-message.ts `isFromBackground`).
 */
import { browser } from 'wxt/browser';
import { isFromBackground, OFFSCREEN_TARGET, type OffscreenParseMessage } from '@/lib/extract/offscreen-message';
import { parsePageHtml } from '@/lib/extract/page-parse';

/** The service worker's own URL: the only sender answered (a content script shares the extension's id). */
const BACKGROUND_URL = browser.runtime.getURL('/background.js');

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; url?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => {
  const m = message as Partial<OffscreenParseMessage> | null;
  if (!isFromBackground(sender, browser.runtime.id, BACKGROUND_URL) || m?.target !== OFFSCREEN_TARGET || typeof m.html !== 'string' || typeof m.url !== 'string') return undefined;
  try {
    sendResponse(parsePageHtml(m.html, m.url));
  } catch (error) {
    sendResponse({ error: String(error) });
  }
  return undefined;
});
