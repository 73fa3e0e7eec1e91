/** Settings: the card's timing, highlights, kinds and packs, sites, theme, keyboard shortcuts. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/schema';
import { ENTRY_KINDS, type EntryKind } from '@/lib/glossary/types';
import { DEFAULT_SETTINGS, GRACE_RANGE, HOVER_DELAY_RANGE, underlineColor, type HighlightStyle, type Settings, type ThemeChoice } from '@/lib/settings/settings';
import { getSitePolicy, parseSiteInput, setSitePolicy, watchSitePolicy, type SitePolicy } from '@/lib/sites/site-settings';
import { KIND_NAMES, Panel, packTitle, useLiveQuery, useSettings } from './shared';

export function SettingsSection() {
  const [settings, update] = useSettings();
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title" tabIndex={-1} data-view-heading>
        Settings
      </h2>
      <p class="lead">Every change applies at once, on every open page: no reload.</p>
      {settings ? (
        <div class="panels">
          <HoverPanel settings={settings} update={update} />
          <HighlightPanel settings={settings} update={update} />
          <KindsAndPacks settings={settings} update={update} />
          <SitesPanel />
          <ThemePanel settings={settings} update={update} />
          <ShortcutsPanel />
        </div>
      ) : (
        <p>Loading…</p>
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
          aria-valuetext={`${props.value} milliseconds`}
          onInput={(e) => props.onChange(Number(e.currentTarget.value))}
        />
        <output for={props.id} class="range-value">
          {props.value} ms
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
    <Panel title="Hover card" id="hover">
      <RangeField
        id="hover-delay"
        label="Delay before a card opens"
        hint="How long the pointer rests on a name before its card appears. Longer means fewer cards by accident."
        value={settings.hoverDelayMs}
        range={HOVER_DELAY_RANGE}
        onChange={(v) => void update({ hoverDelayMs: v })}
      />
      <RangeField
        id="hover-grace"
        label="Grace period"
        hint="How long a card stays after the pointer leaves, so you can move into it."
        value={settings.graceMs}
        range={GRACE_RANGE}
        onChange={(v) => void update({ graceMs: v })}
      />
      <button type="button" class="button button-quiet" onClick={() => void update({ hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs, graceMs: DEFAULT_SETTINGS.graceMs })}>
        Reset timing
      </button>
    </Panel>
  );
}

const STYLES: Array<{ value: HighlightStyle; label: string; hint: string }> = [
  { value: 'all', label: 'Every mention', hint: 'Underline each time a name appears.' },
  { value: 'first', label: 'First mention only', hint: 'Underline a name once, where the article introduces it.' },
  { value: 'none', label: 'None', hint: 'No underlines and no hover cards; the side panel and keyboard still work.' },
];

function HighlightPanel({ settings, update }: SectionProps) {
  return (
    <Panel title="Highlights" id="highlights">
      <fieldset class="choices">
        <legend>Which mentions to underline</legend>
        {STYLES.map((s) => (
          <label key={s.value} class="choice">
            <input type="radio" name="highlight-style" value={s.value} checked={settings.highlightStyle === s.value} onChange={() => void update({ highlightStyle: s.value })} />
            <span>
              <strong>{s.label}</strong>
              <span class="hint">{s.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="kind-grid">
        <legend>Kinds and their colours</legend>
        {ENTRY_KINDS.map((kind) => (
          <KindRow key={kind} kind={kind} settings={settings} update={update} />
        ))}
      </fieldset>
      <button type="button" class="button button-quiet" onClick={() => void update({ kindColors: { ...DEFAULT_SETTINGS.kindColors } })}>
        Reset colours
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
        <span>{KIND_NAMES[kind]}</span>
      </label>
      <label class="color">
        <span class="visually-hidden">Underline colour for {KIND_NAMES[kind].toLowerCase()}</span>
        <input type="color" name={`color-${kind}`} value={color} disabled={!on} onChange={(e) => void update({ kindColors: { ...settings.kindColors, [kind]: e.currentTarget.value } })} />
      </label>
      <span class="sample" aria-hidden="true" style={{ textDecorationColor: underlineColor(color), opacity: on ? 1 : 0.4 }}>
        Sample name
      </span>
    </div>
  );
}

/** Turns kinds and packs on and off (also offered on the Glossary page). */
export function KindsAndPacks({ settings, update, compact = false }: SectionProps & { compact?: boolean }) {
  const packs = useLiveQuery(() => getDb().packs.toArray(), []);
  const ids = [...(packs ?? []).map((p) => p.id), 'user'];
  const body = (
    <>
      <fieldset class="choices">
        <legend>Glossary packs</legend>
        {ids.map((id) => {
          const count = packs?.find((p) => p.id === id)?.entryCount;
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
                {count !== undefined && <span class="hint"> · {count.toLocaleString('en')} entries</span>}
              </span>
            </label>
          );
        })}
      </fieldset>
      {compact && (
        <fieldset class="choices">
          <legend>Kinds</legend>
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
              <span>{KIND_NAMES[kind]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label class="check">
        <input type="checkbox" name="demonyms" checked={settings.demonyms} onChange={(e) => void update({ demonyms: e.currentTarget.checked })} />
        <span>
          Count words for a country’s people as mentions of it
          <span class="hint"> (“Russian” for Russia, “North Korean” for North Korea)</span>
        </span>
      </label>
    </>
  );
  if (compact) return body;
  return (
    <Panel title="Packs and matching" id="packs" description="A pack switched off is not matched on any page. Your edits and notes in it are kept.">
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
    <Panel title="Sites" id="sites">
      <fieldset class="choices">
        <legend>Where Backstory runs</legend>
        <label class="choice">
          <input type="radio" name="site-mode" value="all" checked={policy.mode === 'all'} onChange={() => void setSitePolicy({ mode: 'all' })} />
          <span>
            <strong>Every article</strong>
            <span class="hint">On any news article, except the sites you block.</span>
          </span>
        </label>
        <label class="choice">
          <input type="radio" name="site-mode" value="allowed" checked={policy.mode === 'allowed'} onChange={() => void setSitePolicy({ mode: 'allowed' })} />
          <span>
            <strong>Only sites I allow</strong>
            <span class="hint">Nowhere else. The toolbar switch adds a site to this list.</span>
          </span>
        </label>
      </fieldset>
      <div class="site-lists">
        <SiteList id="allowed" label="Allowed sites" empty="No sites allowed yet." list={policy.allowed} onChange={(allowed) => void setSitePolicy({ allowed })} />
        <SiteList id="blocked" label="Blocked sites" empty="No sites blocked." list={policy.blocked} onChange={(blocked) => void setSitePolicy({ blocked })} />
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
      setError(`“${draft}” is not a site name. Type a name like apnews.com.`);
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
          Add to {props.label.toLowerCase()}
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
          Add
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
              <button type="button" class="chip-remove" aria-label={`Remove ${site}`} onClick={() => props.onChange(props.list.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const THEMES: Array<{ value: ThemeChoice; label: string; hint: string }> = [
  { value: 'system', label: 'Follow the system', hint: 'Pages follow your system’s setting; the card follows the page it is on.' },
  { value: 'light', label: 'Light', hint: '' },
  { value: 'dark', label: 'Dark', hint: '' },
];

function ThemePanel({ settings, update }: SectionProps) {
  return (
    <Panel title="Theme" id="theme">
      <fieldset class="choices choices-row">
        <legend>Theme of Backstory’s pages and cards</legend>
        {THEMES.map((t) => (
          <label key={t.value} class="choice">
            <input type="radio" name="theme" value={t.value} checked={settings.theme === t.value} onChange={() => void update({ theme: t.value })} />
            <span>
              <strong>{t.label}</strong>
              {t.hint && <span class="hint">{t.hint}</span>}
            </span>
          </label>
        ))}
      </fieldset>
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
              description: c.description || (c.name === '_execute_action' || c.name === '_execute_browser_action' ? 'Open the toolbar popup' : c.name === '_execute_sidebar_action' ? 'Open the side panel' : c.name!),
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
        <caption class="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <td>
                {s.shortcut ? (
                  <kbd>{s.shortcut}</kbd>
                ) : (
                  <span class="hint">{s.suggested ? <>not assigned (suggested: <kbd>{s.suggested}</kbd>)</> : 'not assigned'}</span>
                )}
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close the card (focus returns where it was)</td>
          </tr>
        </tbody>
      </table>
      <p>
        <button type="button" class="button" onClick={() => void openShortcutSettings()}>
          Change shortcuts in the browser
        </button>
        <span class="hint">
          {' '}
          {import.meta.env.FIREFOX ? 'Firefox: Add-ons → ⚙ → Manage Extension Shortcuts.' : 'Chrome: chrome://extensions/shortcuts.'}
        </span>
      </p>
    </>
  );
}

function ShortcutsPanel() {
  return (
    <Panel title="Keyboard shortcuts" id="shortcuts">
      <ShortcutList />
    </Panel>
  );
}
