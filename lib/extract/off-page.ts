/**
 * Article extraction with the parse taken off the page's main thread. The page pays for the gate,
 * one `outerHTML`, and reading the (much smaller) article back; Readability runs in an extension
 * document (lib/extract/page-parse.ts). Whenever that cannot give the same result as parsing on the
 * page (no parser, an error, article text that does not map back onto the page because the page
 * changed meanwhile), the page parses itself.
 */
import { articleMeta, type ArticleMeta, type ExtractOptions, type ExtractResult } from './article-meta';
import { collectArticleTextStepwise, copyArticleText, liveAncestorOfAll, type ArticleText } from './article-text';
import { gateArticle } from './gate';
import { matchTextNodesStepwise } from './node-map';
import { requestOffPageParse, type PageParser, type ParseRequest } from './parse-request';

export type { PageParser } from './parse-request';

/** Walking the page's text nodes gives the page its thread back after this many milliseconds. */
const SLICE_MS = 8;

/**
 * A copy's text longer than this is not probed (`Probe`): a long article nearly always names something, and
 * asking twice would have the background match it twice before the first highlight (a one-megabyte article:
 * 442 -> 570 ms from DOMContentLoaded to highlights, docs/benchmarks.md).
 */
const PROBE_MAX_CHARS = 50_000;

/**
 * Readability on the page itself (lib/extract/article.ts `extractArticle`), for the fallback. Passed in
 * rather than imported, so that the content script loads the parser only when it falls back.
 */
export type OnPageExtract = (doc: Document, options: ExtractOptions) => ExtractResult | Promise<ExtractResult>;

/**
 * A page's first analysis can ask about the article's copy before it reads the live page's text
 * (`collectArticleText`, the costlier part): `probe` gets the copy's text (`copyArticleText`, which holds
 * at least the live text's words) and says whether the analysis may stop there, nothing in it to show. Most
 * articles name nothing Backstory knows; there the live text is read only if someone asks for it (`exact`).
 */
export type Probe = (text: string, meta: ArticleMeta) => Promise<boolean>;

/** An extraction a probe stopped: the live element holding the article, and its live text on request. */
export interface Probed {
  liveRoot: Node | null;
  exact: () => Promise<ArticleText>;
}

/** Why an off-page extraction fell back to parsing on the page, for diagnostics and tests. */
export type FallbackReason = 'no-parser' | 'xhtml' | 'too-long' | 'failed' | 'unmapped';

/**
 * Text nodes of the article (not whitespace) that found no twin on the page: the page changed since
 * it sent its HTML. (Text Readability joined itself is matched piece by piece: node-map.ts `splitTwin`.)
 */
function unmatchedText(root: Node, map: ReadonlyMap<Node, Node>): number {
  const texts = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let missing = 0;
  for (let n = texts.nextNode() as Text | null; n; n = texts.nextNode() as Text | null) {
    if (!map.has(n) && /\S/.test(n.data)) missing++;
  }
  return missing;
}

/**
 * Runs `steps` to the end, giving the page its thread back (`pause`) whenever a slice of work has
 * lasted SLICE_MS. Returns the result and the time spent working, not waiting.
 */
async function inSlices<T>(steps: Generator<void, T, void>, pause: () => Promise<void>, now: () => number): Promise<{ value: T; worked: number }> {
  let worked = 0;
  let sliceStart = now();
  let step = steps.next();
  while (!step.done) {
    if (now() - sliceStart >= SLICE_MS) {
      worked += now() - sliceStart;
      await pause();
      sliceStart = now();
    }
    step = steps.next();
  }
  return { value: step.value, worked: worked + (now() - sliceStart) };
}

/**
 * Extracts the article of `doc` with Readability's parse done by `parser`, off the page. The result
 * is the same as `extractArticle`'s; `fallback` says when (and why) the page parsed it itself, with
 * `parseOnPage`.
 */
export async function extractArticleOffPage(
  doc: Document,
  parser: PageParser | null,
  parseOnPage: OnPageExtract,
  options: ExtractOptions & {
    /** A request already sent for this page (by the gate, while the analyser loaded): its answer is used instead of sending another. */
    sent?: Promise<ParseRequest>;
    /** Asked about the copy's text once the copy maps onto the page (`Probe`); true stops the extraction there. */
    probe?: Probe;
  } = {},
): Promise<ExtractResult & { fallback?: FallbackReason; probed?: Probed }> {
  const now = options.now ?? (() => performance.now());
  /** Parses on the page after all; `spent` is the page's time already lost to the attempt, counted in. */
  const onPage = async (fallback: FallbackReason, spent = 0): Promise<ExtractResult & { fallback: FallbackReason }> => {
    const result = await parseOnPage(doc, options);
    return { ...result, timings: { ...result.timings, parse: (result.timings.parse ?? 0) + spent }, fallback } as ExtractResult & { fallback: FallbackReason };
  };
  const pause = options.yieldToPage ?? (async () => undefined);
  const { sent } = options;
  /** The parse to wait for: the request the gate already sent, or one sent once the page passes the gate. */
  const send = sent ? () => sent : parser ? () => requestOffPageParse(doc, parser, pause, now) : null;
  if (!send) return onPage('no-parser');
  const t0 = now();
  const gated = gateArticle(doc, options.force);
  if (gated.status === 'too-large') return { status: 'too-large', elements: gated.elements, timings: { gate: now() - t0 } };
  if (gated.status === 'not-article') return { status: 'not-article', timings: { gate: now() - t0 } };
  // XHTML served as XML is re-parsed as HTML on the page already (lib/extract/article.ts).
  if (!gated.html) return onPage('xhtml');
  const gateMs = now() - t0;
  // From here on the page's thread is given back between steps (`yieldToPage`): each step is one
  // task, and the page-sized ones (outerHTML, posting it, walking the page's text nodes) are not
  // added up into one long task. The timings count only the time spent working, not waiting.
  let request: ParseRequest | null;
  try {
    request = await send();
  } catch {
    request = null;
  }
  if (!request) return onPage('failed');
  if ('tooLong' in request) return onPage('too-long', request.serialise);
  const result = await request.answer;
  const tBack = now();
  const serialise = request.serialise;
  const wait = tBack - request.postedAt;
  if (!result) return onPage('failed', serialise);
  if (!result.article) return { status: 'not-article', timings: { gate: gateMs, parse: serialise, offPage: result.ms, wait } };
  // Read the article back in an inert document: nothing in it runs or loads.
  const copy = new DOMParser().parseFromString(result.article.html, 'text/html');
  const root = copy.body.firstElementChild ?? copy.body;
  const tRead = now();
  // Reading a long article back is a task of its own: the walk over the page's text nodes starts after a pause.
  await pause();
  // One article text node for several of the page's (a script's adjacent text nodes, text Readability's
  // retry joined): matched piece by piece (node-map.ts `splitTwin`).
  const splits = new Map<Node, Text[]>();
  const { value: toLive, worked: pair } = await inSlices(matchTextNodesStepwise(root, doc.body ?? doc.documentElement, splits), pause, now);
  // The parse's cost on the page: serialising it, and reading the article back.
  const parse = serialise + (tRead - tBack);
  if (unmatchedText(root, toLive) > 0) return onPage('unmapped', parse + pair);
  const timingsWith = (textMs: number) => ({ gate: gateMs, parse, clone: serialise, offPage: result.ms, wait, map: pair + textMs, pair, text: textMs });
  let meta: ArticleMeta | undefined;
  const metaOnce = () => (meta ??= articleMeta(doc, result.article!));
  if (options.probe) {
    const tQuick = now();
    const quick = copyArticleText(root);
    metaOnce();
    const quickMs = now() - tQuick;
    if (quick.length <= PROBE_MAX_CHARS && quick.trim().length > 0 && (await options.probe(quick, metaOnce()))) {
      const exact = async () => (await inSlices(collectArticleTextStepwise(root, toLive, splits), pause, now)).value;
      return { status: 'article', article: { text: quick, segments: [], meta: metaOnce(), content: root }, timings: timingsWith(quickMs), probed: { liveRoot: liveAncestorOfAll(root, toLive), exact } };
    }
  }
  // On a long article pairing and collecting each take tens of milliseconds: give the page its
  // thread back between them, and within the collection. It re-checks every live node, so a change
  // meanwhile is safe.
  await pause();
  const { value: text, worked: collected } = await inSlices(collectArticleTextStepwise(root, toLive, splits), pause, now);
  const timings = timingsWith(collected);
  if (text.text.trim().length === 0) return { status: 'not-article', timings };
  return { status: 'article', article: { ...text, meta: metaOnce(), content: root }, timings };
}
