/**
 * Background: owns the database, answers content scripts and extension pages, relays keyboard
 * commands. Each responsibility lives in its own module under lib/background.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerAddToGlossary } from '@/lib/background/add-to-glossary';
import { createAnalysisService } from '@/lib/background/analysis-service';
import { entityCount, setTabBadge } from '@/lib/background/badge';
import { registerCommands } from '@/lib/background/commands';
import { installContextMenus } from '@/lib/background/context-menus';
import { registerFirstRun } from '@/lib/background/first-run';
import { createPageParser, warmPageParser } from '@/lib/background/page-parser';
import { createRouter, type TabScope } from '@/lib/background/router';
import { createWikipediaService, registerWikipedia } from '@/lib/background/wikipedia';
import { installReadingList } from '@/lib/background/reading-list';
import { openSidePanel, registerSidePanel } from '@/lib/background/side-panel';
import { openNamesOf, rememberPanelFocus, rememberTabAnalysis, rememberTabState, forgetTab, tabKey, type TabAnalysis } from '@/lib/background/tab-analysis';
import { getDb } from '@/lib/db/schema';
import { correctionsFor } from '@/lib/sites/corrections-store';
import { extensionPackSources } from '@/lib/glossary/packs/sources';
import { getSettings, matchSettingsOf } from '@/lib/settings/settings';

export default defineBackground({
  main() {
    const wokeAt = performance.now();
    // The reader's kinds, packs and demonyms settings shape the matcher; a change recompiles it.
    // Pack data is fetched from the extension's files only when a pack must be (re)loaded.
    const packs = extensionPackSources((path) => browser.runtime.getURL(path as '/'));
    const service = createAnalysisService(getDb(), packs, {
      matchSettings: async () => matchSettingsOf(await getSettings()),
      correctionsFor,
    });
    // Reading list: the Save menu item and command, and the toolbar's "saved" mark (before installContextMenus).
    const readingList = installReadingList(getDb(), service);
    // A worker mostly wakes because a page is loading (its first message says so) and will ask for
    // an analysis once it has extracted its article: restore the matcher now, meanwhile. On install
    // this also seeds the bundled packs.
    let readyAt: number | undefined;
    void service.warm().then(() => (readyAt ??= performance.now()), () => undefined);
    // Readability off the page's thread: the offscreen document (Chrome) opens now, while the page loads.
    const parsePage = createPageParser();
    warmPageParser(parsePage);
    // What each tab's latest analysis named: a content script asks only about these (router.ts).
    // Kept in memory, and read back from the tab's stored record after the worker slept.
    const scopes = new Map<number, TabScope>();
    const tabScope = async (tabId: number): Promise<TabScope | null> => {
      const known = scopes.get(tabId);
      if (known) return known;
      const record = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabAnalysis | undefined;
      // A re-analysis of the same page keeps its previous record while "working" (tab-analysis.ts).
      if (!record || (record.state !== 'ready' && record.state !== 'working')) return null;
      return { entityIds: new Set(record.entityIds), openNames: new Set(record.openNames ?? []) };
    };
    let firstAnswerLogged = false;
    let firstRequestAt: number | undefined;
    let firstTabMessageAt: number | undefined;
    const route = createRouter(service, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      saveTab: (tabId) => readingList.saveTab(tabId),
      parsePage,
      // "Look up on Wikipedia": only on request, only the name, only with the reader's permission.
      wikipedia: createWikipediaService(getDb()),
      tabScope,
      onAnalysed: (tabId, reply, request) => {
        scopes.set(tabId, { entityIds: new Set(reply.entries.map((e) => e.id)), openNames: new Set(openNamesOf(request.text, reply.mentions)) });
        void readingList.onPageAnalysed(tabId, request.meta);
        void rememberTabAnalysis(tabId, request, reply);
        void setTabBadge(tabId, entityCount(reply));
        if (!firstAnswerLogged) {
          firstAnswerLogged = true;
          // Cold start, read by `npm run bench`: main() to the first answer (which includes the page's
          // own work before it asks), split at the page's first message (a navigation wakes the
          // worker before the page has loaded); worker start (performance's time origin, so module
          // evaluation counts) to the matcher ready; and the first analysis' time inside the worker.
          const now = performance.now();
          void browser.storage.session.set({
            'bench:coldStartMs': now - wokeAt,
            ...(firstTabMessageAt !== undefined ? { 'bench:pageFirstMessageMs': firstTabMessageAt - wokeAt } : {}),
            ...(readyAt !== undefined ? { 'bench:coldReadyMs': readyAt } : {}),
            ...(firstRequestAt !== undefined ? { 'bench:firstAnalyseMs': now - firstRequestAt } : {}),
          });
        }
      },
      onStateReported: (tabId, report) => {
        if (report.state !== 'working') scopes.delete(tabId);
        void rememberTabState(tabId, report);
        // Nothing to show on this page (switched off, no article, an error): no number on the button.
        if (report.state !== 'working') void setTabBadge(tabId, 0);
      },
      // The card's "Open in side panel": open first (synchronously, while the click's gesture
      // counts), then tell the panel which entry to select.
      openSidePanel: (tabId, entryId) => {
        const opening = openSidePanel({ tabId });
        if (entryId) void rememberPanelFocus(tabId, entryId);
        return opening;
      },
    });

    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (firstTabMessageAt === undefined && sender.tab) firstTabMessageAt = performance.now();
      if (firstRequestAt === undefined && (message as { type?: unknown } | null)?.type === 'analyse') firstRequestAt = performance.now();
      route(message, sender).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true; // the reply is sent asynchronously
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      scopes.delete(tabId);
      void forgetTab(tabId);
    });
    registerCommands();
    registerWikipedia();
    registerFirstRun();
    registerAddToGlossary();
    registerSidePanel();
    installContextMenus();
  },
});
