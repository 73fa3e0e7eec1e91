/**
 * Chrome's offscreen document: parses pages' HTML with Readability for the background, away from
 * the reader's tab (lib/background/page-parser.ts). Answers only the background's parse messages.
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_TARGET, type OffscreenParseMessage } from '@/lib/extract/offscreen-message';
import { parsePageHtml } from '@/lib/extract/page-parse';

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; url?: string }, sendResponse: (reply: unknown) => void) => {
  const m = message as Partial<OffscreenParseMessage> | null;
  if (sender.id !== browser.runtime.id || m?.target !== OFFSCREEN_TARGET || typeof m.html !== 'string' || typeof m.url !== 'string') return undefined;
  try {
    sendResponse(parsePageHtml(m.html, m.url));
  } catch (error) {
    sendResponse({ error: String(error) });
  }
  return undefined;
});
