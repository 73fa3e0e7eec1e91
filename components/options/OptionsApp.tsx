/**
 * The options page: Settings, Glossary and Data, one section at a time, chosen by the URL's hash so
 * every view has an address (`#glossary/new?name=…&context=…` opens the prefilled editor).
 */
import { t } from '@/components/design/i18n';
import { useEffect, useState } from 'preact/hooks';
import { DataSection } from './DataSection';
import { GlossarySection } from './GlossarySection';
import { SettingsSection } from './SettingsSection';
import { parseRoute, type Route } from './route';
import { SkipLink, Toast, type ToastMessage } from './shared';

const SECTIONS = [
  { id: 'settings', label: () => t('options.sections.settings') },
  { id: 'glossary', label: () => t('options.sections.glossary') },
  { id: 'data', label: () => t('options.sections.data') },
] as const;

export function OptionsApp() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [toast, setToast] = useState<ToastMessage | null>(null);

  useEffect(() => {
    const onHash = () => {
      const next = parseRoute(location.hash);
      setRoute(next);
      // Move focus to the new view's heading so keyboard and screen-reader users land in it.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-view-heading]')?.focus({ preventScroll: false }));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const label = (SECTIONS.find((s) => s.id === route.section) ?? SECTIONS[0]).label();
    document.title = `${label} · ${t('ext.name')}`;
  }, [route.section]);

  return (
    <>
      <SkipLink />
      <header class="site-header">
        <div class="site-header-inner">
          <a class="brand" href="#settings">
            <img src="/icons/48.png" alt="" width="28" height="28" />
            <span>{t('ext.name')}</span>
          </a>
          <nav aria-label={t('options.sections.label')}>
            <ul class="tabs">
              {SECTIONS.map((s) => (
                <li key={s.id}>
                  <a class="tab" href={`#${s.id}`} aria-current={route.section === s.id ? 'page' : undefined}>
                    {s.label()}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" class="page" tabIndex={-1}>
        {route.section === 'settings' && <SettingsSection />}
        {route.section === 'glossary' && <GlossarySection route={route} notify={setToast} />}
        {route.section === 'data' && <DataSection notify={setToast} />}
      </main>
      <Toast message={toast} onDone={() => setToast(null)} />
    </>
  );
}
