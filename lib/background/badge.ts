/**
 * The toolbar badge: how many different names Backstory found on the tab's page, set per tab when
 * an analysis arrives and cleared when the page has none to show (site switched off, no article).
 */
import { browser } from 'wxt/browser';
import type { AnalyseReply } from '../messaging/protocol';

/** Badge text for a number of names: "" for none, "999+" past three digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Distinct resolved names among an analysis' mentions. */
export function entityCount(reply: Pick<AnalyseReply, 'mentions'>): number {
  return new Set(reply.mentions.map((m) => m.entryId).filter((id): id is string => !!id)).size;
}

const BADGE_COLOUR = '#2563eb';

/** Shows the number of names on a tab's toolbar button. */
export async function setTabBadge(tabId: number, count: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: badgeText(count) });
    if (count > 0) {
      await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab closed meanwhile.
  }
}
