/**
 * Per-tab analysis summaries in `storage.session`: they survive the worker being stopped and
 * vanish with the browser session, so no page history is kept on disk.
 */
import { browser } from 'wxt/browser';
import type { AnalyseReply } from '../messaging/protocol';

export interface TabAnalysis {
  mentionCount: number;
  entityIds: string[];
  at: number;
}

const key = (tabId: number) => `tab:${tabId}`;

/** Stores the latest analysis summary of a tab. */
export async function rememberTabAnalysis(tabId: number, reply: AnalyseReply): Promise<void> {
  const summary: TabAnalysis = {
    mentionCount: reply.mentions.length,
    entityIds: reply.entries.map((e) => e.id),
    at: Date.now(),
  };
  await browser.storage.session.set({ [key(tabId)]: summary });
}

/** Drops a closed tab's summary. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
