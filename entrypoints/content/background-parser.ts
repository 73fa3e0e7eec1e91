/**
 * Readability off the page's thread (lib/extract/off-page.ts): the parser the gate sends the page's
 * first request to (gate.ts) and the analyser keeps using (pipeline.ts). In Chrome the page's HTML
 * goes straight to the offscreen document that parses it (lib/extract/direct-parse.ts); through the
 * background when that document does not answer the page (it opens it), and in Firefox, whose
 * background page parses itself.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/client/send';
import { PAGE_PARSE_PORT, parseDirect, type ParsePort } from '@/lib/extract/direct-parse';
import type { PageParser } from '@/lib/extract/parse-request';

/** The page's parser, shared by the gate and the analyser. */
export interface BackgroundParser {
  /** Null once the background said it cannot parse, so later analyses parse on the page without asking again. */
  current: PageParser | null;
  /** How the last answer came: straight from the offscreen document, or through the background (the page status reports it). */
  route?: 'direct' | 'background';
}

/** A parser that posts the page's HTML to the offscreen document (Chrome) or to the background (`parse-page`). */
export function backgroundParser(): BackgroundParser {
  const holder: BackgroundParser = { current: null };
  const viaBackground: PageParser = async (html, url) => {
    const reply = await sendToBackground({ type: 'parse-page', html, url });
    holder.route = 'background';
    if (reply.ok) return reply.result;
    if (/not available/.test(reply.error)) holder.current = null;
    return null;
  };
  const connect = (): ParsePort => {
    const port = browser.runtime.connect({ name: PAGE_PARSE_PORT });
    // Read when no document is open, so that Chrome does not log "Receiving end does not exist" as unchecked.
    port.onDisconnect.addListener(() => void browser.runtime.lastError);
    return port as unknown as ParsePort;
  };
  holder.current = import.meta.env.FIREFOX
    ? viaBackground
    : async (html, url) => {
        const direct = await parseDirect(connect, html, url);
        if ('unreachable' in direct) return viaBackground(html, url);
        holder.route = 'direct';
        return direct.answer;
      };
  return holder;
}
