/**
 * Which located mentions the reader sees, and how they are registered: the rules the content
 * script, the reader view and the welcome demo share (components/annotator/).
 */
import type { HighlightGroup } from './registry';

/** What these rules read of a located mention (lib/highlight/page-model.ts `LiveMention`). */
export interface PresentableMention {
  range: Range;
  group: HighlightGroup;
  surface: string;
  entry: { id: string } | null;
  /** The reader's own or looked-up name: drawn privately, never in `CSS.highlights`. */
  privateName: boolean;
}

/** The reader's highlight style: every mention, each name's first mention, or none. */
export type HighlightStyle = 'all' | 'first' | 'none';

/**
 * Each name's first mention only. A name is its entry; an ambiguous name (no entry) is its surface
 * folded to lower case, so "Georgia" and "GEORGIA" count as one name wherever it is shown.
 */
export function firstMentions<T extends PresentableMention>(mentions: readonly T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = m.entry?.id ?? `?${m.surface.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The mentions to underline and open cards on, by the highlight style. */
export function presentMentions<T extends PresentableMention>(mentions: readonly T[], style: HighlightStyle): T[] {
  switch (style) {
    case 'none':
      return [];
    case 'first':
      return firstMentions(mentions);
    default:
      return [...mentions];
  }
}

/**
 * Splits mentions into the ranges registered with `CSS.highlights`, one list per group, and the
 * `secret` ones (the reader's own and looked-up names) that are drawn privately instead, because
 * every page script can read `CSS.highlights`.
 */
export function highlightGroups<T extends PresentableMention>(mentions: readonly T[]): { groups: Map<HighlightGroup, Range[]>; secret: T[] } {
  const groups = new Map<HighlightGroup, Range[]>();
  const secret: T[] = [];
  for (const m of mentions) {
    if (m.privateName) {
      secret.push(m);
      continue;
    }
    let list = groups.get(m.group);
    if (!list) groups.set(m.group, (list = []));
    list.push(m.range);
  }
  return { groups, secret };
}
