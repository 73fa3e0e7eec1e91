/** What the content script knows about the analysed page: its mentions as live ranges, and their entries. */
import type { Mention } from '@/lib/glossary/matcher';
import type { EntryKind } from '@/lib/glossary/types';
import { pointAt, type TextSegment } from '@/lib/extract/article-text';
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
    const nodes = segments.filter((s) => s.start < mention.end && s.start + s.length > mention.start).map((s) => s.node);
    out.push({
      index: out.length,
      mention,
      range,
      nodes,
      group: entry ? entry.kind : 'ambiguous',
      entry,
      candidates,
      surface: text.slice(mention.start, mention.end),
    });
  }
  return out;
}
