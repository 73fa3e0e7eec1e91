/**
 * The reader's corrections of the matcher: on a given site, a given name is "not this one" (no
 * entry) or "it is X" (a chosen entry). Pure logic over a plain map; storage lives elsewhere.
 */
import type { Mention } from './matcher';
import { foldName } from './matcher';

/** Folded name -> chosen entry id, or null for "not this one". */
export type SiteCorrections = Record<string, string | null>;

/** Applies a site's corrections to mentions found in `text`. Mentions the reader rejected are dropped. */
export function applyCorrections(mentions: readonly Mention[], text: string, corrections: SiteCorrections | undefined): Mention[] {
  if (!corrections || Object.keys(corrections).length === 0) return [...mentions];
  const out: Mention[] = [];
  for (const m of mentions) {
    const key = foldName(text.slice(m.start, m.end));
    // Own keys only: a name like "constructor" must not find Object.prototype's.
    if (!Object.hasOwn(corrections, key)) {
      out.push(m);
      continue;
    }
    const chosen = corrections[key];
    if (chosen === null || chosen === undefined) continue;
    // The reader chose this entry: the page must not see their choice (its colour, its resolution).
    out.push({ start: m.start, end: m.end, entryId: chosen, private: true });
  }
  return out;
}
