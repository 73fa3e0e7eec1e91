/**
 * Clone-to-live node mapping.
 *
 * Readability mutates the document it parses, so it runs on `document.cloneNode(true)`. Before the
 * parse, the clone and the live document have the same shape, so walking both in step pairs every
 * clone node with the live node it was copied from. Readability moves text nodes around but keeps
 * their identity, so after the parse each text node of the extracted article still finds its live
 * twin through this map: no searching for strings in the page.
 */

/**
 * Pairs every node under `clone` with the node at the same position under `live`. Walks both trees
 * in step (pre-order) without allocating per node: this runs over the whole page on every analysis.
 * Where the two trees differ in child count, the extra children are left unpaired.
 */
export function mapCloneToLive(live: Node, clone: Node): Map<Node, Node> {
  const map = new Map<Node, Node>();
  let l: Node = live;
  let c: Node = clone;
  for (;;) {
    map.set(c, l);
    const lc = l.firstChild;
    const cc = c.firstChild;
    if (lc && cc) {
      l = lc;
      c = cc;
      continue;
    }
    // No children to pair: move to the next pair of siblings, climbing as far as needed.
    for (;;) {
      if (l === live) return map;
      const ln = l.nextSibling;
      const cn = c.nextSibling;
      if (ln && cn) {
        l = ln;
        c = cn;
        break;
      }
      l = l.parentNode!;
      c = c.parentNode!;
    }
  }
}
