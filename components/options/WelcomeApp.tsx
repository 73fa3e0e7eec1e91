/** The welcome page, opened once on install: what Backstory does, a live demo, the privacy promise, keys, sites. */
import { t, tAround } from '@/components/design/i18n';
import { useEffect, useState } from 'preact/hooks';
import { getSitePolicy, setSitePolicy, watchSitePolicy, type SitePolicy } from '@/lib/sites/site-settings';
import { ShortcutList } from './ShortcutsPanel';
import { ENTRY_KINDS } from '@/lib/glossary/types';
import { Choices, SkipLink, kindPlural } from './shared';

export function WelcomeApp() {
  const [policy, setPolicy] = useState<SitePolicy | null>(null);
  useEffect(() => {
    void getSitePolicy().then(setPolicy);
    return watchSitePolicy(setPolicy);
  }, []);

  return (
    <>
      <SkipLink />
      <header class="welcome-hero">
        <div class="welcome-inner">
          <img src="/icons/128.png" alt="" width="64" height="64" />
          <div>
            <h1>{t('welcome.title')}</h1>
            <p class="welcome-tagline">{t('welcome.tagline')}</p>
          </div>
        </div>
      </header>
      <main id="main" class="welcome-main" tabIndex={-1}>
        <section aria-labelledby="demo-title" class="welcome-demo">
          <h2 id="demo-title">{t('welcome.demoTitle')}</h2>
          <p class="lead">
            {t('welcome.demoLead')} <strong>{t('welcome.demoRest')}</strong>
            {tAround('welcome.demoKeys')[0]}
            <kbd>Alt+Shift+N</kbd>
            {tAround('welcome.demoKeys')[1]}
          </p>
          <div class="legend" role="group" aria-label={t('welcome.legend')}>
            {ENTRY_KINDS.map((kind) => (
              <span key={kind} class="legend-item">
                <span class={`kind-dot kind-${kind}`} aria-hidden="true" />
                {kindPlural(kind).toLowerCase()}
              </span>
            ))}
          </div>
          <iframe class="demo-frame" src="/welcome.html?demo" title={t('welcome.frameTitle')} loading="eager" />
          <p>
            <a href="/welcome.html?demo" target="_blank" rel="noopener">
              {t('welcome.openDemo')}
            </a>
          </p>
        </section>

        <div class="welcome-columns">
          <section aria-labelledby="privacy-title" class="panel">
            <h2 id="privacy-title">{t('welcome.privacyTitle')}</h2>
            <ul class="promise">
              <li>{t('welcome.privacy1')}</li>
              <li>{t('welcome.privacy2')}</li>
              <li>{t('welcome.privacy3')}</li>
              <li>{t('welcome.privacy4')}</li>
            </ul>
          </section>

          <section aria-labelledby="sites-title" class="panel">
            <h2 id="sites-title">{t('welcome.sitesTitle')}</h2>
            {policy && (
              <Choices
                legend={t('welcome.runsOn')}
                name="welcome-site-mode"
                value={policy.mode}
                options={[
                  { value: 'all', label: t('options.settings.sites.all'), hint: policy.blocked.length > 0 ? t('welcome.everyHintBlocked', [policy.blocked.length]) : t('welcome.everyHint') },
                  { value: 'allowed', label: t('options.settings.sites.allowed'), hint: policy.allowed.length > 0 ? t('welcome.allowedHintCount', [policy.allowed.length]) : t('welcome.allowedHint') },
                ]}
                onChange={(mode) => void setSitePolicy({ mode })}
              />
            )}
            <p class="hint">
              {t('welcome.sitesMore')} <a href="/options.html#sites">{t('welcome.sitesLink')}</a>.
            </p>
          </section>
        </div>

        <section aria-labelledby="keys-title" class="panel">
          <h2 id="keys-title">{t('welcome.keysTitle')}</h2>
          <ShortcutList />
        </section>

        <p class="welcome-next">
          <a class="button button-primary" href="/options.html#settings">
            {t('welcome.settings')}
          </a>
          <a class="button" href="/options.html#glossary">
            {t('welcome.browse')}
          </a>
        </p>
      </main>
    </>
  );
}
