/**
 * Chrome's offscreen document: parses pages' HTML with Readability away from the reader's tab. Two
 * kinds of port reach it, each checked by sender: the background's (lib/background/page-parser.ts;
 * `isFromBackground`), which opens the document and relays a page's HTML when the page cannot
 * reach the document itself, and a page's own (lib/extract/direct-parse.ts; `isFromContentScript`),
 * one parse per port, under the same per-tab limits as the background's. It has no
 * `runtime.onMessage` listener, so the messages content scripts send the background never reach it.
 */
import { browser } from 'wxt/browser';
import { PAGE_PARSE_PORT, servePagePort, type ParsePort } from '@/lib/extract/direct-parse';
import { isFromBackground, OFFSCREEN_TARGET, type OffscreenParseMessage, type OffscreenParseReply } from '@/lib/extract/offscreen-message';
import { parsePageHtml } from '@/lib/extract/page-parse';
import { PARSE_LIMITS, RateLimiter } from '@/lib/messaging/rate-limit';

/** The service worker's own URL: the only sender of the background's port (a content script shares the extension's id). */
const BACKGROUND_URL = browser.runtime.getURL('/background.js');

/** The pages' parse limits, per tab, as the background keeps them for the parses it relays. */
const limits = { parses: new RateLimiter(PARSE_LIMITS.parses), parseChars: new RateLimiter(PARSE_LIMITS.parseChars) };

browser.runtime.onConnect.addListener((port) => {
  if (port.name === PAGE_PARSE_PORT) {
    servePagePort(port as unknown as ParsePort, browser.runtime.id, limits, (html, url) => parsePageHtml(html, url));
    return;
  }
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
