/**
 * The background's message boundary: classify the sender, validate the message, check that this
 * sender may make this request, then dispatch. A refused message gets an error reply and changes nothing.
 */
import {
  parseRequest,
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
import type { WikipediaService } from './wikipedia';

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

function routes(service: AnalysisService, options: RouterOptions): Routes {
  return {
    analyse: {
      from: ['content', 'extension-page'],
      async handle(request, { sender, kind }) {
        const reply = await service.analyse(request);
        if (kind === 'content' && sender.tab?.id !== undefined) options.onAnalysed?.(sender.tab.id, reply, request);
        return reply;
      },
    },
    'get-entries': {
      from: ['content', 'extension-page'],
      handle: async (request) => ({ ok: true, entries: await service.cardEntries(request.ids) }),
    },
    'save-tab': {
      from: ['extension-page'],
      handle: (request) => (options.saveTab ? options.saveTab(request.tabId) : { ok: false, error: 'Saving is not available here' }),
    },
    'report-state': {
      from: ['content'],
      handle(request, { sender }) {
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
      async handle(request) {
        if (!options.wikipedia) return { ok: false, error: 'Wikipedia look-ups are not available here' };
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
      async handle(request) {
        if (!options.parsePage) return { ok: false, error: 'Parsing off the page is not available here' };
        return { ok: true, result: await options.parsePage(request.html, request.url) };
      },
    },
  };
}

/** Builds the handler for `runtime.onMessage`. */
export function createRouter(service: AnalysisService, options: RouterOptions) {
  const table = routes(service, options);
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
