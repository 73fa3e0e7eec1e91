/**
 * The second half of a page's analysis, without its lifecycle: locate the mentions the background
 * found (extract-and-ask.ts, the first half) in the live page, in chunks that give the page its
 * thread back. The page controller (page-controller.ts) shows the result.
 */
import type { ExtractTimings } from '@/lib/extract/article-meta';
import type { TextSegment } from '@/lib/extract/article-text';
import { yieldToPage } from '@/lib/extract/yield-to-page';
import { locateMentions, type LiveMention } from '@/lib/highlight/page-model';
import type { CardEntry } from '@/lib/messaging/protocol';
import type { Asked, Ended } from './extract-and-ask';
import type { AnalysisMarks } from './timings';

/** Mentions are located in chunks of this many, yielding to the page between chunks. */
const LOCATE_CHUNK = 400;

/** What an analysis came to. */
export type AnalysisOutcome =
  | Ended
  | {
      kind: 'ready';
      article: { text: string; lang: string | null; segments: readonly TextSegment[] };
      mentions: LiveMention[];
      entries: Map<string, CardEntry>;
      /** Where Readability ran, for the status and the bench. */
      parsedOn: string;
      timings: ExtractTimings;
      marks: AnalysisMarks;
    };

/**
 * Locates the mentions of an answered analysis in `doc`. `stale()` is asked after every wait: once
 * it says so (a newer analysis started, the extension unloaded) the outcome is `stale`.
 */
export async function locateAsked(doc: Document, asked: Asked, stale: () => boolean): Promise<AnalysisOutcome> {
  if (asked.kind !== 'asked') return asked;
  if (stale()) return { kind: 'stale' };
  const { article, reply } = asked;
  const entries = new Map(reply.entries.map((e) => [e.id, e]));
  // Locate in chunks: on a long article this is the one step that grows with the mention count.
  const mentions: LiveMention[] = [];
  let locate = 0;
  for (let i = 0; i < reply.mentions.length; i += LOCATE_CHUNK) {
    const t = performance.now();
    for (const m of locateMentions(doc, article.text, article.segments, reply.mentions.slice(i, i + LOCATE_CHUNK), entries)) {
      mentions.push({ ...m, index: mentions.length });
    }
    locate += performance.now() - t;
    if (i + LOCATE_CHUNK < reply.mentions.length) {
      await yieldToPage();
      if (stale()) return { kind: 'stale' };
    }
  }
  return {
    kind: 'ready',
    article,
    mentions,
    entries,
    parsedOn: asked.parsedOn,
    timings: asked.timings,
    marks: { ...asked.marks, t3: performance.now(), locate },
  };
}
