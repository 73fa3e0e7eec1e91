/**
 * Clone-to-live text node matching.
 *
 * Readability mutates the document it parses, so it runs on `document.cloneNode(true)`, and the
 * article it returns is made of the clone's nodes. Readability keeps text nodes whole (it moves
 * them, never edits their data) and keeps the article's text in document order, so the article's
 * text nodes are a subsequence of the live page's text nodes, with the same data: walking both in
 * order and taking, for each article text node, the next live text node with the same data finds
 * its live twin. (Except where its retry joins text: `splitTwin` below.)
 *
 * This replaced pairing every node of the two trees before the parse: that walk touched the whole
 * page and left a page-sized map alive through Readability's parse, which measurably slowed the
 * parse itself (see docs/benchmarks.md). Matching after the parse touches only the live text nodes
 * up to the article's last one.
 *
 * A match is never later than the true twin (by induction: each search starts after the previous
 * match, which is not later than the previous twin). It can be earlier only when text that
 * Readability removed from between two article nodes has exactly the same data as the next article
 * node, which in practice means whitespace between elements.
 */

/** After this many article text nodes without a live twin the rest are left unmatched: each miss scans to the end of the page. */
const MAX_MISSES = 16;

/**
 * The elements Readability removes from the page before it keeps its copy for a retry: scripts and
 * styles, and the `<br>`s of a run of them (it makes paragraphs of what they separated). Text that
 * stood on either side of one comes back from the copy joined.
 */
const REMOVED_BEFORE_COPY = new Set(['BR', 'SCRIPT', 'NOSCRIPT', 'STYLE']);

/** Whether `node` is an element Readability removes before it copies the page (`REMOVED_BEFORE_COPY`). */
function removedBeforeCopy(node: Node): boolean {
  return node.nodeType === 1 && REMOVED_BEFORE_COPY.has((node as Element).tagName.toUpperCase());
}

/**
 * The live text nodes, `first` and its following text siblings, whose data put together is `data`;
 * null when there are none. Two ways one article text node stands for several of the page's:
 * - a page's script can leave one run of text in several adjacent text nodes (`splitText`, a
 *   framework rendering `{a}{b}`), which its HTML carries as one, so the article parsed from that
 *   HTML (off the page) holds one text node;
 * - when Readability's first attempt finds too little text it rebuilds the page from an HTML copy
 *   it made after removing some elements (`REMOVED_BEFORE_COPY`), and the text they kept apart
 *   comes back as one node (on either path): its pieces are siblings with only those between.
 */
function splitTwin(first: Text, data: string): Text[] | null {
  if (first.data.length === 0 || first.data.length >= data.length || !data.startsWith(first.data)) return null;
  const pieces = [first];
  let at = first.data.length;
  for (let n = first.nextSibling; n && at < data.length; n = n.nextSibling) {
    if (removedBeforeCopy(n)) continue;
    if (n.nodeType !== 3) return null;
    const piece = (n as Text).data;
    if (!data.startsWith(piece, at)) return null;
    pieces.push(n as Text);
    at += piece.length;
  }
  return at === data.length ? pieces : null;
}

/** `matchTextNodesStepwise` pauses after walking this many live text nodes. */
const STEP_NODES = 500;

/**
 * Maps each text node under `cloneRoot` (in order) to its live twin under `liveRoot`, as described
 * above. With `splits`, an article text node whose text the page holds in several text nodes
 * (`splitTwin`) is matched too: `splits` gets the live pieces, the map the first of them.
 */
export function matchTextNodes(cloneRoot: Node, liveRoot: Node, splits?: Map<Node, Text[]>): Map<Node, Node> {
  const steps = matchTextNodesStepwise(cloneRoot, liveRoot, splits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `matchTextNodes` in steps: the generator pauses (yields) every few hundred live text nodes it walks,
 * so a caller can give the page its thread back on a long page (lib/extract/off-page.ts), and returns
 * the map when done. A page that changes between steps can only leave nodes unmatched, never
 * mismatched: every pairing compares the live node's data at that moment.
 */
export function* matchTextNodesStepwise(cloneRoot: Node, liveRoot: Node, splits?: Map<Node, Text[]>): Generator<void, Map<Node, Node>, void> {
  const map = new Map<Node, Node>();
  const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: no NodeFilter global in every context
  const clones = (cloneRoot.ownerDocument ?? (cloneRoot as Document)).createTreeWalker(cloneRoot, SHOW_TEXT);
  const lives = (liveRoot.ownerDocument ?? (liveRoot as Document)).createTreeWalker(liveRoot, SHOW_TEXT);
  let misses = 0;
  let walked = 0;
  for (let c = clones.nextNode() as Text | null; c; c = clones.nextNode() as Text | null) {
    const data = c.data;
    if (data.length === 0) continue;
    if (++walked % STEP_NODES === 0) yield;
    const resume = lives.currentNode;
    let l = lives.nextNode() as Text | null;
    let pieces: Text[] | null = null;
    while (l && l.data !== data && !(splits && (pieces = splitTwin(l, data)))) {
      if (++walked % STEP_NODES === 0) yield;
      l = lives.nextNode() as Text | null;
    }
    if (l) {
      map.set(c, l);
      if (pieces) {
        splits!.set(c, pieces);
        lives.currentNode = pieces[pieces.length - 1]!;
      }
      continue;
    }
    lives.currentNode = resume;
    if (++misses >= MAX_MISSES) break;
  }
  return map;
}
