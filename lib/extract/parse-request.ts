/**
 * The page's half of an off-page parse (lib/extract/off-page.ts): serialise the page and post its
 * HTML to a parser. Alone in a small module so the gate (entrypoints/content/gate.ts) can send the
 * request the moment a page passes, while the analyser that reads the answer is still loading: the
 * parse round trip and the analyser's import then overlap instead of following each other.
 */
import { leanPageHtml } from './lean-html';
import type { ParsePageResult } from './page-parse';

/** Pages whose HTML is longer than this are parsed on the page: posting them would cost more than it saves. */
export const MAX_OFF_PAGE_HTML = 8_000_000;

/** Asks an extension document to parse `html`; rejects (or answers null) when it cannot. */
export type PageParser = (html: string, url: string) => Promise<ParsePageResult | null>;

/** A parse request on its way, or why none was sent. Times are the page's main-thread milliseconds. */
export type ParseRequest =
  | {
      /** The parser's answer; null when it failed or could not. Never rejects. */
      answer: Promise<ParsePageResult | null>;
      /** Time spent serialising the page and posting it (posting serialises the message again). */
      serialise: number;
      /** When the request left (`now()`), so the wait for the answer can be told apart from work. */
      postedAt: number;
    }
  | { tooLong: true; serialise: number };

/**
 * Serialises `doc` (without the scripts and styles Readability would throw away: lib/extract/lean-html.ts)
 * and posts it to `parser`, giving the page its thread back (`pause`) before each of
 * the two page-sized steps (the `outerHTML`, the post). Resolves once the request has left; its
 * `answer` resolves when the parser replies.
 */
export async function requestOffPageParse(doc: Document, parser: PageParser, pause: () => Promise<void>, now: () => number): Promise<ParseRequest> {
  await pause();
  const t0 = now();
  const html = leanPageHtml(doc.documentElement.outerHTML);
  if (html.length > MAX_OFF_PAGE_HTML) return { tooLong: true, serialise: now() - t0 };
  const serialised = now() - t0;
  await pause();
  const tPost = now();
  let answer: Promise<ParsePageResult | null>;
  try {
    answer = parser(html, doc.URL).catch(() => null);
  } catch {
    answer = Promise.resolve(null);
  }
  const postedAt = now();
  return { answer, serialise: serialised + (postedAt - tPost), postedAt };
}
