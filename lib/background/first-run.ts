/** First run: the welcome page opens once, when Backstory is installed (not on updates). */
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(() => {
      // No window to open it in (headless start-up): the options page links to it.
    });
  });
}
