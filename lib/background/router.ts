/**
 * The background's message boundary: classify the sender, validate the message, check that this
 * sender may make this request, then dispatch. A refused message gets an error reply and changes nothing.
 */
import { parseRequest, type AnalyseReply, type BackgroundRequest, type ErrorReply, type GetEntriesReply } from '../messaging/protocol';
import { classifySender, type SenderKind, type SenderLike } from '../messaging/sender';
import type { AnalysisService } from './analysis-service';

/** Which senders may make which requests. */
const ALLOWED: Record<BackgroundRequest['type'], readonly SenderKind[]> = {
  analyse: ['content', 'extension-page'],
  'get-entries': ['content', 'extension-page'],
};

export interface RouterOptions {
  extensionId: string;
  extensionOrigin: string;
  /** Called after a content script's analysis, to remember it per tab. */
  onAnalysed?: (tabId: number, reply: AnalyseReply) => void;
}

export type Reply = AnalyseReply | GetEntriesReply | ErrorReply;

/** Builds the handler for `runtime.onMessage`. */
export function createRouter(service: AnalysisService, options: RouterOptions) {
  return async (raw: unknown, sender: SenderLike): Promise<Reply> => {
    const kind = classifySender(sender, options.extensionId, options.extensionOrigin);
    if (!kind) return { ok: false, error: 'Message refused: unknown sender' };
    const parsed = parseRequest(raw);
    if (!parsed.ok) return parsed;
    const request = parsed.request;
    if (!ALLOWED[request.type].includes(kind)) return { ok: false, error: `Message refused: ${request.type} is not allowed from ${kind}` };
    try {
      switch (request.type) {
        case 'analyse': {
          const reply = await service.analyse(request);
          if (kind === 'content' && sender.tab?.id !== undefined) options.onAnalysed?.(sender.tab.id, reply);
          return reply;
        }
        case 'get-entries':
          return { ok: true, entries: await service.cardEntries(request.ids) };
      }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
