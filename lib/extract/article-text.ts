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

/** True when a live node sits where Backstory must not highlight (form fields, editable regions, code). */
export function isExcludedLive(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (EXCLUDED_TAGS.has(el.tagName.toUpperCase())) return true;
    if (el.isContentEditable || el.getAttribute('contenteditable') !== null) return true;
  }
  return false;
}

/**
 * Collects the text of `root` (a clone subtree) with each run mapped to its live text node.
 * Text whose live twin is missing, detached or excluded is left out.
 */
export function collectArticleText(root: Node, cloneToLive: ReadonlyMap<Node, Node>): ArticleText {
  let text = '';
  const segments: TextSegment[] = [];
  let pendingBreak = false;

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const live = cloneToLive.get(node);
      const data = (node as Text).data;
      if (!live || live.nodeType !== 3 || !live.isConnected || data.length === 0) return;
      if ((live as Text).data !== data || isExcludedLive(live)) return;
      if (pendingBreak && text.length > 0) text += BLOCK_BREAK;
      pendingBreak = false;
      segments.push({ node: live as Text, start: text.length, nodeOffset: 0, length: data.length });
      text += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (EXCLUDED_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) pendingBreak = true;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) pendingBreak = true;
  };
  walk(root);
  return { text, segments };
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
