/**
 * Opening the side panel: Chrome's `sidePanel.open` and Firefox's `sidebarAction.open`. Both only
 * work while a user gesture is being handled, so every caller runs them synchronously inside its
 * click, command or menu handler, before any `await`.
 */
import { browser, type Browser } from 'wxt/browser';
import { addMenuItem, type MenuItem } from './context-menus';

/** Firefox's sidebar API, which the Chrome-typed `browser` does not declare. */
interface SidebarAction {
  open(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

export interface OpenResult {
  opened: boolean;
  reason?: string;
}

const refused = (error: unknown): OpenResult => ({ opened: false, reason: error instanceof Error ? error.message : String(error) });

/**
 * Opens the panel for a tab (Chrome) or the sidebar of the current window (Firefox). Must be
 * called synchronously from a user-gesture handler; the promise tells whether the browser agreed.
 */
export function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<OpenResult> {
  try {
    if (browser.sidePanel?.open) {
      const options = target.tabId !== undefined ? { tabId: target.tabId } : target.windowId !== undefined ? { windowId: target.windowId } : null;
      if (!options) return Promise.resolve({ opened: false, reason: 'No tab or window to open the side panel in' });
      return browser.sidePanel.open(options).then(() => ({ opened: true }), refused);
    }
    const sidebar = sidebarAction();
    if (sidebar) return sidebar.open().then(() => ({ opened: true }), refused);
  } catch (error) {
    return Promise.resolve(refused(error));
  }
  return Promise.resolve({ opened: false, reason: 'This browser has no side panel API' });
}

/** The keyboard command that opens the panel in Chrome (Firefox uses `_execute_sidebar_action`). */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/** Registers the panel's keyboard command and context-menu item. Call before `installContextMenus`. */
export function registerSidePanel(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== OPEN_PANEL_COMMAND) return;
    void openSidePanel({ tabId: tab?.id, windowId: tab?.windowId });
  });
  addMenuItem({
    id: 'backstory-open-side-panel',
    title: 'Open Backstory side panel',
    // The registry types contexts with Chrome's enum; the API takes (and Firefox only has) the strings.
    contexts: ['page', 'selection', 'link'] as unknown as MenuItem['contexts'],
    onClick(_info, tab) {
      return openSidePanel({ tabId: tab?.id, windowId: tab?.windowId }).then(() => undefined);
    },
  });
}
