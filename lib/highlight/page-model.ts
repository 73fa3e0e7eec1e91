/** What the content script knows about the analysed page: its mentions as live ranges, and their entries. */
import type { Mention } from '@/lib/glossary/matcher';
import type { EntryKind } from '@/lib/glossary/types';
import { pointAt, type TextSegment } from '@/lib/extract/article-text';
export { articleRootOf } from './article-root';
import type { CardEntry } from '@/lib/messaging/protocol';

/** A mention located in the live page. */
export interface LiveMention {
  index: number;
  mention: Mention;
  range: Range;
  /** Text nodes the mention covers, for hit-testing. */
  nodes: Text[];
  group: EntryKind | 'ambiguous';
  entry: CardEntry | null;
  candidates: CardEntry[];
  surface: string;
  /**
   * The name is the reader's own or looked up (an entry or a reading), or matched through what the
   * reader wrote (an alias they added, a correction): drawn privately, never in `CSS.highlights`.
   */
  privateName: boolean;
}

export interface PageModel {
  mentions: LiveMention[];
  entries: Map<string, CardEntry>;
}

/** Turns the background's mentions (offsets in the article text) into live ranges. */
export function locateMentions(
  doc: Document,
  text: string,
  segments: readonly TextSegment[],
  mentions: readonly Mention[],
  entries: ReadonlyMap<string, CardEntry>,
): LiveMention[] {
  const out: LiveMention[] = [];
  for (const mention of mentions) {
    if (mention.start < 0 || mention.end > text.length || mention.start >= mention.end) continue;
    const start = pointAt(segments, mention.start, false);
    const end = pointAt(segments, mention.end, true);
    if (!start || !end) continue;
    const range = doc.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      continue; // the page changed under us: skip rather than highlight the wrong text
    }
    const entry = mention.entryId ? (entries.get(mention.entryId) ?? null) : null;
    if (mention.entryId && !entry) continue;
    const candidates = (mention.candidates ?? []).map((id) => entries.get(id)).filter((e): e is CardEntry => !!e);
    const nodes = nodesBetween(segments, mention.start, mention.end);
    out.push({
      index: out.length,
      mention,
      range,
      nodes,
      group: entry ? entry.kind : 'ambiguous',
      entry,
      candidates,
      surface: text.slice(mention.start, mention.end),
      privateName: !!mention.private || !!entry?.privateName || candidates.some((c) => c.privateName),
    });
  }
  return out;
}

/** The text nodes of the segments overlapping [start, end), found by binary search. */
function nodesBetween(segments: readonly TextSegment[], start: number, end: number): Text[] {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start + segments[mid]!.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const nodes: Text[] = [];
  for (let i = lo; i < segments.length && segments[i]!.start < end; i++) nodes.push(segments[i]!.node);
  return nodes;
}

