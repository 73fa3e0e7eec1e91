/**
 * Clone-to-live node mapping.
 *
 * Readability mutates the document it parses, so it runs on `document.cloneNode(true)`. Before the
 * parse, the clone and the live document have the same shape, so walking both in step pairs every
 * clone node with the live node it was copied from. Readability moves text nodes around but keeps
 * their identity, so after the parse each text node of the extracted article still finds its live
 * twin through this map: no searching for strings in the page.
 */

/** Pairs every node under `clone` with the node at the same position under `live`. */
export function mapCloneToLive(live: Node, clone: Node): Map<Node, Node> {
  const map = new Map<Node, Node>();
  const stack: Array<[Node, Node]> = [[live, clone]];
  while (stack.length > 0) {
    const [l, c] = stack.pop()!;
    map.set(c, l);
    let lc = l.firstChild;
    let cc = c.firstChild;
    while (lc && cc) {
      stack.push([lc, cc]);
      lc = lc.nextSibling;
      cc = cc.nextSibling;
    }
  }
  return map;
}
