/**
 * The side panel's data: which tab it describes, that tab's analysis (storage.session, live), what
 * the tab's content script says about itself, and the glossary entries (the database, live).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storedItem } from '@/lib/settings/stored-item';
import { panelFocusKey, tabKey, type PanelFocus, type TabAnalysis } from '@/lib/background/tab-analysis';
import { useLive } from '@/components/design/use-live';
import type { EffectiveEntry } from '@/lib/db/glossary-repo';
import { stores } from '@/lib/db/stores';
import { sendToTab } from '@/lib/client/send';
import type { ArticleTextReply, PageStatus } from '@/lib/messaging/protocol';
import type { EntityOrder } from '@/lib/sidepanel/entities';

/** The reader's choice of order for the entity list, remembered across sessions. */
export const entityOrder = storedItem<EntityOrder>('local:sidepanelOrder', 'first');

/** Asks a tab's content script; null when none answers (browser pages, stores, pages loaded before install). */
export const askTab = sendToTab;

/** The `?tab=ID` of a panel opened as a page, if any. */
export function tabParam(search: string): number | null {
  const n = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * The tab the panel describes (undefined while resolving, null when there is none):
 * - `?tab=ID`: that tab, always;
 * - in the browser's side panel: the active tab of the panel's window, following tab switches;
 * - opened as an ordinary tab (pop-out, tests): the most recently focused web page of its window.
 */
export function useTargetTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(() => tabParam(location.search) ?? undefined);

  useEffect(() => {
    if (tabParam(location.search) !== null) return;
    let windowId: number | undefined;
    let selfId: number | undefined;
    let current: number | null = null;
    let disposed = false;
    const set = (id: number | null) => {
      current = id;
      if (!disposed) setTabId(id);
    };

    const resolve = async () => {
      const self = await browser.tabs.getCurrent().catch(() => undefined);
      if (self?.id !== undefined) {
        selfId = self.id;
        windowId = self.windowId;
        const tabs = await browser.tabs.query({ windowId });
        const others = tabs.filter((t) => t.id !== undefined && t.id !== selfId).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
        for (const t of others) {
          if (await askTab(t.id!, { type: 'page-status' })) return set(t.id!);
        }
        return set(others[0]?.id ?? null);
      }
      const win = await browser.windows.getCurrent();
      windowId = win.id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      set(active?.id ?? null);
    };

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId !== windowId || info.tabId === selfId) return;
      if (selfId === undefined) return set(info.tabId);
      // A pop-out follows web pages only: a tab without a content script keeps the previous article.
      void askTab(info.tabId, { type: 'page-status' }).then((s) => {
        if (s) set(info.tabId);
      });
    };
    const onRemoved = (removed: number) => {
      if (removed === current) void resolve();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onRemoved.addListener(onRemoved);
    void resolve();
    return () => {
      disposed = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, []);

  return tabId;
}

/** A `storage.session` value, live. undefined while loading, null when absent. */
function useSessionValue<T>(key: string | null): T | null | undefined {
  const [value, setValue] = useState<T | null | undefined>(undefined);
  useEffect(() => {
    setValue(undefined);
    if (key === null) return setValue(null);
    let disposed = false;
    void browser.storage.session.get(key).then((got) => {
      if (!disposed) setValue((got[key] as T | undefined) ?? null);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setValue((changes[key]!.newValue as T | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key]);
  return value;
}

/** The tab's analysis record, live. */
export function useTabRecord(tabId: number | null | undefined): TabAnalysis | null | undefined {
  return useSessionValue<TabAnalysis>(tabId == null ? null : tabKey(tabId));
}

/** The entry a card asked the panel to select ("Open in side panel"), live. */
export function usePanelFocus(tabId: number | null | undefined): PanelFocus | null | undefined {
  return useSessionValue<PanelFocus>(tabId == null ? null : panelFocusKey(tabId));
}

/**
 * What the tab's content script says (null: no content script, so Backstory does not run there).
 * Asked again when the record changes and when the tab finishes loading.
 */
export function usePageStatus(tabId: number | null | undefined, recordAt: number | undefined): PageStatus | null | undefined {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    if (tabId == null) return;
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') setLoads((n) => n + 1);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);
  useEffect(() => {
    if (tabId == null) return setStatus(null);
    let disposed = false;
    let retry = 0;
    const ask = async (attempt: number) => {
      const s = await askTab(tabId, { type: 'page-status' });
      if (disposed) return;
      setStatus(s);
      // A page that is still loading has no content script yet: ask again a few times.
      if (!s && attempt < 4) retry = window.setTimeout(() => void ask(attempt + 1), 400 * (attempt + 1));
    };
    void ask(0);
    return () => {
      disposed = true;
      clearTimeout(retry);
    };
  }, [tabId, recordAt, loads]);
  return tabId === undefined ? undefined : status;
}

/** The article text of a ready tab (for "Other names" and mention context), or null. */
export function useArticleText(tabId: number | null | undefined, record: TabAnalysis | null | undefined): ArticleTextReply | null {
  const [text, setText] = useState<ArticleTextReply | null>(null);
  const ready = record?.state === 'ready' ? record.at : null;
  useEffect(() => {
    setText(null);
    if (tabId == null || ready === null) return;
    let disposed = false;
    void askTab(tabId, { type: 'article-text' }).then((reply) => {
      if (!disposed) setText(reply);
    });
    return () => {
      disposed = true;
    };
  }, [tabId, ready]);
  return text;
}

/**
 * The entries the analysis names, plus the entries they relate to (for clickable related names).
 * While another set of ids loads, the last map stands in only if it knows every one of them (a
 * re-analysis that found the same names); another tab's map would drop this tab's names from the list.
 */
export function useEntries(ids: readonly string[]): Map<string, EffectiveEntry> | undefined {
  return useLive<Map<string, EffectiveEntry> | undefined>(() => stores().glossary.withRelated(ids), [ids.join('\n')], undefined, {
    stillFits: (stale) => !!stale && ids.every((id) => stale.has(id)),
  }).value;
}

/** Every name the glossary knows (names, aliases, short names, demonyms), folded by `fold`. */
export function useKnownNames(fold: (s: string) => string): Set<string> | undefined {
  return useLive<Set<string> | undefined>(() => stores().glossary.knownNames(fold), [], undefined).value;
}
