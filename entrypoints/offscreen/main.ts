/**
 * Chrome's offscreen document: parses pages' HTML with Readability for the background, away from
 * the reader's tab (lib/background/page-parser.ts). Answers only the background's port (checked by
 * sender: lib/extract/offscreen-message.ts `isFromBackground`), and has no `runtime.onMessage`
 * listener, so the messages content scripts send the background never reach it.
 */
import { browser } from 'wxt/browser';
import { isFromBackground, OFFSCREEN_TARGET, type OffscreenParseMessage, type OffscreenParseReply } from '@/lib/extract/offscreen-message';
import { parsePageHtml } from '@/lib/extract/page-parse';

/** The service worker's own URL: the only sender answered (a content script shares the extension's id). */
const BACKGROUND_URL = browser.runtime.getURL('/background.js');

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== OFFSCREEN_TARGET || !isFromBackground(port.sender ?? {}, browser.runtime.id, BACKGROUND_URL)) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((message: unknown) => {
    const m = message as Partial<OffscreenParseMessage> | null;
    if (m?.target !== OFFSCREEN_TARGET || typeof m.id !== 'number' || typeof m.html !== 'string' || typeof m.url !== 'string') return;
    let reply: OffscreenParseReply;
    try {
      reply = { id: m.id, ...parsePageHtml(m.html, m.url) };
    } catch (error) {
      reply = { id: m.id, error: String(error) };
    }
    port.postMessage(reply);
  });
});
