/**
 * The first half of a page's analysis: find the article (off the page's thread when the background
 * can parse it) and ask the background for its mentions. It is the content script's extractor part
 * (entrypoints/extractor.ts), small and loaded before the analyser, so that on a page that passes
 * the gate the background is already working on the article while the analyser (highlights, cards)
 * is still loading. The second half, locating the mentions in the live page, is pipeline.ts.
 */
import { sendToBackground } from '@/lib/client/send';
import type { ArticleMeta, ExtractResult, ExtractTimings } from '@/lib/extract/article-meta';
import type { ArticleText } from '@/lib/extract/article-text';
import { extractArticleOffPage, type OnPageExtract, type PageParser, type Probe } from '@/lib/extract/off-page';
import type { ParseRequest } from '@/lib/extract/parse-request';
import { yieldToPage } from '@/lib/extract/yield-to-page';
import { toMetaMessage } from '@/lib/messaging/meta-message';
import type { AnalyseReply } from '@/lib/messaging/protocol';

/** Why an analysis ended without mentions to show: a newer one started, no article, an error. */
export type Ended =
  | { kind: 'stale' }
  | { kind: 'no-article'; status: Exclude<ExtractResult['status'], 'article'>; timings: Partial<ExtractTimings> }
  | { kind: 'error'; error: string };

/** Where an analysis stands once the background answered (or why it ended before). */
export type Asked =
  | Ended
  | {
      kind: 'asked';
      /** `root`, `exact`: set when the probe stopped the analysis (no mentions): the article's live element, and its live text on request. */
      article: ArticleText & { lang: string | null; root?: Node | null; exact?: () => Promise<ArticleText> };
      reply: AnalyseReply;
      /** Where Readability ran, for the status and the bench. */
      parsedOn: string;
      timings: ExtractTimings;
      /** The analysis started, its request left, its answer came (`performance.now()`); the synchronous part of sending. */
      marks: { t0: number; t1: number; t2: number; send: number };
    };

/** What an analysis needs to find its article. */
export interface AskOptions {
  parser: PageParser | null;
  parseOnPage: OnPageExtract;
  /** Skip Readability's guess (the gate passed the page, or the reader asked for it). */
  force: boolean;
  /** Asked after every wait: once it says so (a newer analysis started, the extension unloaded) the result is `stale`. */
  stale: () => boolean;
  /** The parse request the gate already sent for this page (the first analysis only). */
  sent?: Promise<ParseRequest>;
  /**
   * Ask about the article's copy first (lib/extract/off-page.ts `Probe`): where it names nothing, the
   * analysis ends there without reading the live text. The gate's first analysis only.
   */
  probe?: boolean;
}

/** When an analyse request left and its answer came (`performance.now()`), and the synchronous part of sending it. */
type AskMarks = { t1: number; t2: number; send: number };

/** Asks the background for the mentions of `text`, timing the request (`AskMarks`). */
async function ask(text: string, meta: ArticleMeta, probe: boolean): Promise<{ reply: AnalyseReply | { ok: false; error: string }; marks: AskMarks }> {
  const t1 = performance.now();
  // The message is serialised on the page's main thread before sendMessage returns: `send` times that part.
  const pending = sendToBackground({ type: 'analyse', text, meta: toMetaMessage(meta), ...(probe ? { probe: true as const } : {}) });
  const send = performance.now() - t1;
  const reply = await pending;
  return { reply, marks: { t1, t2: performance.now(), send } };
}

/** Finds the article of `doc` and asks the background for its mentions. */
export async function extractAndAsk(doc: Document, options: AskOptions): Promise<Asked> {
  const { stale } = options;
  const t0 = performance.now();
  /** The probe's answer, when it ended the analysis. */
  const probed: { answer: { reply: AnalyseReply; marks: AskMarks } | null } = { answer: null };
  const probe: Probe | undefined = options.probe
    ? async (text, meta) => {
        const { reply, marks } = await ask(text, meta, true);
        if (!reply.ok || reply.mentions.length > 0) return false;
        probed.answer = { reply, marks };
        return true;
      }
    : undefined;
  const extracted = await extractArticleOffPage(doc, options.parser, options.parseOnPage, { force: options.force, yieldToPage, sent: options.sent, probe });
  if (stale()) return { kind: 'stale' };
  if (extracted.status !== 'article') return { kind: 'no-article', status: extracted.status, timings: { ...extracted.timings } };
  const { article, timings } = extracted;
  const parsedOn = extracted.fallback ? `page (${extracted.fallback})` : 'off the page';
  // The probe found nothing to show: the analysis ends with its answer.
  const quiet = probed.answer;
  if (extracted.probed && quiet) {
    return {
      kind: 'asked',
      article: { text: article.text, segments: [], lang: article.meta.lang, root: extracted.probed.liveRoot, exact: extracted.probed.exact },
      reply: quiet.reply,
      parsedOn,
      timings,
      marks: { t0, ...quiet.marks },
    };
  }
  await yieldToPage();
  if (stale()) return { kind: 'stale' };
  const { reply, marks } = await ask(article.text, article.meta, false);
  if (stale()) return { kind: 'stale' };
  if (!reply.ok) return { kind: 'error', error: reply.error };
  return {
    kind: 'asked',
    article: { text: article.text, segments: article.segments, lang: article.meta.lang },
    reply,
    parsedOn,
    timings,
    marks: { t0, ...marks },
  };
}
