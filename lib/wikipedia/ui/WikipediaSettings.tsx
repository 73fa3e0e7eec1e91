/**
 * The "Wikipedia look-ups" setting on the options page: the switch (off gives the browser
 * permission back and hides every "Look up" action), the article-language choice, and where the
 * permission stands, with a way to grant it ahead of time or take it back. Rendered inside the
 * options page's own panel, with its classes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../settings/settings';
import { devEndpointItem, explainedItem, hasAllSitesAccess, lookupAccess, removeWikipediaPermission, requestWikipediaPermission, watchWikipediaPermission } from '../permission';

type Props = { settings: Settings; update: (change: Partial<Settings>) => Promise<void> };

/** The hash the background opens when a card's look-up needs the permission. */
export const WIKIPEDIA_SETTINGS_HASH = '#settings/wikipedia';

export function WikipediaSettings({ settings, update }: Props) {
  const [access, setAccess] = useState<{ permission: boolean; local: boolean; allSites: boolean } | null>(null);
  const [note, setNote] = useState('');
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void Promise.all([lookupAccess(), hasAllSitesAccess()]).then(([a, allSites]) => live && setAccess({ permission: a.permission, local: a.endpoint.kind === 'local', allSites }));
    refresh();
    const unwatch = watchWikipediaPermission(refresh);
    const unwatchEndpoint = devEndpointItem.watch(refresh);
    return () => {
      live = false;
      unwatch();
      unwatchEndpoint();
    };
  }, []);

  // Opened from a card ("Allow Wikipedia look-ups…"): bring this panel into view.
  useEffect(() => {
    if (location.hash !== WIKIPEDIA_SETTINGS_HASH) return;
    const timer = setTimeout(() => {
      document.getElementById('wikipedia')?.scrollIntoView({ block: 'start' });
      first.current?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, []);

  const on = settings.wikipediaLookups;
  const granted = !!access?.permission && !access.local;

  return (
    <>
      <label class="check">
        <input
          ref={first}
          type="checkbox"
          name="wikipedia-lookups"
          checked={on}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            setNote('');
            void update({ wikipediaLookups: next });
            // Off takes effect at once: the permission goes back now (the background also enforces it),
            // and turning look-ups on again explains again what is sent.
            if (!next) {
              void removeWikipediaPermission();
              void explainedItem.setValue(false);
            }
          }}
        />
        <span>
          Offer “Look up on Wikipedia” for names your glossary does not know
          <span class="hint">
            {' '}
            Only when you ask, and only the name is sent, to Wikipedia: never the page, its address or what you read. The summary is kept in your glossary, so later
            pages need no request. Off: the action disappears, nothing is ever sent, and Backstory gives back its permission to contact Wikipedia.
          </span>
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="wikipedia-article-language"
          checked={settings.wikipediaArticleLanguage}
          disabled={!on}
          onChange={(e) => void update({ wikipediaArticleLanguage: e.currentTarget.checked })}
        />
        <span>
          Use the article’s language
          <span class="hint"> A German article’s names are looked up on de.wikipedia.org, a French one’s on fr.wikipedia.org. Off, or when the language is unknown: English.</span>
        </span>
      </label>
      {on && access && (
        <p class="hint" role="status" data-wikipedia-permission={access.local ? 'local' : access.allSites ? 'all-sites' : granted ? 'granted' : 'not-granted'}>
          {access.local
            ? 'Look-ups go to a test server on this computer (dev:wikipediaEndpoint); no permission is needed.'
            : access.allSites
              ? 'Your browser already lets Backstory reach every site (to read articles), Wikipedia included. Backstory still explains what it sends before the first look-up, and sends nothing while this is off.'
              : granted
                ? 'You allowed Backstory to contact Wikipedia.'
                : 'Backstory has not been allowed to contact Wikipedia yet: your browser asks the first time you look a name up.'}
        </p>
      )}
      {on && access && !access.local && !access.allSites && (
        <p>
          {granted ? (
            <button
              type="button"
              class="button button-quiet"
              onClick={() => {
                void removeWikipediaPermission().then(() => setNote('Permission taken back. Backstory asks again before the next look-up.'));
              }}
            >
              Take the permission back
            </button>
          ) : (
            <button
              type="button"
              class="button"
              onClick={() => {
                // The browser's prompt only opens while the click is being handled: ask first.
                void requestWikipediaPermission().then((ok) => {
                  // Allowing here, next to the explanation above, counts as having read it.
                  if (ok) void explainedItem.setValue(true);
                  setNote(ok ? 'Allowed. Look-ups go straight to Wikipedia from now on.' : 'Not allowed. Backstory stays offline.');
                });
              }}
            >
              Allow now
            </button>
          )}
        </p>
      )}
      {note && (
        <p class="hint" role="status">
          {note}
        </p>
      )}
    </>
  );
}
