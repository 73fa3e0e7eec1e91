/**
 * Readability off the page's thread, through the background (lib/extract/off-page.ts): the parser
 * the gate sends the page's first request to (gate.ts) and the analyser keeps using (pipeline.ts).
 */
import { sendToBackground } from '@/lib/client/send';
import type { PageParser } from '@/lib/extract/parse-request';

/** The page's parser, shared by the gate and the analyser. */
export interface BackgroundParser {
  /** Null once the background said it cannot parse, so later analyses parse on the page without asking again. */
  current: PageParser | null;
}

/** A parser that posts the page's HTML to the background (`parse-page`). */
export function backgroundParser(): BackgroundParser {
  const holder: BackgroundParser = { current: null };
  holder.current = async (html, url) => {
    const reply = await sendToBackground({ type: 'parse-page', html, url });
    if (reply.ok) return reply.result;
    if (/not available/.test(reply.error)) holder.current = null;
    return null;
  };
  return holder;
}
