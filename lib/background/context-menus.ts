/**
 * Context-menu items, registered in one place. Each feature adds one `MenuItem`; the menus are
 * (re)created on install and startup, and clicks are dispatched to the item's handler.
 */
import { browser, type Browser } from 'wxt/browser';

export interface MenuItem {
  id: string;
  title: string;
  contexts: [Browser.contextMenus.ContextType, ...Browser.contextMenus.ContextType[]];
  onClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): void | Promise<void>;
}

const ITEMS: MenuItem[] = [];

/** Adds an item; call before `installContextMenus`. */
export function addMenuItem(item: MenuItem): void {
  ITEMS.push(item);
}

/** Creates the menus and routes clicks. No-op when the contextMenus permission is absent. */
export function installContextMenus(): void {
  if (!browser.contextMenus || ITEMS.length === 0) return;
  const create = async () => {
    await browser.contextMenus.removeAll();
    for (const item of ITEMS) browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts });
  };
  browser.runtime.onInstalled.addListener(() => void create());
  browser.runtime.onStartup?.addListener(() => void create());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void ITEMS.find((i) => i.id === info.menuItemId)?.onClick(info, tab);
  });
}
