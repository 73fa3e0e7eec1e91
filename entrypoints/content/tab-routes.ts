/**
 * The content script's side of the tab messages (lib/messaging/protocol.ts `TabMessage`): a table
 * of routes, one per message type, each typed by its reply in `TabReplies`, as the background's
 * router (lib/background/router.ts) is for requests. The gate (gate.ts) and the analyser
 * (page-controller.ts) each answer with their own table; what both answer alike is here.
 */
import { browser } from 'wxt/browser';
import { notifyBackground } from '@/lib/client/send';
import { canonicalUrl } from '@/lib/extract/metadata';
import { selectionSentence } from '@/lib/glossary-io/sentence';
import type { PageStatus, ReportStateRequest, TabMessage, TabReplies } from '@/lib/messaging/protocol';
import { MAX_LANG_LENGTH } from '@/lib/messaging/meta-message';

type TabType = keyof TabReplies;

/** The handler of one tab message (from this extension: `sender`): its reply, a promise of it, or undefined to leave it unanswered. */
export type TabRoute<K extends TabType> = (message: Extract<TabMessage, { type: K }>, sender: { id?: string }) => TabReplies[K] | Promise<TabReplies[K]> | undefined;

/** One route per tab message type this side answers. */
export type TabRoutes = { [K in TabType]?: TabRoute<K> };

/** A `runtime.onMessage` listener (the shape the gate hands over to the analyser). */
export type TabListener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean | undefined;

/**
 * The listener that answers this extension's tab messages from `routes`. Anything else (another
 * extension, a type without a route) is left to other listeners. A route's reply (or its promise's)
 * is sent when ready; a route that answers undefined leaves the sender with no reply (null for `sendToTab`).
 */
export function tabListener(routes: TabRoutes): TabListener {
  return (message, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type as TabType;
    if (sender.id !== browser.runtime.id || !Object.hasOwn(routes, type)) return undefined;
    Promise.resolve((routes[type] as (m: TabMessage, s: typeof sender) => unknown)(message as TabMessage, sender)).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: errorText(error) }));
    return true;
  };
}

/** An error's message, for a reply or the page status. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The routes the gate and the analyser answer alike: the page's status and the selected sentence. */
export function pageRoutes(status: () => PageStatus, analyser: boolean): Pick<TabRoutes, 'page-status' | 'selection-context'> {
  return {
    // "Add to Backstory glossary": the sentence the selected words came from.
    'selection-context': () => ({ sentence: selectionSentence(window.getSelection()) }),
    'page-status': () => ({ ...status(), url: location.href, canonicalUrl: canonicalUrl(document), analyser }),
  };
}

/**
 * Tells the background (and so the side panel) a state that is not a finished analysis; `lang`
 * (with `working`: the page's declared language) lets it ready that language's matcher meanwhile.
 */
export function reportState(state: ReportStateRequest['state'], error?: string, lang?: string): void {
  const message: ReportStateRequest = { type: 'report-state', state, ...(error ? { error: error.slice(0, 2000) } : {}), ...(lang ? { lang: lang.slice(0, MAX_LANG_LENGTH) } : {}) };
  // Lost if the extension is reloading or the worker is waking: the next analysis reports again.
  notifyBackground(message);
}
