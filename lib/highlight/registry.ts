/**
 * The highlight registry: mentions are shown as CSS Custom Highlights, one named highlight per
 * entity kind, so the page's DOM is never touched. The `::highlight()` rules live in the content
 * script's manifest stylesheet.
 */
import type { EntryKind } from '../glossary/types';

/** Highlight names: one per kind, one for ambiguous names, one for the mention whose card is open. */
export type HighlightGroup = EntryKind | 'ambiguous' | 'active';

export const HIGHLIGHT_PREFIX = 'backstory-';

/** The `CSS.highlights` name of a group. */
export function highlightName(group: HighlightGroup): string {
  return `${HIGHLIGHT_PREFIX}${group}`;
}

/** True when the CSS Custom Highlight API is available in this context. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Owns Backstory's entries in `CSS.highlights`; `clear()` removes exactly what it added. */
export class HighlightRegistry {
  private readonly names = new Set<string>();

  /** Replaces the ranges of every group at once. Groups not named are removed (the active mark stays). */
  setGroups(groups: ReadonlyMap<HighlightGroup, readonly Range[]>): void {
    if (!highlightsSupported()) return;
    const next = new Set<string>();
    for (const [group, ranges] of groups) {
      if (ranges.length === 0) continue;
      const name = highlightName(group);
      CSS.highlights.set(name, new Highlight(...ranges));
      next.add(name);
    }
    // The active mark belongs to the open card, which may outlive the groups (a re-analysis).
    const active = highlightName('active');
    if (this.names.has(active)) next.add(active);
    for (const name of this.names) if (!next.has(name)) CSS.highlights.delete(name);
    this.names.clear();
    next.forEach((n) => this.names.add(n));
  }

  /** Marks the mention whose card is open (or none). */
  setActive(range: Range | null): void {
    if (!highlightsSupported()) return;
    const name = highlightName('active');
    if (range) {
      CSS.highlights.set(name, new Highlight(range));
      this.names.add(name);
    } else {
      CSS.highlights.delete(name);
      this.names.delete(name);
    }
  }

  /** Removes every highlight this registry registered. */
  clear(): void {
    if (!highlightsSupported()) return;
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }
}
