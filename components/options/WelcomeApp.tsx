/** The welcome page, opened once on install: what Backstory does, a live demo, the privacy promise, keys, sites. */
import { useEffect, useState } from 'preact/hooks';
import { getSitePolicy, setSitePolicy, watchSitePolicy, type SitePolicy } from '@/lib/sites/site-settings';
import { ShortcutList } from './SettingsSection';

export function WelcomeApp() {
  const [policy, setPolicy] = useState<SitePolicy | null>(null);
  useEffect(() => {
    void getSitePolicy().then(setPolicy);
    return watchSitePolicy(setPolicy);
  }, []);

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="welcome-hero">
        <div class="welcome-inner">
          <img src="/icons/128.png" alt="" width="64" height="64" />
          <div>
            <h1>Backstory is ready</h1>
            <p class="welcome-tagline">Read the news with context. On a news article, Backstory quietly underlines the people, places, organisations and ideas it knows. Rest the pointer on one and a card tells you who or what it is, without leaving the page.</p>
          </div>
        </div>
      </header>
      <main id="main" class="welcome-main" tabIndex={-1}>
        <section aria-labelledby="demo-title" class="welcome-demo">
          <h2 id="demo-title">Try it on a real article</h2>
          <p class="lead">
            Below is a copy of a news story that ships with Backstory, with Backstory running on it. <strong>Rest the pointer on an underlined name</strong>, or press <kbd>Alt+Shift+N</kbd> inside the
            article to step through them.
          </p>
          <div class="legend" aria-label="What the colours mean">
            <span class="legend-item">
              <span class="kind-dot kind-person" aria-hidden="true" />
              people
            </span>
            <span class="legend-item">
              <span class="kind-dot kind-place" aria-hidden="true" />
              places
            </span>
            <span class="legend-item">
              <span class="kind-dot kind-organization" aria-hidden="true" />
              organisations
            </span>
            <span class="legend-item">
              <span class="kind-dot kind-topic" aria-hidden="true" />
              topics
            </span>
            <span class="legend-item">
              <span class="kind-dot kind-event" aria-hidden="true" />
              events
            </span>
          </div>
          <iframe class="demo-frame" src="/welcome.html?demo" title="Demo article: North Korea’s Kim is in Russia to meet Putin" loading="eager" />
          <p>
            <a href="/welcome.html?demo" target="_blank" rel="noopener">
              Open the demo article in its own tab
            </a>
          </p>
        </section>

        <div class="welcome-columns">
          <section aria-labelledby="privacy-title" class="panel">
            <h2 id="privacy-title">Nothing leaves your device</h2>
            <ul class="promise">
              <li>The glossary ships with Backstory and lives in your browser.</li>
              <li>Articles are read on your machine; their text goes only to Backstory’s own background worker.</li>
              <li>No account, no server, no tracking, no network requests. A reference link on a card opens only when you click it.</li>
            </ul>
          </section>

          <section aria-labelledby="sites-title" class="panel">
            <h2 id="sites-title">Where it runs</h2>
            {policy && (
              <fieldset class="choices">
                <legend>Backstory runs on</legend>
                <label class="choice">
                  <input type="radio" name="welcome-site-mode" value="all" checked={policy.mode === 'all'} onChange={() => void setSitePolicy({ mode: 'all' })} />
                  <span>
                    <strong>Every article</strong>
                    <span class="hint">Any news article on the web{policy.blocked.length > 0 ? `, except ${policy.blocked.length} blocked sites` : ''}.</span>
                  </span>
                </label>
                <label class="choice">
                  <input type="radio" name="welcome-site-mode" value="allowed" checked={policy.mode === 'allowed'} onChange={() => void setSitePolicy({ mode: 'allowed' })} />
                  <span>
                    <strong>Only sites I allow</strong>
                    <span class="hint">Switch it on per site from the toolbar button{policy.allowed.length > 0 ? ` (${policy.allowed.length} allowed now)` : ''}.</span>
                  </span>
                </label>
              </fieldset>
            )}
            <p class="hint">
              Switch it off on any site from the toolbar button. Lists of sites: <a href="/options.html#settings">Settings → Sites</a>.
            </p>
          </section>
        </div>

        <section aria-labelledby="keys-title" class="panel">
          <h2 id="keys-title">Keyboard</h2>
          <ShortcutList />
        </section>

        <p class="welcome-next">
          <a class="button button-primary" href="/options.html#settings">
            Settings
          </a>
          <a class="button" href="/options.html#glossary">
            Browse the glossary
          </a>
        </p>
      </main>
    </>
  );
}
