/**
 * Readability away from the page: the page's HTML parsed with `DOMParser` in an extension document
 * (Chrome's offscreen document, Firefox's background page), so the reader's tab never runs the
 * parse. The page serialises itself (`outerHTML`, a native call far cheaper than cloning and
 * parsing) and gets back the article as HTML, which it maps onto its own text nodes exactly as it
 * maps the clone's (lib/extract/node-map.ts).
 */
import { Readability } from '@mozilla/readability';

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
  };
  return { article, ms: now() - t0 };
}
