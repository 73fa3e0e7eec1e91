/**
 * The reading list in the background: the save triggers (context menu, keyboard command, the
 * `save-tab` request from the popup and the side panel) and the toolbar button's "saved" state.
 *
 * The button's badge text is the count of names on the page (lib/background/badge.ts), so a saved
 * page is shown by the button's title and a small check mark drawn on its icon, per tab.
 */
import { browser, type Browser } from 'wxt/browser';
import type { AnalysisService } from './analysis-service';
import { addMenuItem, type MenuItem } from './context-menus';
import { findSaved } from '../db/articles-repo';
import type { BackstoryDb } from '../db/schema';
import type { ArticleMetaMessage, SaveTabReply } from '../messaging/protocol';
import { sendToTab } from '../client/send';
import { createSaveService } from './save-service';

export const SAVE_COMMAND = 'save-article';
export const SAVE_MENU_ID = 'save-to-reading-list';
const DEFAULT_TITLE = 'Backstory';
const ICON_SIZES = [16, 32] as const;

export interface ReadingListBackground {
  /** Saves a tab's article and marks the toolbar button. */
  saveTab(tabId: number): Promise<SaveTabReply | { ok: false; error: string }>;
  /** After a page was analysed: mark the button if the page is already saved. */
  onPageAnalysed(tabId: number, meta: Pick<ArticleMetaMessage, 'url' | 'canonicalUrl'>): Promise<void>;
}

function action(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

let savedIcons: Promise<Record<number, ImageData> | null> | null = null;

/** The toolbar icon with a green check mark in its corner, drawn once. */
function savedIconData(): Promise<Record<number, ImageData> | null> {
  savedIcons ??= (async () => {
    if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return null;
    const out: Record<number, ImageData> = {};
    for (const size of ICON_SIZES) {
      const blob = await (await fetch(browser.runtime.getURL(`/icons/${size}.png` as '/icons/16.png'))).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(size, size);
      const g = canvas.getContext('2d');
      if (!g) return null;
      g.drawImage(bitmap, 0, 0, size, size);
      const r = size * 0.3;
      const cx = size - r;
      const cy = size - r;
      g.beginPath();
      g.arc(cx, cy, r, 0, Math.PI * 2);
      g.fillStyle = '#15803d';
      g.fill();
      g.lineWidth = Math.max(1.5, size / 12);
      g.strokeStyle = '#ffffff';
      g.lineCap = 'round';
      g.lineJoin = 'round';
      g.beginPath();
      g.moveTo(cx - r * 0.5, cy);
      g.lineTo(cx - r * 0.1, cy + r * 0.4);
      g.lineTo(cx + r * 0.55, cy - r * 0.4);
      g.stroke();
      out[size] = g.getImageData(0, 0, size, size);
    }
    return out;
  })().catch(() => null);
  return savedIcons;
}

/** Shows (or clears) the "saved" state on a tab's toolbar button. */
export async function markTab(tabId: number, saved: boolean, outcome?: 'created' | 'updated'): Promise<void> {
  const a = action();
  if (!a) return;
  try {
    const title = !saved
      ? DEFAULT_TITLE
      : outcome === 'updated'
        ? 'Backstory: saved again (updated in your reading list)'
        : 'Backstory: saved in your reading list';
    await a.setTitle({ tabId, title });
    if (saved) {
      const icons = await savedIconData();
      if (icons) await a.setIcon({ tabId, imageData: icons } as unknown as Browser.action.TabIconDetails);
    } else {
      await a.setIcon({ tabId, path: Object.fromEntries(ICON_SIZES.map((s) => [s, `/icons/${s}.png`])) });
    }
  } catch {
    // The tab closed meanwhile.
  }
}

export function installReadingList(db: BackstoryDb, analysis: Pick<AnalysisService, 'analyse'>): ReadingListBackground {
  const collect = async (tabId: number) => {
    const reply = await sendToTab(tabId, { type: 'collect-article' });
    if (reply === null) throw new Error('No content script answered');
    return reply;
  };
  const service = createSaveService(db, analysis, collect);

  const saveTab = async (tabId: number) => {
    const reply = await service.saveTab(tabId);
    if (reply.ok) await markTab(tabId, true, reply.outcome);
    else await action()?.setTitle({ tabId, title: `Backstory: not saved. ${reply.error}` }).catch(() => undefined);
    return reply;
  };

  addMenuItem({
    id: SAVE_MENU_ID,
    title: 'Save to Backstory reading list',
    // The registry types contexts with Chrome's enum; the API takes (and Firefox only has) the strings.
    contexts: ['page', 'selection'] as unknown as MenuItem['contexts'],
    onClick: (_info, tab) => {
      if (tab?.id !== undefined) void saveTab(tab.id);
    },
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await saveTab(id);
    })();
  });

  // A new page in the tab: forget the previous page's state until its analysis says otherwise.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void markTab(tabId, false);
  });

  return {
    saveTab,
    async onPageAnalysed(tabId, meta) {
      const saved = await findSaved(db, meta.url, meta.canonicalUrl).catch(() => undefined);
      if (saved) await markTab(tabId, true);
    },
  };
}
