/**
 * The analysis pipeline of one page, without its lifecycle: find the article (off the page's
 * thread when the background can parse it), ask the background for its mentions, and locate them
 * in the live page in chunks. The page controller (page-controller.ts) shows the result.
 */
import type { ExtractResult, ExtractTimings } from '@/lib/extract/article';
import { extractArticleOffPage, type OnPageExtract, type PageParser } from '@/lib/extract/off-page';
import type { ParseRequest } from '@/lib/extract/parse-request';
import type { TextSegment } from '@/lib/extract/article-text';
import { locateMentions, type LiveMention } from '@/lib/highlight/page-model';
import { yieldToPage } from '@/lib/extract/yield-to-page';
import { sendToBackground } from '@/lib/client/send';
import { toMetaMessage, type CardEntry } from '@/lib/messaging/protocol';
import type { AnalysisMarks } from './timings';

/** Mentions are located in chunks of this many, yielding to the page between chunks. */
const LOCATE_CHUNK = 400;

/** What an analysis came to. */
export type AnalysisOutcome =
  | { kind: 'stale' }
  | { kind: 'no-article'; status: Exclude<ExtractResult['status'], 'article'>; timings: Partial<ExtractTimings> }
  | { kind: 'error'; error: string }
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
 * Runs the pipeline on `doc`. `stale()` is asked after every wait: once it says so (a newer analysis
 * started, the extension unloaded) the outcome is `stale` and nothing more is done.
 */
export async function analysePage(
  doc: Document,
  options: {
    parser: PageParser | null;
    parseOnPage: OnPageExtract;
    force: boolean;
    stale: () => boolean;
    /** The parse request the gate sent for this page while the analyser loaded (first analysis only). */
    sent?: Promise<ParseRequest>;
  },
): Promise<AnalysisOutcome> {
  const { stale } = options;
  const t0 = performance.now();
  const extracted = await extractArticleOffPage(doc, options.parser, options.parseOnPage, { force: options.force, yieldToPage, sent: options.sent });
  if (stale()) return { kind: 'stale' };
  if (extracted.status !== 'article') return { kind: 'no-article', status: extracted.status, timings: { ...extracted.timings } };
  const { article, timings } = extracted;
  const parsedOn = extracted.fallback ? `page (${extracted.fallback})` : 'off the page';
  await yieldToPage();
  if (stale()) return { kind: 'stale' };
  const t1 = performance.now();
  // The message is serialised on the page's main thread before sendMessage returns: `send` times that part.
  const sent = sendToBackground({ type: 'analyse', text: article.text, meta: toMetaMessage(article.meta) });
  const send = performance.now() - t1;
  const reply = await sent;
  const t2 = performance.now();
  if (stale()) return { kind: 'stale' };
  if (!reply.ok) return { kind: 'error', error: reply.error };
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
    article: { text: article.text, lang: article.meta.lang, segments: article.segments },
    mentions,
    entries,
    parsedOn,
    timings,
    marks: { t0, t1, t2, t3: performance.now(), send, locate },
  };
}
