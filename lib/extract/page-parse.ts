/**
 * Readability away from the page: the page's HTML parsed with `DOMParser` in an extension document
 * (Chrome's offscreen document, Firefox's background page), so the reader's tab never runs the
 * parse. The page serialises itself (`outerHTML`, a native call far cheaper than cloning and
 * parsing) and gets back the article as HTML, which it maps onto its own text nodes exactly as it
 * maps the clone's (lib/extract/node-map.ts).
 */
import { Readability } from '@mozilla/readability';
import { MAX_MISSES } from './node-map';

/** Readability's element guard, as on the page (lib/extract/article.ts MAX_ELEMENTS). */
const READABILITY_MAX_ELEMS = 30_000;

/** What Readability found, without the live-page parts (canonical URL, document language) the page adds itself. */
export interface ParsedPage {
  /** The article element's HTML; adjacent text nodes are kept apart by empty comments (see `keepTextNodesApart`). */
  html: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  /**
   * The text (not whitespace) of the article's text nodes that have no twin among the page's own,
   * found as the page finds twins (lib/extract/node-map.ts). Readability makes such nodes when its
   * first attempt finds too little text: it rebuilds the page from an `innerHTML` copy and tries
   * again, and text that only the `<br>`s it removed kept apart comes back joined. Parsing on the
   * page makes the same nodes, which find no twin there either, so on the page they are no sign
   * that the page changed since it sent its HTML (lib/extract/off-page.ts). Usually empty; absent
   * (a parser that does not say), no text is excused.
   */
  withoutTwin?: string[];
}

/** The answer to a page's `parse-page`: the article (or null: not an article) and the parse's own time. */
export interface ParsePageResult {
  article: ParsedPage | null;
  /** Milliseconds spent parsing, off the page's main thread. */
  ms: number;
}

/**
 * Readability's article holds text nodes that were apart on the page but end up side by side once
 * it removes what stood between them (a button, an ad). Serialised, they would come back as one
 * text node that matches none of the page's; an empty comment between them keeps them two.
 */
function keepTextNodesApart(root: Node): void {
  const doc = root.ownerDocument!;
  const texts = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const pairs: Text[] = [];
  for (let n = texts.nextNode() as Text | null; n; n = texts.nextNode() as Text | null) {
    if (n.nextSibling?.nodeType === 3) pairs.push(n);
  }
  for (const n of pairs) n.after(doc.createComment(''));
}

/** The data of the text nodes under `root`, in document order, empty ones left out. */
function textsOf(root: Node): string[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: string[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (n.data.length > 0) out.push(n.data);
  return out;
}

/**
 * The article's texts (not whitespace) that find no twin in `pageTexts`: the walk of
 * lib/extract/node-map.ts `matchTextNodes` (each article text takes the next page text with the
 * same data; one without keeps its place), over the page's texts as its HTML holds them. Like that
 * walk it gives up after MAX_MISSES misses, each a scan to the end; the page then matches no
 * further either, and parses itself.
 *
 * It is that walk written again on strings, not that walk shared: by now Readability has moved the
 * page's nodes into its article (and rebuilt them from a copy on a retry), so there is no page tree
 * left to walk, only the texts taken before the parse. Cloning the page to keep one would cost a
 * page-sized copy in every parse; a walk generic over nodes and strings would need a cursor that can
 * step back, a pairing callback that may take several page nodes (node-map.ts `splitTwin`, which
 * cannot happen here: text parsed from HTML has no adjacent text nodes) and node-map's pauses,
 * all on its per-node hot path, to share a dozen lines. off-page.test.ts holds the two to the same
 * answer.
 */
function textsWithoutTwin(article: readonly string[], pageTexts: readonly string[]): string[] {
  const missing: string[] = [];
  let misses = 0;
  let next = 0;
  for (const data of article) {
    const at = pageTexts.indexOf(data, next);
    if (at >= 0) {
      next = at + 1;
      continue;
    }
    if (/\S/.test(data)) missing.push(data);
    if (++misses >= MAX_MISSES) break;
  }
  return missing;
}

/** Parses a page's HTML (its `outerHTML`) at `url` and runs Readability on it, as the page would have. */
export function parsePageHtml(html: string, url: string, now: () => number = () => performance.now()): ParsePageResult {
  const t0 = now();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Relative links and images resolve against the page, not against the extension document.
  const existing = doc.querySelector('base[href]');
  let baseHref = url;
  try {
    baseHref = new URL(existing?.getAttribute('href') ?? url, url).href;
  } catch {
    // an unreadable <base>: the page's own URL
  }
  const base = existing ?? doc.createElement('base');
  base.setAttribute('href', baseHref);
  if (!existing) doc.head.prepend(base);
  // The page's own texts, before Readability moves and rebuilds them: what its article is matched against.
  const pageTexts = textsOf(doc.body ?? doc.documentElement);
  const parsed = new Readability<Node>(doc, { serializer: (node) => node, maxElemsToParse: READABILITY_MAX_ELEMS }).parse();
  if (!parsed?.content) return { article: null, ms: now() - t0 };
  keepTextNodesApart(parsed.content);
  const article: ParsedPage = {
    html: (parsed.content as Element).outerHTML,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    excerpt: parsed.excerpt ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    publishedTime: parsed.publishedTime ?? null,
    withoutTwin: textsWithoutTwin(textsOf(parsed.content), pageTexts),
  };
  return { article, ms: now() - t0 };
}
