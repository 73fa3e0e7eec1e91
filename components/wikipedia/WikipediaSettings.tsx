/**
 * The "Wikipedia look-ups" setting on the options page: the switch (off gives the browser
 * permission back and hides every "Look up" action), the article-language choice, and where the
 * permission stands, with a way to grant it ahead of time or take it back. Rendered inside the
 * options page's own panel, with its classes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CheckField } from '@/components/design/CheckField';
import { t } from '@/components/design/i18n';
import type { Settings } from '@/lib/settings/settings';
import { devEndpointItem, explainedItem, hasAllSitesAccess, lookupAccess, removeWikipediaPermission, requestWikipediaPermission, watchWikipediaPermission } from '@/lib/settings/wikipedia-permission';

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
      <CheckField
        inputRef={first}
        name="wikipedia-lookups"
        checked={on}
        hint={t('wikipedia.settings.enableHint')}
        onChange={(next) => {
          setNote('');
          void update({ wikipediaLookups: next });
          // Off takes effect at once: the permission goes back now (the background also enforces it),
          // and turning look-ups on again explains again what is sent.
          if (!next) {
            void removeWikipediaPermission();
            void explainedItem.setValue(false);
          }
        }}
      >
        {t('wikipedia.settings.enable')}
      </CheckField>
      <CheckField
        name="wikipedia-article-language"
        checked={settings.wikipediaArticleLanguage}
        disabled={!on}
        hint={t('wikipedia.settings.languageHint')}
        onChange={(c) => void update({ wikipediaArticleLanguage: c })}
      >
        {t('wikipedia.settings.language')}
      </CheckField>
      {on && access && (
        <p class="hint" role="status" data-wikipedia-permission={access.local ? 'local' : access.allSites ? 'all-sites' : granted ? 'granted' : 'not-granted'}>
          {access.local
            ? t('wikipedia.settings.local')
            : access.allSites
              ? t('wikipedia.settings.allSites')
              : granted
                ? t('wikipedia.settings.granted')
                : t('wikipedia.settings.notGranted')}
        </p>
      )}
      {on && access && !access.local && !access.allSites && (
        <p>
          {granted ? (
            <button
              type="button"
              class="button button-quiet"
              onClick={() => {
                void removeWikipediaPermission().then(() => setNote(t('wikipedia.settings.revoked')));
              }}
            >
              {t('wikipedia.settings.revoke')}
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
                  setNote(ok ? t('wikipedia.settings.allowed') : t('wikipedia.settings.notAllowed'));
                });
              }}
            >
              {t('wikipedia.settings.allowNow')}
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
