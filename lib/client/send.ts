/**
 * Typed messaging: the only place that calls `runtime.sendMessage` / `tabs.sendMessage` for the
 * protocol in lib/messaging/protocol.ts. The reply type follows from the message (`ReplyFor`,
 * `TabReplyFor`), so no caller casts what comes back.
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, ErrorReply, ReplyFor, TabMessage, TabReplyFor } from '../messaging/protocol';

/**
 * Sends a request to the background. Never throws: a background that cannot be reached, or that
 * does not answer, becomes an `ErrorReply` saying so.
 */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<ReplyFor<R>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as ReplyFor<R> | undefined;
    return reply ?? noAnswer();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Tells the background something that needs no reply (`report-state`), typed like
 * `sendToBackground` but without its reply handling, so the content script's gate stays small.
 * Never throws: an extension reloading or a worker waking loses the message.
 */
export function notifyBackground(request: BackgroundRequest): void {
  browser.runtime.sendMessage(request).catch(() => undefined);
}

/** The error of a request the background did not answer (callers may put it in their own words). */
export const NO_ANSWER = 'Backstory’s background did not answer';

function noAnswer(): ErrorReply {
  return { ok: false, error: NO_ANSWER };
}

/**
 * Sends a message to a tab's content script (its top frame unless `frameId` says otherwise).
 * Resolves to null when no content script answers: browser pages, stores, tabs loaded before the
 * extension, a frame that went away.
 */
export async function sendToTab<M extends TabMessage>(tabId: number, message: M, options: { frameId?: number } = {}): Promise<TabReplyFor<M> | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message, options.frameId === undefined ? undefined : { frameId: options.frameId })) as TabReplyFor<M> | undefined;
    return reply ?? null;
  } catch {
    return null;
  }
}
