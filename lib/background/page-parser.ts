/**
 * Where a page's Readability parse runs when it leaves the page (lib/extract/off-page.ts): Chrome's
 * offscreen document (a service worker has no DOMParser), or Firefox's background page itself,
 * which is a document. Both run outside the reader's tab, so the page's main thread never pays for
 * the parse.
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_TARGET } from '../extract/offscreen-message';
import type { ParsePageResult } from '../extract/page-parse';
import { OffscreenChannel } from './offscreen-channel';

/** The offscreen document's path in the build (entrypoints/offscreen). */
export const OFFSCREEN_PATH = '/offscreen.html';
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

/** Chrome's offscreen API, where the browser has it and the manifest asked for it. */
function offscreenApi(): OffscreenApi | null {
  const api = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  return api && typeof api.createDocument === 'function' ? api : null;
}

/**
 * Returns the function the router calls for `parse-page`, or null where neither an offscreen
 * document nor a DOMParser is available (the page then parses itself).
 */
export function createPageParser(): ((html: string, url: string) => Promise<ParsePageResult>) | null {
  const offscreen = offscreenApi();
  if (offscreen) {
    let opening: Promise<void> | null = null;
    const ensureDocument = (): Promise<void> => {
      opening ??= (async () => {
        // The document outlives a sleeping worker: a woken worker finds it open and reuses it.
        if (await offscreen.hasDocument?.()) return;
        try {
          await offscreen.createDocument({
            url: browser.runtime.getURL(OFFSCREEN_PATH as '/'),
            reasons: ['DOM_PARSER'],
            justification: 'Runs Readability on the page’s HTML away from the page, so reading is never slowed down.',
          });
        } catch (error) {
          // Another wake created it meanwhile: only one offscreen document may exist, and it is ours.
          if (!/single offscreen|only one|already/i.test(String(error))) throw error;
        }
      })().catch((error: unknown) => {
        opening = null;
        throw error;
      });
      return opening;
    };
    const channel = new OffscreenChannel(() => browser.runtime.connect({ name: OFFSCREEN_TARGET }));
    const send = async (html: string, url: string): Promise<ParsePageResult> => {
      await ensureDocument();
      return channel.parse(html, url);
    };
    return async (html, url) => {
      try {
        return await send(html, url);
      } catch {
        // The document was closed under us (by the browser, or another part of the extension): open it again, once.
        opening = null;
        return send(html, url);
      }
    };
  }
  // Firefox's background is a page with a DOMParser. The import is compiled out of Chrome's build, so
  // its service worker never evaluates Readability (the offscreen document does the parsing there).
  if (import.meta.env.FIREFOX && typeof DOMParser === 'function') {
    return async (html, url) => (await import('../extract/page-parse')).parsePageHtml(html, url);
  }
  return null;
}

/** Starts the offscreen document early (on wake), so the first page does not wait for it to load. */
export function warmPageParser(parse: ((html: string, url: string) => Promise<ParsePageResult>) | null): void {
  // A tiny document parses in well under a millisecond and opens the document as a side effect.
  if (parse && offscreenApi()) void parse('<html><body></body></html>', 'https://backstory.invalid/').catch(() => undefined);
}
