/**
 * The hand-over between the content script every page pays for (the gate, entrypoints/content/index.ts)
 * and the parts loaded only when needed: on pages that pass the gate, the extractor
 * (entrypoints/extractor.ts: find the article, ask for its mentions) and the analyser
 * (entrypoints/analyser.ts: highlights, cards, the page's lifecycle), loaded right after it; and the
 * on-page parser (entrypoints/on-page-parser.ts), loaded only when the page must parse itself or
 * the reader saves it. Each part's script, evaluated in this
 * content script's own world by a dynamic `import()` of the extension's file, leaves its entry point
 * under its key on that world's global object, which the page's own scripts cannot see. Nothing is
 * added to the page's DOM, and the page's CSP does not apply to an extension's import.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowUi } from '@/components/annotator/shadow-host';
import type { collectArticle } from '@/lib/reading-list/collect';
import type { extractArticle } from '@/lib/extract/article';
import type { BackgroundParser } from './background-parser';
import type { Asked, extractAndAsk } from './extract-and-ask';

/** What the gate hands the analyser with the page. */
export interface HandOver {
  /** The gate passed this page: a later analysis of the same article does not ask Readability's guess again. */
  gated: boolean;
  /** The page's parser, which the analyser keeps using. */
  parser: BackgroundParser;
  extractor: Extractor;
  /** The loader of the on-page parser, shared so it loads once. */
  onPageParser: () => Promise<OnPageParser>;
  /** The page's first analysis, which the gate started while the analyser loaded (absent when the reader forced this page). */
  first?: Promise<Asked>;
  /** The empty UI host the gate put on the page when that analysis found nothing to show: the analyser builds in it. */
  host?: ShadowUi | null;
  /** The reader's settings as stored (undefined when none are), read while the analyser loaded. */
  storedSettings?: Promise<unknown>;
}

/** What the extractor offers: the first half of an analysis (entrypoints/content/extract-and-ask.ts). */
export interface Extractor {
  extractAndAsk: typeof extractAndAsk;
}

/** What the analyser offers the gate: a started page controller. */
export interface Analyser {
  start(ctx: ContentScriptContext, options: HandOver): AnalyserController;
}

/** The part of the page controller the gate talks to after the hand-over. */
export interface AnalyserController {
  onMessage(message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): boolean | undefined;
}

/** What the on-page parser offers the analyser: Readability on the page, and the article a save collects. */
export interface OnPageParser {
  extractArticle: typeof extractArticle;
  collectArticle: typeof collectArticle;
}

/** The lazily loaded parts: each one's file (relative to the extension's root) and where it leaves its entry point. */
export const LAZY_PARTS = {
  analyser: { file: 'analyser.js', key: '__backstoryAnalyser' },
  extractor: { file: 'extractor.js', key: '__backstoryExtractor' },
  onPageParser: { file: 'on-page-parser.js', key: '__backstoryOnPageParser' },
} as const;

interface PartTypes {
  analyser: Analyser;
  extractor: Extractor;
  onPageParser: OnPageParser;
}
type PartName = keyof typeof LAZY_PARTS;
type Holder = { [key: string]: unknown };

/**
 * Loads a part into this world from the extension's file. A fresh instance id in the module's URL
 * makes the load this content script's own, so a script injected again (an extension update, a
 * second frame of the same world) evaluates a fresh copy bound to its own context.
 */
export async function loadPart<N extends PartName>(name: N): Promise<PartTypes[N]> {
  const holder = globalThis as Holder;
  const { file, key } = LAZY_PARTS[name];
  const instance = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  delete holder[key];
  await import(/* @vite-ignore */ `${browser.runtime.getURL(`/${file}`)}?i=${instance}`);
  const part = holder[key] as PartTypes[N] | undefined;
  if (!part) throw new Error(`Backstory: the ${name} did not load`);
  delete holder[key];
  return part;
}

/** Called by a part's script when it is evaluated: leaves its entry point for `loadPart`. */
export function providePart<N extends PartName>(name: N, part: PartTypes[N]): void {
  (globalThis as Holder)[LAZY_PARTS[name].key] = part;
}

/** Loads the on-page parser on first need, once; a failed load is tried again on the next call. */
export function onPageParserLoader(): () => Promise<OnPageParser> {
  let loading: Promise<OnPageParser> | null = null;
  return () =>
    (loading ??= loadPart('onPageParser').catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
