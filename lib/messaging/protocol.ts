/**
 * The message protocol between content scripts, extension pages and the background. Every
 * request kind has a schema with size limits; `parseRequest` is the only way a raw message becomes
 * a typed request, and it never throws.
 */
import * as v from 'valibot';
import { ENTRY_KINDS, type EntryKind, type Fact, type Link } from '../glossary/types';
import type { Mention } from '../glossary/matcher';
import type { LookupOutcome } from '../wikipedia/outcome';
import type { ParsePageResult } from '../extract/page-parse';
import { MAX_DATE_LENGTH, MAX_LANG_LENGTH, MAX_META_LENGTH, MAX_URL_LENGTH } from './meta-message';

export { MAX_META_LENGTH, MAX_URL_LENGTH, toMetaMessage, type ArticleMetaMessage } from './meta-message';

/** Article text above this size is refused: about two megabytes of prose, far past any real article. */
export const MAX_TEXT_LENGTH = 2_000_000;
/** A request for entries may name at most this many ids. */
export const MAX_IDS = 5_000;

const metaString = v.nullable(v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)));
const httpUrl = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH), v.regex(/^https?:\/\//i));

const ArticleMetaSchema = v.strictObject({
  url: httpUrl,
  canonicalUrl: v.nullable(httpUrl),
  title: v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)),
  byline: metaString,
  siteName: metaString,
  excerpt: metaString,
  lang: v.nullable(v.pipe(v.string(), v.maxLength(MAX_LANG_LENGTH))),
  dir: v.nullable(v.picklist(['ltr', 'rtl', 'auto'])),
  publishedTime: v.nullable(v.pipe(v.string(), v.maxLength(MAX_DATE_LENGTH))),
});

const AnalyseSchema = v.strictObject({
  type: v.literal('analyse'),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
  meta: ArticleMetaSchema,
  /**
   * A page's first question, about its article's copy (lib/extract/off-page.ts `Probe`): with mentions in
   * the answer the page reads its live text and asks again, so the tab's record waits for that answer.
   */
  probe: v.optional(v.literal(true)),
});

const GetEntriesSchema = v.strictObject({
  type: v.literal('get-entries'),
  ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(MAX_IDS)),
});

/** A card asks for at most this many entries at once (an ambiguous name's readings). */
export const MAX_CARD_ENTRY_IDS = 20;

/**
 * A card the reader opened (a trusted hover, click or key) asks for the private parts of its
 * entries: the reader's notes, the texts of the reader's own and looked-up entries. The background
 * answers only for entries of the sender tab's own analysis.
 */
const CardEntriesSchema = v.strictObject({
  type: v.literal('card-entries'),
  ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.minLength(1), v.maxLength(MAX_CARD_ENTRY_IDS)),
});

/** What a content script reports when it has no analysis to send (the side panel shows it). */
export const REPORTED_STATES = ['working', 'not-article', 'too-large', 'error', 'disabled'] as const;
export type ReportedState = (typeof REPORTED_STATES)[number];

const ReportStateSchema = v.strictObject({
  type: v.literal('report-state'),
  state: v.picklist(REPORTED_STATES),
  error: v.optional(v.pipe(v.string(), v.maxLength(MAX_META_LENGTH))),
  /** With `working`: the language the page declares, so the background readies that language's matcher while the page is parsed. */
  lang: v.optional(v.pipe(v.string(), v.maxLength(MAX_LANG_LENGTH))),
});

/** The card's "Open in side panel": opens the panel on the sender's tab with this entry selected. */
const OpenSidePanelSchema = v.strictObject({
  type: v.literal('open-side-panel'),
  entryId: v.nullable(v.pipe(v.string(), v.maxLength(200))),
});

/** Reading list: save the article in this tab (the toolbar popup's Save button, the side panel). */
const SaveTabSchema = v.strictObject({
  type: v.literal('save-tab'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A looked-up name (the words from the article) is at most this long; a Wikipedia title at most 255 bytes. */
export const MAX_LOOKUP_NAME = 200;
export const MAX_LOOKUP_TITLE = 300;

/**
 * "Look up on Wikipedia" (the side panel, a card): the background fetches the summary and keeps it as an
 * entry. Only `name` (or the chosen `title`) is sent to Wikipedia; `articleLang` picks the edition.
 */
const WikipediaLookupSchema = v.strictObject({
  type: v.literal('wikipedia-lookup'),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LOOKUP_NAME)),
  title: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LOOKUP_TITLE))),
  articleLang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  kind: v.optional(v.picklist(ENTRY_KINDS)),
});

/** A card whose look-up needs the reader's permission opens the Wikipedia setting (content scripts cannot ask). */
const OpenWikipediaSettingsSchema = v.strictObject({
  type: v.literal('open-wikipedia-settings'),
});

/** A page's HTML, for Readability to parse off the page's main thread (lib/extract/off-page.ts). */
export const MAX_PAGE_HTML_LENGTH = 8_000_000;

const ParsePageSchema = v.strictObject({
  type: v.literal('parse-page'),
  html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML_LENGTH)),
  url: httpUrl,
});

const RequestSchema = v.variant('type', [
  ParsePageSchema,
  SaveTabSchema,
  AnalyseSchema,
  GetEntriesSchema,
  CardEntriesSchema,
  ReportStateSchema,
  OpenSidePanelSchema,
  WikipediaLookupSchema,
  OpenWikipediaSettingsSchema,
]);

export type AnalyseRequest = v.InferOutput<typeof AnalyseSchema>;
export type GetEntriesRequest = v.InferOutput<typeof GetEntriesSchema>;
export type CardEntriesRequest = v.InferOutput<typeof CardEntriesSchema>;
export type ReportStateRequest = v.InferOutput<typeof ReportStateSchema>;
export type OpenSidePanelRequest = v.InferOutput<typeof OpenSidePanelSchema>;
export type SaveTabRequest = v.InferOutput<typeof SaveTabSchema>;
export type WikipediaLookupRequest = v.InferOutput<typeof WikipediaLookupSchema>;
export type ParsePageRequest = v.InferOutput<typeof ParsePageSchema>;
export type BackgroundRequest = v.InferOutput<typeof RequestSchema>;
/** What the schema lets through: exactly `ArticleMetaMessage` (meta-message.test.ts checks the two agree). */
export type CheckedArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;

/** A card's facts around the article's date (lib/glossary/dated-facts.ts). */
export interface CardDated {
  /** The article's published day (YYYY-MM-DD), or null when the page did not say: the card then shows the present and says so. */
  day: string | null;
  /** What began (or ended) after that day, oldest first. */
  since: Fact[];
  /** What had already ended before it, latest first. */
  earlier: Fact[];
}

/** The entry fields a card needs: sent with every analysis so hovering needs no round trip. */
export interface CardEntry {
  id: string;
  kind: EntryKind;
  name: string;
  summary: string;
  /** First paragraph of the notes. */
  note: string;
  /** Facts true on the article's date (or today's when it is unknown); `uncertain` when they may not have held. */
  facts: Array<Fact & { uncertain?: true }>;
  /** Set when the entry has dated facts or the card is for an article: what changed around its date. */
  dated?: CardDated;
  links: Link[];
  asOf: string;
  userNotes?: string;
  /** Set for entries looked up on Wikipedia ('wikipedia'), whose cards carry the licence's attribution. */
  origin?: string;
  /** Language of the summary, note and facts when it is not the article's ("en" on a French page): the card says so. */
  notesLang?: string;
  /**
   * The entry holds something the reader wrote or looked up (their notes, an edit, their own or a
   * looked-up entry): a content script gets it sealed (`sealed`) and asks for it with `card-entries`
   * once the reader opened its card.
   */
  private?: true;
  /** The reader's own or a looked-up entry: its mentions are never put in `CSS.highlights` (a page could read them). */
  privateName?: true;
  /** Texts withheld: only id, kind and the flags above are filled in. */
  sealed?: true;
}

/**
 * What a content script may hold before the reader acts: a public entry as it is, a private one
 * reduced to its id and kind (no name, summary, notes, facts or links).
 */
export function sealForPage(entry: CardEntry): CardEntry {
  if (!entry.private) return entry;
  return {
    id: entry.id,
    kind: entry.kind,
    name: '',
    summary: '',
    note: '',
    facts: [],
    links: [],
    asOf: '',
    private: true,
    ...(entry.privateName ? { privateName: true } : {}),
    sealed: true,
  };
}

export interface AnalyseReply {
  ok: true;
  mentions: Mention[];
  entries: CardEntry[];
}

export interface GetEntriesReply {
  ok: true;
  entries: CardEntry[];
}

/** The answer to `parse-page`: the article Readability found off the page (null: not an article). */
export interface ParsePageReply {
  ok: true;
  result: ParsePageResult;
}

export interface ErrorReply {
  ok: false;
  error: string;
}

export interface OkReply {
  ok: true;
}

/** The answer to `wikipedia-lookup`: what happened (saved, a choice list, not found, an error…). */
export interface WikipediaLookupReply {
  ok: true;
  outcome: LookupOutcome;
}

export interface OpenSidePanelReply {
  ok: true;
  /** False when the browser refused (no user gesture, or Firefox, which opens sidebars only from its own UI). */
  opened: boolean;
  reason?: string;
}

/**
 * What the background answers to each request type (besides an `ErrorReply`, which any request may
 * get). Senders (`sendToBackground`, lib/client/send.ts) and the router's handlers are typed from
 * this one table.
 */
export interface BackgroundReplies {
  analyse: AnalyseReply;
  'get-entries': GetEntriesReply;
  'card-entries': GetEntriesReply;
  'report-state': OkReply;
  'open-side-panel': OpenSidePanelReply;
  'save-tab': SaveTabReply;
  'wikipedia-lookup': WikipediaLookupReply;
  'open-wikipedia-settings': OkReply;
  'parse-page': ParsePageReply;
}

/** The request of one type. */
export type RequestOf<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

/** The reply a background request gets: its own, or an error. */
export type ReplyFor<R extends BackgroundRequest> = BackgroundReplies[R['type']] | ErrorReply;

/** Validates a raw message. Returns the typed request, or a readable reason it was refused. */
export function parseRequest(raw: unknown): { ok: true; request: BackgroundRequest } | ErrorReply {
  const result = v.safeParse(RequestSchema, raw);
  if (result.success) return { ok: true, request: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `Invalid message${path ? ` at ${path}` : ''}: ${issue.message}` };
}

/** Messages the background and extension pages send to a tab's content script. */
export type TabMessage =
  | { type: 'step-mention'; direction: 1 | -1 }
  | { type: 'page-status' }
  /** Reading list: extract, sanitise and return this page's article for saving. */
  | { type: 'collect-article' }
  /** Side panel: scroll the mention starting at this article-text offset into view and flash it. */
  | { type: 'reveal-mention'; start: number }
  /** Side panel: analyse a page the gate judged not to be an article. */
  | { type: 'analyse-anyway' }
  /** Side panel: the extracted article text, for the "Other names" list. */
  | { type: 'article-text' }
  /** "Add to Backstory glossary" (context menu): the sentence the selected words came from. */
  | { type: 'selection-context' };

/** What the content script answers to each tab message (`sendToTab`, lib/client/send.ts, is typed from it). */
export interface TabReplies {
  'step-mention': OkReply;
  'page-status': PageStatus;
  'collect-article': CollectArticleReply;
  'reveal-mention': RevealReply;
  'analyse-anyway': OkReply;
  'article-text': ArticleTextReply;
  'selection-context': SelectionContextReply;
}

/** The reply a tab message gets. */
export type TabReplyFor<M extends TabMessage> = TabReplies[M['type']];

/** The content script's answer to `selection-context`. */
export interface SelectionContextReply {
  sentence: string | null;
}

/** The content script's answer to `reveal-mention`. */
export interface RevealReply {
  ok: boolean;
}

/** The content script's answer to `article-text`. */
export type ArticleTextReply = { ok: true; text: string; lang: string | null } | { ok: false; error: string };

/** What a content script reports about its page. */
export interface PageStatus {
  host: string;
  url: string;
  /** The page's canonical link or og:url, for "is this page saved?". */
  canonicalUrl?: string | null;
  enabled: boolean;
  state: 'idle' | 'working' | 'not-article' | 'too-large' | 'ready' | 'error';
  mentionCount: number;
  entityCount: number;
  error?: string;
  timings?: Record<string, number>;
  /** Where Readability ran for the last analysis: "off the page", or "page (<why>)" (lib/extract/off-page.ts). */
  parsedOn?: string;
  /** Off the page, how the page's HTML reached the parser: straight to Chrome's offscreen document, or through the background (lib/extract/direct-parse.ts). */
  parseRoute?: 'direct' | 'background';
  /** Whether the content script's lazily loaded part (entrypoints/analyser.ts) runs on this page. */
  analyser?: boolean;
}

/** Article HTML above this size is refused: far past any real article, even with inline images. */
export const MAX_HTML_LENGTH = 8_000_000;

const CollectedArticleSchema = v.strictObject({
  meta: ArticleMetaSchema,
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
  html: v.pipe(v.string(), v.maxLength(MAX_HTML_LENGTH)),
});

const CollectArticleReplySchema = v.variant('ok', [
  v.strictObject({ ok: v.literal(true), article: CollectedArticleSchema }),
  v.strictObject({ ok: v.literal(false), error: v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)) }),
]);

/** What a content script answers to `collect-article`. */
export type CollectArticleReply = v.InferOutput<typeof CollectArticleReplySchema>;
export type CollectedArticle = v.InferOutput<typeof CollectedArticleSchema>;

/** Validates a content script's `collect-article` answer: it crossed a boundary and is checked like a request. */
export function parseCollectedArticle(raw: unknown): { ok: true; reply: CollectArticleReply } | ErrorReply {
  const result = v.safeParse(CollectArticleReplySchema, raw);
  if (result.success) return { ok: true, reply: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `The page sent an article Backstory cannot save${path ? ` (${path}: ${issue.message})` : ''}` };
}

/** The answer to `save-tab`. */
export interface SaveTabReply {
  ok: true;
  /** "updated" when the article (same canonical URL) was saved before: it was refreshed, not duplicated. */
  outcome: 'created' | 'updated';
  id: string;
  title: string;
}

// Every request and tab message has exactly one reply type (a compile error here names the one missing).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const everyRequestHasAReply: Same<keyof BackgroundReplies, BackgroundRequest['type']> = true;
export const everyTabMessageHasAReply: Same<keyof TabReplies, TabMessage['type']> = true;
