/**
 * What the panel shows for a tab, from the tab's stored analysis and what its content script says.
 * Every combination maps to a state with something to show: the panel is never blank.
 */
import type { PageStatus } from '../messaging/protocol';

/** The stored record's fields this decision reads (see lib/background/tab-analysis.ts). */
export interface RecordLike {
  state: 'working' | 'ready' | 'not-article' | 'too-large' | 'error' | 'disabled';
  url: string;
  meta: unknown;
}

export type PanelState =
  | 'loading'
  | 'no-tab'
  | 'unsupported'
  | 'disabled'
  | 'working'
  | 'updating'
  | 'ready'
  | 'not-article'
  | 'too-large'
  | 'error';

/**
 * `tabId` undefined: still resolving; null: no tab. `status` undefined: not asked yet; null: no
 * content script answered. A record for another URL than the page now shows is stale (the page
 * navigated) and is ignored until the new analysis arrives.
 */
export function panelState(
  tabId: number | null | undefined,
  record: RecordLike | null | undefined,
  status: Pick<PageStatus, 'enabled' | 'state' | 'url'> | null | undefined,
): PanelState {
  if (tabId === undefined) return 'loading';
  if (tabId === null) return 'no-tab';
  if (status === undefined) return record === undefined ? 'loading' : record ? fromRecord(record) : 'loading';
  if (status === null) return 'unsupported';
  if (!status.enabled) return 'disabled';
  if (record && record.url === status.url) return fromRecord(record);
  switch (status.state) {
    case 'not-article':
    case 'too-large':
    case 'error':
      return status.state;
    default:
      return 'working';
  }
}

function fromRecord(record: RecordLike): PanelState {
  if (record.state === 'working') return record.meta ? 'updating' : 'working';
  return record.state;
}
