/**
 * The background's message boundary: classify the sender, validate the message, check that this
 * sender may make this request, then dispatch. A refused message gets an error reply and changes nothing.
 *
 * A content script lives in a page that may be hostile (and, with a compromised renderer, may be the
 * page): it gets only what its card shows. Its analysis comes back with private entries sealed; their
 * texts and the reader's notes come only through `card-entries`, for entries of its own tab's analysis;
 * it may look up on Wikipedia only names its own article left open; parses and look-ups are rate-limited per tab.
 */
import {
  parseRequest,
  sealForPage,
  type AnalyseReply,
  type AnalyseRequest,
  type BackgroundRequest,
  type ErrorReply,
  type OpenSidePanelReply,
  type ReplyFor,
  type ReportedState,
  type RequestOf,
  type SaveTabReply,
} from '../messaging/protocol';
import { classifySender, type SenderKind, type SenderLike } from '../messaging/sender';
import type { ParsePageResult } from '../extract/page-parse';
import type { AnalysisService } from './analysis-service';
import { PARSE_LIMITS, RateLimiter, type RateLimit } from '../messaging/rate-limit';
import type { WikipediaService } from './wikipedia';

/** What a tab's latest analysis named: the only entries and look-up names its content script may ask for. */
export interface TabScope {
  entityIds: ReadonlySet<string>;
  /** Names the article left open (ambiguous or unresolved mentions), as the article wrote them. */
  openNames: ReadonlySet<string>;
}

/** Per-tab limits on what a page can make the background do. */
export const TAB_LIMITS = {
  /** Off-page parses and their characters (shared with Chrome's offscreen document, which takes them straight from pages too). */
  ...PARSE_LIMITS,
  /** Wikipedia look-ups from cards: a reader's clicking pace. */
  lookups: { capacity: 5, refillPerSecond: 0.2 },
  /** Card data requests: one per card the reader opens. */
  cardEntries: { capacity: 30, refillPerSecond: 5 },
} satisfies Record<string, RateLimit>;

export interface RouterOptions {
  extensionId: string;
  extensionOrigin: string;
  /** Saves a tab's article to the reading list (the popup's Save button, the side panel). */
  saveTab?: (tabId: number) => Promise<SaveTabReply | ErrorReply>;
  /** Called after a content script's analysis, to remember it per tab. */
  onAnalysed?: (tabId: number, reply: AnalyseReply, request: AnalyseRequest) => void;
  /** Called when a content script reports a state other than a finished analysis. */
  onStateReported?: (tabId: number, report: { state: ReportedState; url: string; error?: string }) => void;
  /**
   * Opens the side panel on a tab. Called synchronously inside the message listener, so a user
   * gesture that came with the message can still count.
   */
  openSidePanel?: (tabId: number, entryId: string | null) => Promise<Omit<OpenSidePanelReply, 'ok'>>;
  /** Parses a page's HTML with Readability in an extension document (null: not available in this browser). */
  parsePage?: ((html: string, url: string) => Promise<ParsePageResult>) | null;
  /** "Look up on Wikipedia": fetches a summary and keeps it as a glossary entry. */
  wikipedia?: WikipediaService;
  /** What a tab's latest analysis named (null: none), for the requests a content script may make about it. */
  tabScope?: (tabId: number) => Promise<TabScope | null>;
  /** The clock of the per-tab rate limits (tests). */
  now?: () => number;
}

export type Reply = ReplyFor<BackgroundRequest>;

type Context = { sender: SenderLike; kind: SenderKind };

/** One request type's route: who may send it, and what answers it. */
interface Route<T extends BackgroundRequest['type']> {
  from: readonly SenderKind[];
  handle(request: RequestOf<T>, context: Context): Promise<ReplyFor<RequestOf<T>>> | ReplyFor<RequestOf<T>>;
}

/** Every request type's route: the compiler insists on one for each type in the protocol. */
type Routes = { [T in BackgroundRequest['type']]: Route<T> };

/** Per-tab rate limiters, one per kind of request a page can repeat. */
type Limits = Record<keyof typeof TAB_LIMITS, RateLimiter>;

function routes(service: AnalysisService, options: RouterOptions, limits: Limits): Routes {
  const scopeOf = async (sender: SenderLike): Promise<TabScope | null> =>
    sender.tab?.id === undefined ? null : ((await options.tabScope?.(sender.tab.id)) ?? null);
  return {
    analyse: {
      from: ['content', 'extension-page'],
      async handle(request, { sender, kind }) {
        const reply = await service.analyse(request);
        if (kind !== 'content') return reply;
        // A probe with mentions is followed by the page's own question: the tab's record is that answer's.
        if (sender.tab?.id !== undefined && !(request.probe && reply.mentions.length > 0)) options.onAnalysed?.(sender.tab.id, reply, request);
        // A page holds no private text before the reader opens a card.
        return { ...reply, entries: reply.entries.map(sealForPage) };
      },
    },
    // Any entry, with the reader's notes: extension pages only. A card asks with `card-entries`.
    'get-entries': {
      from: ['extension-page'],
      handle: async (request) => ({ ok: true, entries: await service.cardEntries(request.ids) }),
    },
    'card-entries': {
      from: ['content'],
      async handle(request, { sender }) {
        const scope = await scopeOf(sender);
        const outside = request.ids.find((id) => !scope?.entityIds.has(id));
        if (outside !== undefined) return { ok: false, error: 'Message refused: card-entries names an entry this tab’s article does not mention' };
        if (!limits.cardEntries.take(sender.tab!.id!)) return { ok: false, error: 'Message refused: too many card requests from this tab' };
        return { ok: true, entries: await service.cardEntries(request.ids) };
      },
    },
    'save-tab': {
      from: ['extension-page'],
      handle: (request) => (options.saveTab ? options.saveTab(request.tabId) : { ok: false, error: 'Saving is not available here' }),
    },
    'report-state': {
      from: ['content'],
      handle(request, { sender }) {
        // A page that passed its gate is being parsed: its analysis follows, so the matcher of its
        // language (restored from storage on a woken worker) gets ready meanwhile. In Chrome the parse
        // itself goes past the background (lib/extract/direct-parse.ts), so this is its only notice.
        if (request.state === 'working') service.warm(request.lang ?? null).catch(() => undefined);
        if (sender.tab?.id !== undefined && sender.url) {
          options.onStateReported?.(sender.tab.id, { state: request.state, url: sender.url, ...(request.error ? { error: request.error } : {}) });
        }
        return { ok: true };
      },
    },
    'open-side-panel': {
      from: ['content'],
      async handle(request, { sender }) {
        if (sender.tab?.id === undefined) return { ok: false, error: 'No tab to open the side panel on' };
        const result = options.openSidePanel?.(sender.tab.id, request.entryId);
        return { ok: true, ...(result ? await result : { opened: false, reason: 'The side panel is not available here' }) };
      },
    },
    // Look-ups run here, where the optional Wikipedia permission is held: from the side panel and from cards.
    'wikipedia-lookup': {
      from: ['content', 'extension-page'],
      async handle(request, { sender, kind }) {
        if (!options.wikipedia) return { ok: false, error: 'Wikipedia look-ups are not available here' };
        if (kind === 'content') {
          // A page cannot make Backstory look up a name of its choosing: only one its article left open, at a reader's pace.
          const scope = await scopeOf(sender);
          if (!scope?.openNames.has(request.name)) return { ok: false, error: 'Message refused: a card looks up only a name its article left open' };
          if (!limits.lookups.take(sender.tab!.id!)) return { ok: false, error: 'Too many look-ups from this tab: wait a moment and try again' };
        }
        const { type: _type, ...lookup } = request;
        return { ok: true, outcome: await options.wikipedia.lookUp(lookup) };
      },
    },
    'open-wikipedia-settings': {
      from: ['content'],
      async handle() {
        if (!options.wikipedia) return { ok: false, error: 'Wikipedia look-ups are not available here' };
        await options.wikipedia.openSettings();
        return { ok: true };
      },
    },
    // Readability off the page's main thread: only pages have pages to parse.
    'parse-page': {
      from: ['content'],
      async handle(request, { sender }) {
        if (!options.parsePage) return { ok: false, error: 'Parsing off the page is not available here' };
        if (sender.tab?.id === undefined || !limits.parses.take(sender.tab.id) || !limits.parseChars.take(sender.tab.id, request.html.length)) {
          // The page parses itself instead (lib/extract/off-page.ts): its own thread pays for its loop.
          return { ok: false, error: 'Too many parse requests from this tab' };
        }
        const result = await options.parsePage(request.html, request.url);
        // The page asks for its analysis next, once it has read the article back: the matcher of the
        // article's language (restored from storage on a woken worker) gets ready meanwhile.
        if (result.article) service.warm(result.article.lang).catch(() => undefined);
        return { ok: true, result };
      },
    },
  };
}

/** Builds the handler for `runtime.onMessage`. */
export function createRouter(service: AnalysisService, options: RouterOptions) {
  const limits: Limits = {
    parses: new RateLimiter(TAB_LIMITS.parses, options.now),
    parseChars: new RateLimiter(TAB_LIMITS.parseChars, options.now),
    lookups: new RateLimiter(TAB_LIMITS.lookups, options.now),
    cardEntries: new RateLimiter(TAB_LIMITS.cardEntries, options.now),
  };
  const table = routes(service, options, limits);
  return async (raw: unknown, sender: SenderLike): Promise<Reply> => {
    const kind = classifySender(sender, options.extensionId, options.extensionOrigin);
    if (!kind) return { ok: false, error: 'Message refused: unknown sender' };
    const parsed = parseRequest(raw);
    if (!parsed.ok) return parsed;
    const request = parsed.request;
    // The table is indexed by the request's own type, so its route takes this request.
    const route = table[request.type] as Route<BackgroundRequest['type']>;
    if (!route.from.includes(kind)) return { ok: false, error: `Message refused: ${request.type} is not allowed from ${kind}` };
    try {
      return await route.handle(request, { sender, kind });
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
