/**
 * Hit-testing: which mention is under the pointer. The page's DOM carries no marker for a mention,
 * so the caret position at the pointer gives a text node, and the mention's client rectangles
 * confirm the pointer is really over its text (the caret APIs snap to the nearest character).
 */

export interface Hittable {
  range: Range;
}

/** Pixels of slack around a mention's rectangles: underlines sit just below the text box. */
const HIT_SLOP = 2;

/** Finds the text node and offset under a viewport point, in either browser's API. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The client rectangle of `range` that contains the point, if any. */
export function rectAt(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - HIT_SLOP && x <= rect.right + HIT_SLOP && y >= rect.top - HIT_SLOP && y <= rect.bottom + HIT_SLOP) {
      return rect;
    }
  }
  return null;
}

/** Indexes mentions by the text nodes they cover, for point lookups. */
export class MentionIndex<T extends Hittable> {
  private readonly byNode = new Map<Node, T[]>();

  constructor(items: readonly T[], nodesOf: (item: T) => Iterable<Node>) {
    for (const item of items) {
      for (const node of nodesOf(item)) {
        let list = this.byNode.get(node);
        if (!list) this.byNode.set(node, (list = []));
        list.push(item);
      }
    }
  }

  /** The mention under the viewport point (x, y), or null. */
  at(doc: Document, x: number, y: number): T | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const list = this.byNode.get(caret.node);
    if (!list) return null;
    for (const item of list) if (rectAt(item.range, x, y)) return item;
    return null;
  }
}
