/** Keyboard commands: relayed to the active tab's content script. */
import { browser } from 'wxt/browser';
import { sendToTab } from '../client/send';

/** Listens for the manifest's commands and forwards them to the active tab. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
    if (direction === 0) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // No content script on this tab (browser pages, store pages): nothing to step through.
    await sendToTab(tab.id, { type: 'step-mention', direction });
  });
}
