/**
 * In Chrome, a page's HTML goes straight to the offscreen document that parses it, on a port of its
 * own, instead of through the service worker, which decoded it and posted it again: one delivery of
 * the page's HTML instead of two (docs/benchmarks.md, 2026-12-05 third session). Both halves are
 * here: the page's (`parseDirect`, in the content script) and the document's (`servePagePort`).
 *
 * The worker stays the way in whenever the direct one is not open: the document is opened by the
 * worker only, so a page that finds none (the browser just started, or closed it) is refused and asks
 * the worker (entrypoints/content/background-parser.ts), which opens it. The document holds the same
 * per-tab limits as the worker (lib/background/router.ts `TAB_LIMITS`), and answers only content
 * scripts of this extension on web pages.
 */
import type { RateLimiter } from '../messaging/rate-limit';
import { MAX_URL_LENGTH } from '../messaging/meta-message';
import type { ParsePageResult } from './page-parse';
import { MAX_OFF_PAGE_HTML } from './parse-request';

/** A web page's address, as the background's `parse-page` accepts it (lib/messaging/protocol.ts `httpUrl`). */
function isWebUrl(url: string): boolean {
  return url.length <= MAX_URL_LENGTH && /^https?:\/\//i.test(url);
}

/** The name of a page's port to the offscreen document. */
export const PAGE_PARSE_PORT = 'backstory-page-parse';

/** The page's one message on its port: its HTML (without scripts and styles) and its URL. */
export interface PageParseMessage {
  html: string;
  url: string;
}

/** The document's one reply: the parse, or why there is none (a refusal, a failed parse). */
export type PageParseReply = ParsePageResult | { error: string };

/** The part of `runtime.Port` both halves use. */
export interface ParsePort {
  name: string;
  sender?: { id?: string; url?: string; tab?: unknown };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** What the page's direct parse ended with: the answer, or `unreachable` (ask the worker instead). */
export type DirectParse = { answer: ParsePageResult | null } | { unreachable: true };

/**
 * Posts `html` to the offscreen document on a port of its own and waits for the one reply. A port
 * closed before any reply means no document answered (none is open, or it refused the port):
 * `unreachable`. A reply with an error (the document's limit, a failed parse) is a null answer: the
 * page parses itself, as when the worker answers so.
 */
export function parseDirect(connect: () => ParsePort, html: string, url: string): Promise<DirectParse> {
  return new Promise((resolve) => {
    let port: ParsePort;
    try {
      port = connect();
    } catch {
      resolve({ unreachable: true });
      return;
    }
    let answered = false;
    port.onMessage.addListener((message) => {
      if (answered) return;
      answered = true;
      port.disconnect();
      const reply = message as Partial<PageParseReply> | null;
      resolve({ answer: reply && 'ms' in reply && 'article' in reply ? (reply as ParsePageResult) : null });
    });
    port.onDisconnect.addListener(() => {
      if (!answered) resolve({ unreachable: true });
    });
    port.postMessage({ html, url } satisfies PageParseMessage);
  });
}

/**
 * Whether a port comes from this extension's content script on a web page: the only pages the
 * content script runs on (the manifest's matches), and the only senders with a tab.
 */
export function isFromContentScript(sender: ParsePort['sender'], extensionId: string): boolean {
  return sender?.id === extensionId && sender.tab !== undefined && typeof sender.url === 'string' && isWebUrl(sender.url);
}

/** Per-tab limits the document keeps for direct parses (`PARSE_LIMITS`): `take(tab, cost)` spends or refuses. */
export type ParseLimits = Record<'parses' | 'parseChars', Pick<RateLimiter, 'take'>>;

/**
 * Answers one page's port in the offscreen document: one message, checked (shape, length, the tab's
 * limits), parsed with `parse`, one reply. A port from anything but this extension's content script
 * is closed unanswered.
 */
export function servePagePort(port: ParsePort, extensionId: string, limits: ParseLimits, parse: (html: string, url: string) => ParsePageResult): void {
  const tab = (port.sender?.tab as { id?: unknown } | undefined)?.id;
  if (port.name !== PAGE_PARSE_PORT || !isFromContentScript(port.sender, extensionId) || typeof tab !== 'number') {
    port.disconnect();
    return;
  }
  let served = false;
  port.onMessage.addListener((message) => {
    if (served) return;
    served = true;
    const m = message as Partial<PageParseMessage> | null;
    let reply: PageParseReply;
    if (typeof m?.html !== 'string' || typeof m.url !== 'string' || !isWebUrl(m.url) || m.html.length > MAX_OFF_PAGE_HTML) {
      reply = { error: 'Not a parse request' };
    } else if (!limits.parses.take(tab) || !limits.parseChars.take(tab, m.html.length)) {
      reply = { error: 'Too many parse requests from this tab' };
    } else {
      try {
        reply = parse(m.html, m.url);
      } catch (error) {
        reply = { error: String(error) };
      }
    }
    port.postMessage(reply);
  });
}
