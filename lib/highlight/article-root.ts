/**
 * The live element holding an analysed article, on its own so the gate (entrypoints/content/gate.ts)
 * can watch it without loading the page model.
 */

/** The nearest node holding both the first and the last of `segments`' nodes; null without segments. */
export function articleRootOf(segments: ReadonlyArray<{ node: Node }>): Node | null {
  const first = segments[0]?.node;
  const last = segments[segments.length - 1]?.node;
  if (!first || !last) return null;
  let root: Node | null = first.parentNode;
  while (root && !root.contains(last)) root = root.parentNode;
  return root;
}
