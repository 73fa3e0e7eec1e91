/** Where Backstory runs: on every site, or only on those the reader allows, and the blocked sites. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import { getSitePolicy, parseSiteInput, setSitePolicy, watchSitePolicy, type SitePolicy } from '@/lib/sites/site-settings';
import { Choices, Panel } from './shared';

export function SitesPanel() {
  const [policy, setPolicy] = useState<SitePolicy | null>(null);
  useEffect(() => {
    void getSitePolicy().then(setPolicy);
    return watchSitePolicy(setPolicy);
  }, []);
  if (!policy) return null;
  return (
    <Panel title={t('options.settings.sites.title')} id="sites">
      <Choices
        legend={t('options.settings.sites.where')}
        name="site-mode"
        value={policy.mode}
        options={[
          { value: 'all', label: t('options.settings.sites.all'), hint: t('options.settings.sites.allHint') },
          { value: 'allowed', label: t('options.settings.sites.allowed'), hint: t('options.settings.sites.allowedHint') },
        ]}
        onChange={(mode) => void setSitePolicy({ mode })}
      />
      <div class="site-lists">
        <SiteList id="allowed" label={t('options.settings.sites.allowedList')} empty={t('options.settings.sites.allowedEmpty')} list={policy.allowed} onChange={(allowed) => void setSitePolicy({ allowed })} />
        <SiteList id="blocked" label={t('options.settings.sites.blockedList')} empty={t('options.settings.sites.blockedEmpty')} list={policy.blocked} onChange={(blocked) => void setSitePolicy({ blocked })} />
      </div>
    </Panel>
  );
}

function SiteList(props: { id: string; label: string; empty: string; list: string[]; onChange(list: string[]): void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const site = parseSiteInput(draft);
    if (!site) {
      setError(t('options.settings.sites.invalid', [draft]));
      return;
    }
    setError('');
    setDraft('');
    if (!props.list.includes(site)) props.onChange([...props.list, site]);
  };
  return (
    <div class="site-list">
      <h4 id={`${props.id}-label`}>{props.label}</h4>
      <form class="inline-form" onSubmit={add}>
        <label for={`${props.id}-input`} class="visually-hidden">
          {t('options.settings.sites.addTo', [props.label.toLowerCase()])}
        </label>
        <input
          id={`${props.id}-input`}
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${props.id}-error` : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('common.add')}
        </button>
      </form>
      {error && (
        <p class="error" id={`${props.id}-error`} role="alert">
          {error}
        </p>
      )}
      {props.list.length === 0 ? (
        <p class="hint">{props.empty}</p>
      ) : (
        <ul class="chips" aria-labelledby={`${props.id}-label`}>
          {props.list.map((site) => (
            <li key={site} class="chip">
              <span>{site}</span>
              <button type="button" class="chip-remove" aria-label={t('options.settings.sites.remove', [site])} onClick={() => props.onChange(props.list.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
