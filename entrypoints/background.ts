/**
 * Background: owns the database, answers content scripts and extension pages, relays keyboard
 * commands. Each responsibility lives in its own module under lib/background.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalysisService } from '@/lib/background/analysis-service';
import { registerCommands } from '@/lib/background/commands';
import { installContextMenus } from '@/lib/background/context-menus';
import { createRouter } from '@/lib/background/router';
import { openSidePanel, registerSidePanel } from '@/lib/background/side-panel';
import { rememberPanelFocus, rememberTabAnalysis, rememberTabState, forgetTab } from '@/lib/background/tab-analysis';
import { getDb } from '@/lib/db/schema';
import { BUNDLED_PACKS } from '@/lib/glossary/packs';

export default defineBackground({
  main() {
    const wokeAt = performance.now();
    const service = createAnalysisService(getDb(), BUNDLED_PACKS);
    let firstAnswerLogged = false;
    const route = createRouter(service, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      onAnalysed: (tabId, reply, request) => {
        void rememberTabAnalysis(tabId, request, reply);
        if (!firstAnswerLogged) {
          firstAnswerLogged = true;
          // Cold start (worker wake to first answer), read by `npm run bench`.
          void browser.storage.session.set({ 'bench:coldStartMs': performance.now() - wokeAt });
        }
      },
      onStateReported: (tabId, report) => void rememberTabState(tabId, report),
      // The card's "Open in side panel": open first (synchronously, while the click's gesture
      // counts), then tell the panel which entry to select.
      openSidePanel: (tabId, entryId) => {
        const opening = openSidePanel({ tabId });
        if (entryId) void rememberPanelFocus(tabId, entryId);
        return opening;
      },
    });

    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      route(message, sender).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true; // the reply is sent asynchronously
    });
    browser.runtime.onInstalled.addListener(() => void service.warm());
    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
    registerCommands();
    registerSidePanel();
    installContextMenus();
  },
});
