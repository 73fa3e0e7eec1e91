/**
 * The background's side of "Look up on Wikipedia": it holds the optional host permission, so every
 * look-up (from the side panel or a card) is performed here. It also keeps the promise of the
 * setting: when the reader turns look-ups off, from any page or by restoring a backup, the
 * permission is given back at once.
 */
import { browser } from 'wxt/browser';
import type { BackstoryDb } from '../db/schema';
import { getSettings, watchSettings } from '../settings/settings';
import { lookUp, type LookupOutcome, type LookupRequest } from './wikipedia-lookup';
import { currentEndpoint, explainedItem, hasWikipediaPermission, removeWikipediaPermission } from '../settings/wikipedia-permission';

/** The options page view with the Wikipedia setting (where the permission is asked for). */
export const WIKIPEDIA_SETTINGS_PATH = '/options.html#settings/wikipedia';

export interface WikipediaService {
  lookUp(request: LookupRequest): Promise<LookupOutcome>;
  /** Opens the setting, for a card whose look-up needs the permission (content scripts cannot ask). */
  openSettings(): Promise<void>;
}

export function createWikipediaService(db: BackstoryDb): WikipediaService {
  return {
    lookUp: (request) =>
      lookUp(
        {
          db,
          settings: getSettings,
          endpoint: currentEndpoint,
          hasPermission: hasWikipediaPermission,
        },
        request,
      ),
    async openSettings() {
      await browser.tabs.create({ url: browser.runtime.getURL(WIKIPEDIA_SETTINGS_PATH as '/options.html') });
    },
  };
}

/**
 * Gives the permission back whenever look-ups are off (now, and on every later change), and forgets
 * that the reader saw the explanation, so turning look-ups on again explains again.
 */
export function registerWikipedia(): void {
  const enforce = (on: boolean) => {
    if (on) return;
    void removeWikipediaPermission();
    void explainedItem.setValue(false);
  };
  void getSettings().then((s) => enforce(s.wikipediaLookups));
  watchSettings((s) => enforce(s.wikipediaLookups));
}
