/** Settings: the card's timing, highlights, kinds and packs, sites, theme, keyboard shortcuts. */
import { t } from '@/components/design/i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLive } from '@/components/design/use-live';
import { stores } from '@/lib/db/stores';
import { formatPartialDate, isStalePack, todayIso } from '@/lib/glossary/dated-facts';
import { ENTRY_KINDS, type EntryKind } from '@/lib/glossary/types';
import { DEFAULT_SETTINGS, GRACE_RANGE, HOVER_DELAY_RANGE, underlineColor, type HighlightStyle, type Settings, type ThemeChoice } from '@/lib/settings/settings';
import { getSitePolicy, parseSiteInput, setSitePolicy, watchSitePolicy, type SitePolicy } from '@/lib/sites/site-settings';
import { WikipediaSettings } from '@/components/wikipedia/WikipediaSettings';
import { Choices, Panel, kindPlural, packTitle, useSettings, type Choice } from './shared';

export function SettingsSection() {
  const [settings, update] = useSettings();
  const loaded = settings !== null;
  // "#sites", "#theme"…: scroll to that panel once it is rendered.
  useEffect(() => {
    if (loaded) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title" tabIndex={-1} data-view-heading>
        {t('options.settings.title')}
      </h2>
      <p class="lead">{t('options.settings.lead')}</p>
      {settings ? (
        <div class="panels">
          <HoverPanel settings={settings} update={update} />
          <HighlightPanel settings={settings} update={update} />
          <KindsAndPacks settings={settings} update={update} />
          <SitesPanel />
          <ThemePanel settings={settings} update={update} />
          <Panel title={t('wikipedia.settings.title')} id="wikipedia">
            <WikipediaSettings settings={settings} update={update} />
          </Panel>
          <ShortcutsPanel />
        </div>
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </section>
  );
}

type SectionProps = { settings: Settings; update: (change: Partial<Settings>) => Promise<void> };

function RangeField(props: { id: string; label: string; hint: string; value: number; range: { min: number; max: number; step: number }; onChange(v: number): void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <div class="range-row">
        <input
          id={props.id}
          type="range"
          min={props.range.min}
          max={props.range.max}
          step={props.range.step}
          value={props.value}
          aria-describedby={`${props.id}-hint`}
          aria-valuetext={t('options.settings.hover.msText', [props.value])}
          onInput={(e) => props.onChange(Number(e.currentTarget.value))}
        />
        <output for={props.id} class="range-value">
          {t('options.settings.hover.ms', [props.value])}
        </output>
      </div>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
    </div>
  );
}

function HoverPanel({ settings, update }: SectionProps) {
  return (
    <Panel title={t('options.settings.hover.title')} id="hover">
      <RangeField
        id="hover-delay"
        label={t('options.settings.hover.delay')}
        hint={t('options.settings.hover.delayHint')}
        value={settings.hoverDelayMs}
        range={HOVER_DELAY_RANGE}
        onChange={(v) => void update({ hoverDelayMs: v })}
      />
      <RangeField
        id="hover-grace"
        label={t('options.settings.hover.grace')}
        hint={t('options.settings.hover.graceHint')}
        value={settings.graceMs}
        range={GRACE_RANGE}
        onChange={(v) => void update({ graceMs: v })}
      />
      <button type="button" class="button button-quiet" onClick={() => void update({ hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs, graceMs: DEFAULT_SETTINGS.graceMs })}>
        {t('options.settings.hover.reset')}
      </button>
    </Panel>
  );
}

const STYLES = (): Array<Choice<HighlightStyle>> => [
  { value: 'all', label: t('options.settings.highlights.all'), hint: t('options.settings.highlights.allHint') },
  { value: 'first', label: t('options.settings.highlights.first'), hint: t('options.settings.highlights.firstHint') },
  { value: 'none', label: t('options.settings.highlights.none'), hint: t('options.settings.highlights.noneHint') },
];

function HighlightPanel({ settings, update }: SectionProps) {
  return (
    <Panel title={t('options.settings.highlights.title')} id="highlights">
      <Choices legend={t('options.settings.highlights.which')} name="highlight-style" value={settings.highlightStyle} options={STYLES()} onChange={(highlightStyle) => void update({ highlightStyle })} />
      <fieldset class="kind-grid">
        <legend>{t('options.settings.highlights.kinds')}</legend>
        {ENTRY_KINDS.map((kind) => (
          <KindRow key={kind} kind={kind} settings={settings} update={update} />
        ))}
      </fieldset>
      <button type="button" class="button button-quiet" onClick={() => void update({ kindColors: { ...DEFAULT_SETTINGS.kindColors } })}>
        {t('options.settings.highlights.resetColours')}
      </button>
    </Panel>
  );
}

function KindRow({ kind, settings, update }: SectionProps & { kind: EntryKind }) {
  const on = !settings.disabledKinds.includes(kind);
  const color = settings.kindColors[kind];
  return (
    <div class="kind-row">
      <label class="check">
        <input
          type="checkbox"
          name={`kind-${kind}`}
          checked={on}
          onChange={(e) => {
            const off = new Set(settings.disabledKinds);
            if (e.currentTarget.checked) off.delete(kind);
            else off.add(kind);
            void update({ disabledKinds: [...off] });
          }}
        />
        <span>{kindPlural(kind)}</span>
      </label>
      <label class="color">
        <span class="visually-hidden">{t('options.settings.highlights.colourOf', [kindPlural(kind).toLowerCase()])}</span>
        <input type="color" name={`color-${kind}`} value={color} disabled={!on} onChange={(e) => void update({ kindColors: { ...settings.kindColors, [kind]: e.currentTarget.value } })} />
      </label>
      <span class="sample" aria-hidden="true" style={{ textDecorationColor: underlineColor(color), opacity: on ? 1 : 0.4 }}>
        {t('options.settings.highlights.sample')}
      </span>
    </div>
  );
}

/** Turns kinds and packs on and off (also offered on the Glossary page). */
export function KindsAndPacks({ settings, update, compact = false }: SectionProps & { compact?: boolean }) {
  const packs = useLive(() => stores().glossary.packs(), [], undefined).value;
  const lookedUp = useLive(() => stores().glossary.countLookedUp(), [], undefined).value;
  // Entries looked up on Wikipedia get a switch of their own once there are any (or while it is off).
  const showWikipedia = (lookedUp ?? 0) > 0 || settings.disabledPacks.includes('wikipedia');
  const ids = [...(packs ?? []).map((p) => p.id), 'user', ...(showWikipedia ? ['wikipedia'] : [])];
  const body = (
    <>
      <fieldset class="choices">
        <legend>{t('options.settings.packs.legend')}</legend>
        {ids.map((id) => {
          const count = id === 'wikipedia' ? lookedUp : packs?.find((p) => p.id === id)?.entryCount;
          const asOf = packs?.find((p) => p.id === id)?.asOf;
          return (
            <label key={id} class="check">
              <input
                type="checkbox"
                name={`pack-${id}`}
                checked={!settings.disabledPacks.includes(id)}
                onChange={(e) => {
                  const off = new Set(settings.disabledPacks);
                  if (e.currentTarget.checked) off.delete(id);
                  else off.add(id);
                  void update({ disabledPacks: [...off] });
                }}
              />
              <span>
                {packTitle(id)}
                {count !== undefined && <span class="hint">{t('options.settings.packs.entries', [count.toLocaleString()])}</span>}
                {asOf && isStalePack(asOf, todayIso()) && (
                  <span class="hint pack-stale" role="note">
                    {t('options.settings.packs.stale', [formatPartialDate(asOf)])}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>
      {compact && (
        <fieldset class="choices">
          <legend>{t('options.settings.packs.kinds')}</legend>
          {ENTRY_KINDS.map((kind) => (
            <label key={kind} class="check">
              <input
                type="checkbox"
                name={`glossary-kind-${kind}`}
                checked={!settings.disabledKinds.includes(kind)}
                onChange={(e) => {
                  const off = new Set(settings.disabledKinds);
                  if (e.currentTarget.checked) off.delete(kind);
                  else off.add(kind);
                  void update({ disabledKinds: [...off] });
                }}
              />
              <span>{kindPlural(kind)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label class="check">
        <input type="checkbox" name="demonyms" checked={settings.demonyms} onChange={(e) => void update({ demonyms: e.currentTarget.checked })} />
        <span>
          {t('options.settings.packs.demonyms')}
          <span class="hint">{t('options.settings.packs.demonymsHint')}</span>
        </span>
      </label>
    </>
  );
  if (compact) return body;
  return (
    <Panel title={t('options.settings.packs.title')} id="packs" description={t('options.settings.packs.description')}>
      {body}
    </Panel>
  );
}

function SitesPanel() {
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

const THEMES = (): Array<Choice<ThemeChoice>> => [
  { value: 'system', label: t('options.settings.theme.system'), hint: t('options.settings.theme.systemHint') },
  { value: 'light', label: t('options.settings.theme.light') },
  { value: 'dark', label: t('options.settings.theme.dark') },
];

function ThemePanel({ settings, update }: SectionProps) {
  return (
    <Panel title={t('options.settings.theme.title')} id="theme">
      <Choices row legend={t('options.settings.theme.legend')} name="theme" value={settings.theme} options={THEMES()} onChange={(theme) => void update({ theme })} />
    </Panel>
  );
}

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
  /** The manifest's suggested keys, shown when the browser assigned none (taken by another extension, or never set). */
  suggested: string;
}

function suggestedKeys(): Record<string, string> {
  const commands = (browser.runtime.getManifest().commands ?? {}) as Record<string, { suggested_key?: { default?: string } }>;
  return Object.fromEntries(Object.entries(commands).map(([name, c]) => [name, c.suggested_key?.default ?? '']));
}

/** The extension's keyboard commands, as the browser has them now (the reader may have changed them). */
export function useShortcuts(): Shortcut[] {
  const [list, setList] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) =>
        setList(
          all
            .filter((c) => c.name)
            .map((c) => ({
              name: c.name!,
              description:
                c.description ||
                (c.name === '_execute_action' || c.name === '_execute_browser_action'
                  ? t('options.settings.shortcuts.popup')
                  : c.name === '_execute_sidebar_action'
                    ? t('options.settings.shortcuts.sidebar')
                    : c.name!),
              shortcut: c.shortcut ?? '',
              suggested: suggestedKeys()[c.name!] ?? '',
            }))
            .filter((c) => c.shortcut || c.suggested || !c.name.startsWith('_execute')),
        ),
      )
      .catch(() => setList([]));
  }, []);
  return list;
}

/** Opens the browser's page for changing extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (import.meta.env.FIREFOX && commands.openShortcutSettings) {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts' });
}

export function ShortcutList() {
  const shortcuts = useShortcuts();
  return (
    <>
      <table class="shortcuts">
        <caption class="visually-hidden">{t('options.settings.shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options.settings.shortcuts.keys')}</th>
            <th scope="col">{t('options.settings.shortcuts.what')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <td>
                {s.shortcut ? (
                  <kbd>{s.shortcut}</kbd>
                ) : (
                  <span class="hint">{s.suggested ? t('options.settings.shortcuts.suggested', [s.suggested]) : t('options.settings.shortcuts.notAssigned')}</span>
                )}
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{t('options.settings.shortcuts.escape')}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <button type="button" class="button" onClick={() => void openShortcutSettings()}>
          {t('options.settings.shortcuts.change')}
        </button>
        <span class="hint">
          {' '}
          {import.meta.env.FIREFOX ? t('options.settings.shortcuts.firefoxHint') : t('options.settings.shortcuts.chromeHint')}
        </span>
      </p>
    </>
  );
}

function ShortcutsPanel() {
  return (
    <Panel title={t('options.settings.shortcuts.title')} id="shortcuts">
      <ShortcutList />
    </Panel>
  );
}
