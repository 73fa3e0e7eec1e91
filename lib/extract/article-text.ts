/**
 * Turns the extracted article (clone nodes) into the plain text sent to the background, keeping
 * for every stretch of that text the live text node it came from.
 */

/** A run of article text that lives in one text node of the page. */
export interface TextSegment {
  node: Text;
  /** Offset of the segment in the article text. */
  start: number;
  /** Offset of the segment's first character inside `node`. */
  nodeOffset: number;
  length: number;
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
}

/** Elements whose text is never analysed: the page's own UI, code, and anything the reader edits. */
const EXCLUDED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'NAV', 'FORM', 'IFRAME', 'OBJECT', 'CANVAS',
]);

/** Elements that start a new block: their text is separated by a paragraph break in the article text. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR',
  'TD', 'TH', 'CAPTION', 'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

const BLOCK_BREAK = '\n\n';

/**
 * True when a live node sits where Backstory must not highlight (form fields, editable regions, code).
 * `memo` (one per pass) remembers each element's answer: sibling text nodes share their ancestors,
 * so a pass asks about each element once instead of once per text node below it.
 */
export function isExcludedLive(node: Node, memo?: Map<Element, boolean>): boolean {
  const el = node.parentElement;
  if (!el) return false;
  const known = memo?.get(el);
  if (known !== undefined) return known;
  // An editable region is marked by a contenteditable ancestor or, for the whole document, by
  // designMode (read once, at the root): cheaper than `isContentEditable` on every element, which
  // in Firefox's content scripts cost a few milliseconds per thousand paragraphs.
  const excluded =
    EXCLUDED_TAGS.has(el.tagName.toUpperCase()) ||
    el.getAttribute('contenteditable') !== null ||
    (el.parentElement === null ? el.ownerDocument.designMode === 'on' : isExcludedLive(el, memo));
  memo?.set(el, excluded);
  return excluded;
}

/**
 * Page furniture that Readability keeps inside an article body: sign-up boxes, share and tag bars,
 * related and "more" lists, comment threads, tickers, ads, paywall and appeal boxes. Matched against
 * each class token and the id of the live element, as whole words inside names such as
 * `Newsletter_box__W3pLd` or `article-tools` (Readability strips classes from its copy).
 */
const FURNITURE =
  /^(?:.*[-_])?(?:newsletters?|sign-?up|subscribe|subscription|promo|related|share|sharing|social|sns|comments?|talkbacks?|ticker|flash|tags?|tag-list|letters|support|donate|paywall|members-only|ads?|ad-slot|advert|advertisement|sponsor(?:ed)?|recirc|trust-badge|tools|feedback|pagination)(?:[-_].*)?$|^more[-_]/i;
/** A marker after which the page runs on into another article (infinite scroll). */
const NEXT_ARTICLE = /(?:^|[-_])(?:next-article|up-next|read-next|next-story)(?:[-_]|$)/i;

const NO_TOKENS: readonly string[] = [];

/** The class tokens and id of `el`; `memo` (one per pass) keeps them, as siblings look at each other. */
function classTokens(el: Element, memo?: Map<Element, readonly string[]>): readonly string[] {
  const known = memo?.get(el);
  if (known) return known;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const tokens = cls || id ? [...(cls ?? '').split(/\s+/).filter(Boolean), ...(id ? [id] : [])] : NO_TOKENS;
  memo?.set(el, tokens);
  return tokens;
}

/** How many preceding siblings are searched for a "next article" divider. */
const MARKER_LOOKBACK = 3;

/** True when one of the few elements right before `live` is a "next article" divider. */
function followsNextArticleMarker(live: Node | undefined, memo?: Map<Element, readonly string[]>): boolean {
  let el = live && live.nodeType === 1 ? (live as Element).previousElementSibling : null;
  for (let i = 0; el && i < MARKER_LOOKBACK; i++, el = el.previousElementSibling) {
    if (classTokens(el, memo).some((t) => NEXT_ARTICLE.test(t))) return true;
  }
  return false;
}

/** True for display values that start a new line, whatever the element's tag. */
function isBlockDisplay(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const display = view.getComputedStyle(el).display;
  return display !== '' && !display.startsWith('inline') && display !== 'contents' && display !== 'none';
}

/**
 * Collects the text of `root` (a clone subtree) with each run mapped to its live text node.
 * Text whose live twin is missing, detached or excluded is left out, and so is page furniture
 * inside the article and anything after a "next article" marker.
 */
export function collectArticleText(root: Node, cloneToLive: ReadonlyMap<Node, Node>, splits?: ReadonlyMap<Node, readonly Text[]>): ArticleText {
  const steps = collectArticleTextStepwise(root, cloneToLive, splits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `collectArticleTextStepwise` pauses after this many article text nodes. */
const STEP_TEXTS = 200;

/**
 * `collectArticleText` in steps: the generator pauses (yields) every few hundred text nodes, so a
 * caller can give the page its thread back on a long article (lib/extract/off-page.ts). Every live
 * node is re-checked when it is read, so a page that changes between steps loses text, never
 * gains the wrong text.
 */
export function* collectArticleTextStepwise(root: Node, cloneToLive: ReadonlyMap<Node, Node>, splits?: ReadonlyMap<Node, readonly Text[]>): Generator<void, ArticleText, void> {
  const filtered = yield* collect(root, cloneToLive, true, splits);
  // A safety net for class names that only look like furniture (a "post-social-wrap" around the
  // whole story): when filtering dropped most of the article, keep it all instead.
  if (filtered.dropped <= filtered.text.length) return { text: filtered.text, segments: filtered.segments };
  const all = yield* collect(root, cloneToLive, false, splits);
  return { text: all.text, segments: all.segments };
}

/**
 * The text of the article copy alone, read without the live page: what the first analysis of a page asks
 * about before it pays for `collectArticleText` (lib/extract/off-page.ts, `probe`). It holds at least the
 * words `collectArticleText` would: the copy does not show page furniture (Readability strips the classes
 * that tell it), and where two runs of different elements meet with no space between them it breaks the
 * paragraph between two words, as the live page does where CSS shows a block there (`cssBreakBetween`), so
 * that no name is joined to its neighbour ("Politics" and "Georgia votes" in two block-styled spans).
 */
export function copyArticleText(root: Node): string {
  const parts: string[] = [];
  let pendingBreak = false;
  let started = false;
  let endsInWord = false;
  let lastParent: Node | null = null;
  for (let node: Node = root; ; ) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (!pendingBreak && endsInWord && lastParent !== node.parentNode && /^[\p{L}\p{N}]/u.test(data)) pendingBreak = true;
        if (pendingBreak && started) parts.push(BLOCK_BREAK);
        pendingBreak = false;
        parts.push(data);
        started = true;
        endsInWord = /[\p{L}\p{N}]$/u.test(data);
        lastParent = node.parentNode;
      }
    } else if (node.nodeType === 1 && !EXCLUDED_TAGS.has((node as Element).tagName.toUpperCase())) {
      if (isBlock(node)) pendingBreak = true;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (isBlock(node)) pendingBreak = true;
    }
    if (node === root) break;
    node = node.nextSibling!;
  }
  return parts.join('');
}

/**
 * The live element holding every live twin of the text under `root` (Readability's article element
 * is its own, with no live twin): live ancestors are judged as furniture only below it.
 */
export function liveAncestorOfAll(root: Node, cloneToLive: ReadonlyMap<Node, Node>): Element | null {
  const doc = root.ownerDocument;
  if (!doc) return null;
  const texts = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let first: Node | undefined;
  let last: Node | undefined;
  for (let n = texts.nextNode(); n; n = texts.nextNode()) {
    const live = cloneToLive.get(n);
    if (!live) continue;
    first ??= live;
    last = live;
  }
  let el = first?.parentElement ?? null;
  while (el && last && !el.contains(last)) el = el.parentElement;
  return el;
}

/** Elements whose class names are not read as furniture: the story's own containers and above. */
const FURNITURE_BOUNDARY = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);

/** Whether `node` is an element that sets its text apart from what is around it (`BLOCK_TAGS`). */
function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Whether a block element (between two pieces of one joined text: a `<br>`) stands between the sibling `previous` and `piece`. */
function blockBetween(previous: Node, piece: Node): boolean {
  for (let n = previous.nextSibling; n && n !== piece; n = n.nextSibling) if (isBlock(n)) return true;
  return false;
}

function* collect(root: Node, cloneToLive: ReadonlyMap<Node, Node>, dropFurniture: boolean, splits?: ReadonlyMap<Node, readonly Text[]>): Generator<void, ArticleText & { dropped: number }, void> {
  let text = '';
  let dropped = 0;
  const segments: TextSegment[] = [];
  let pendingBreak = false;
  let stopped = false;
  let lastLive: Text | null = null;
  /** Whether the text so far ends in a non-space character. */
  let endsInWord = false;

  /** Two runs meeting with no space between them, from different elements: a CSS block boundary? */
  const cssBreakBetween = (prev: Text, next: Text): boolean => {
    const a = prev.parentElement;
    const b = next.parentElement;
    if (!a || !b || a === b) return false;
    for (let el: Element | null = b; el && !el.contains(prev); el = el.parentElement) if (isBlockDisplay(el)) return true;
    for (let el: Element | null = a; el && !el.contains(next); el = el.parentElement) if (isBlockDisplay(el)) return true;
    return false;
  };

  /**
   * What the live ancestors of a text node say about it. Checked on the live page, because
   * Readability replaces wrapper elements (a sign-up DIV holding one P becomes that P) and strips
   * classes in its copy. Cached per element: siblings share their ancestors.
   */
  const liveRoot = cloneToLive.get(root) ?? liveAncestorOfAll(root, cloneToLive);
  const verdicts = new Map<Element, 'ok' | 'furniture' | 'next'>();
  const tokensMemo = new Map<Element, readonly string[]>();
  const excluded = new Map<Element, boolean>();
  const verdictOf = (el: Element | null): 'ok' | 'furniture' | 'next' => {
    if (!dropFurniture || !el || el === liveRoot) return 'ok';
    let verdict = verdicts.get(el);
    if (verdict) return verdict;
    // Readability leaves a (often aria-hidden) "next article" divider out but keeps what follows it.
    if (followsNextArticleMarker(el, tokensMemo)) {
      verdicts.set(el, 'next');
      return 'next';
    }
    if (FURNITURE_BOUNDARY.has(el.tagName.toUpperCase())) return 'ok';
    const tokens = classTokens(el, tokensMemo);
    if (tokens.some((t) => NEXT_ARTICLE.test(t))) verdict = 'next';
    else if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || tokens.some((t) => FURNITURE.test(t))) verdict = 'furniture';
    else verdict = verdictOf(el.parentElement);
    verdicts.set(el, verdict);
    return verdict;
  };

  /** Adds the text `data` of the live node `live` (when it still holds it and may be read) as a segment. */
  const addRun = (live: Node | undefined, data: string): void => {
    if (stopped || !live || live.nodeType !== 3 || !live.isConnected || data.length === 0) return;
    if ((live as Text).data !== data || isExcludedLive(live, excluded)) return;
    const verdict = verdictOf(live.parentElement);
    if (verdict === 'next') {
      stopped = true;
      return;
    }
    if (verdict === 'furniture') {
      dropped += data.length;
      return;
    }
    // `endsInWord` instead of reading the text's end: `text` grows by concatenation, and reading its
    // last character (or testing it with /\S$/) flattens it every time, which made this loop
    // quadratic in the article's length (13 to 37 s on a long Wikipedia page).
    if (!pendingBreak && lastLive && endsInWord && /^\S/.test(data) && cssBreakBetween(lastLive, live as Text)) pendingBreak = true;
    if (pendingBreak && text.length > 0) text += BLOCK_BREAK;
    pendingBreak = false;
    segments.push({ node: live as Text, start: text.length, nodeOffset: 0, length: data.length });
    text += data;
    endsInWord = /\S$/.test(data);
    lastLive = live as Text;
  };

  // Depth first, in document order, without recursion so that it can pause between text nodes: a
  // block element's text is set apart from what comes before and after it.
  let texts = 0;
  for (let node: Node = root; !stopped; ) {
    if (node.nodeType === 3) {
      // One article text node the page holds in several (node-map.ts `splitTwin`): a segment for
      // each piece, and a line's break where a `<br>` stood between two of them.
      const pieces = splits?.get(node);
      if (pieces) {
        pieces.forEach((piece, i) => {
          if (i > 0 && blockBetween(pieces[i - 1]!, piece)) pendingBreak = true;
          addRun(piece, piece.data);
        });
      } else {
        addRun(cloneToLive.get(node), (node as Text).data);
      }
      if (++texts % STEP_TEXTS === 0) yield;
    } else if (node.nodeType === 1 && !EXCLUDED_TAGS.has((node as Element).tagName.toUpperCase())) {
      if (isBlock(node)) pendingBreak = true;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (isBlock(node)) pendingBreak = true;
    }
    // Done with `node`: on to its next sibling, leaving the elements it closes.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (isBlock(node)) pendingBreak = true;
    }
    if (node === root) break;
    node = node.nextSibling!;
  }
  return { text, segments, dropped };
}

/** A position in the live page. */
export interface LivePoint {
  node: Text;
  offset: number;
}

/**
 * Maps an offset in the article text to a point in the live page. An `end` offset that falls on a
 * segment boundary maps to the end of the earlier segment, so a range never swallows a paragraph break.
 */
export function pointAt(segments: readonly TextSegment[], offset: number, isEnd: boolean): LivePoint | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    const from = s.start;
    const to = s.start + s.length;
    if (isEnd ? offset <= from : offset < from) hi = mid - 1;
    else if (isEnd ? offset > to : offset >= to) lo = mid + 1;
    else return { node: s.node, offset: s.nodeOffset + offset - from };
  }
  return null;
}
