/**
 * The toolbar popup: what Backstory found on this page, and the per-site switch.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SaveButton } from '@/components/reading-list/SaveButton';
import { openSidePanel } from '@/lib/background/side-panel';
import { sendToTab } from '@/lib/client/send';
import type { PageStatus } from '@/lib/messaging/protocol';
import { CheckField } from '@/components/design/CheckField';
import { t, tAround } from '@/components/design/i18n';
import { followThemeSetting } from '@/components/design/theme';
import { getSitePolicy, setSiteEnabled, siteEnabledBy, siteKey, watchSitePolicy, type SitePolicy } from '@/lib/sites/site-settings';

type View = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'page'; tabId: number; host: string; status: PageStatus | null };

/** A sentence describing the page's state. */
export function describeStatus(status: PageStatus | null, enabled: boolean): string {
  if (!enabled) return t('popup.off');
  if (!status) return t('popup.reload');
  switch (status.state) {
    case 'ready':
      return status.mentionCount === 0
        ? t('popup.none')
        : t('popup.found', [t('popup.names', status.entityCount), t('popup.mentions', status.mentionCount)]);
    case 'not-article':
      return t('popup.notArticle');
    case 'too-large':
      return t('popup.tooLarge');
    case 'error':
      return t('popup.error', [status.error ?? t('popup.unknownError')]);
    default:
      return t('popup.reading');
  }
}

/** The tab the popup is about: `?tab=ID` when opened as a page (tests, pop-out), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function PopupApp() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [policy, setPolicy] = useState<SitePolicy>({ mode: 'all', allowed: [], blocked: [] });

  useEffect(() => {
    const unwatchTheme = followThemeSetting();
    void getSitePolicy().then(setPolicy);
    const unwatchSites = watchSitePolicy(setPolicy);
    const unwatch = () => (unwatchTheme(), unwatchSites());
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setView({ kind: 'unsupported' });
      const status = await sendToTab(tabId, { type: 'page-status' });
      if (!status) return setView({ kind: 'unsupported' });
      setView({ kind: 'page', tabId, host: status.host, status });
    })();
    return unwatch;
  }, []);

  // Refresh the status after the switch changes, so the count follows.
  useEffect(() => {
    if (view.kind !== 'page') return;
    const timer = setTimeout(async () => {
      const status = await sendToTab(view.tabId, { type: 'page-status' });
      setView((v) => (v.kind === 'page' ? { ...v, status } : v));
    }, 300);
    return () => clearTimeout(timer);
  }, [policy]);

  return (
    <main class="popup">
      <header class="popup-head">
        <img src="/icons/32.png" alt="" width="20" height="20" />
        <h1>{t('ext.name')}</h1>
      </header>
      {view.kind === 'loading' && <p class="popup-status">{t('popup.checking')}</p>}
      {view.kind === 'unsupported' && <p class="popup-status">{t('popup.unsupported')}</p>}
      {view.kind === 'page' && (
        <SiteSwitch host={view.host} enabled={siteEnabledBy(policy, view.host)} status={view.status} />
      )}
      {view.kind === 'page' && <OpenPanelButton tabId={view.tabId} />}
      {view.kind === 'page' && <SaveButton tabId={view.tabId} url={view.status?.url} canonicalUrl={view.status?.canonicalUrl} />}
      <p class="popup-privacy">{t('popup.privacy')}</p>
      <p class="popup-links">
        <a href="/options.html#settings" target="_blank" rel="noopener">
          {t('popup.settings')}
        </a>
        <a href="/options.html#glossary" target="_blank" rel="noopener">
          {t('popup.glossary')}
        </a>
      </p>
    </main>
  );
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). The call is made directly in the click
 * handler: both browsers open panels only while a user gesture is being handled.
 */
function OpenPanelButton(props: { tabId: number }) {
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        class="popup-button"
        // Styled here, with the design tokens, so the popup's stylesheet stays its owner's.
        style={{
          marginTop: 'var(--bs-space-3, 12px)',
          padding: '6px 12px',
          border: '1px solid var(--bs-accent, #2563eb)',
          borderRadius: 'var(--bs-radius-sm, 6px)',
          background: 'var(--bs-accent, #2563eb)',
          color: 'var(--bs-on-accent, #fff)',
          font: 'inherit',
          fontWeight: 600,
          cursor: 'pointer',
        }}
        onClick={() => {
          void openSidePanel({ tabId: props.tabId }).then((r) => {
            if (r.opened) window.close();
            else setRefused(r.reason ?? 'The browser did not open the side panel.');
          });
        }}
      >
        Open side panel
      </button>
      {refused && (
        <p class="popup-status" role="alert">
          {refused}
        </p>
      )}
    </>
  );
}

function SiteSwitch(props: { host: string; enabled: boolean; status: PageStatus | null }) {
  const site = siteKey(props.host);
  return (
    <>
      <p class="popup-status" role="status">
        {describeStatus(props.status, props.enabled)}
      </p>
      <CheckField class="switch" switch checked={props.enabled} onChange={(on) => void setSiteEnabled(props.host, on)}>
        {tAround('popup.switch')[0]}
        <strong>{site}</strong>
        {tAround('popup.switch')[1]}
      </CheckField>
    </>
  );
}
