/** Settings: the card's timing, highlights, kinds and packs, sites, theme, keyboard shortcuts. */
import { CheckField } from '@/components/design/CheckField';
import { t } from '@/components/design/i18n';
import { useEffect } from 'preact/hooks';
import { useLive } from '@/components/design/use-live';
import { stores } from '@/lib/db/stores';
import { formatPartialDate, isStalePack, todayIso } from '@/lib/glossary/dated-facts';
import { ENTRY_KINDS, type EntryKind } from '@/lib/glossary/types';
import { DEFAULT_SETTINGS, GRACE_RANGE, HOVER_DELAY_RANGE, underlineColor, type HighlightStyle, type Settings, type ThemeChoice } from '@/lib/settings/settings';
import { WikipediaSettings } from '@/components/wikipedia/WikipediaSettings';
import { Choices, Panel, View, kindPlural, packTitle, useSettings, type Choice } from './shared';
import { ShortcutsPanel } from './ShortcutsPanel';
import { SitesPanel } from './SitesPanel';

export function SettingsSection() {
  const [settings, update] = useSettings();
  const loaded = settings !== null;
  // "#sites", "#theme"…: scroll to that panel once it is rendered.
  useEffect(() => {
    if (loaded) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);
  return (
    <View id="settings" title={t('options.settings.title')} lead={t('options.settings.lead')}>
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
    </View>
  );
}

/** The list of switched-off ids with `id` switched off (`off`) or back on. */
function switchedOff<T extends string>(list: readonly T[], id: T, off: boolean): T[] {
  const set = new Set(list);
  if (off) set.add(id);
  else set.delete(id);
  return [...set];
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

/** The card's two timings: how long a pointer rests before it opens, how long it may stray before it closes. */
const HOVER_FIELDS = () =>
  [
    { id: 'hover-delay', setting: 'hoverDelayMs', range: HOVER_DELAY_RANGE, label: t('options.settings.hover.delay'), hint: t('options.settings.hover.delayHint') },
    { id: 'hover-grace', setting: 'graceMs', range: GRACE_RANGE, label: t('options.settings.hover.grace'), hint: t('options.settings.hover.graceHint') },
  ] as const;

function HoverPanel({ settings, update }: SectionProps) {
  return (
    <Panel title={t('options.settings.hover.title')} id="hover">
      {HOVER_FIELDS().map((f) => (
        <RangeField key={f.id} id={f.id} label={f.label} hint={f.hint} value={settings[f.setting]} range={f.range} onChange={(v) => void update({ [f.setting]: v })} />
      ))}
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
      <CheckField name={`kind-${kind}`} checked={on} onChange={(c) => void update({ disabledKinds: switchedOff(settings.disabledKinds, kind, !c) })}>
        {kindPlural(kind)}
      </CheckField>
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
            <CheckField
              key={id}
              name={`pack-${id}`}
              checked={!settings.disabledPacks.includes(id)}
              onChange={(c) => void update({ disabledPacks: switchedOff(settings.disabledPacks, id, !c) })}
            >
              {packTitle(id)}
              {count !== undefined && <span class="hint">{t('options.settings.packs.entries', [count.toLocaleString()])}</span>}
              {asOf && isStalePack(asOf, todayIso()) && (
                <span class="hint pack-stale" role="note">
                  {t('options.settings.packs.stale', [formatPartialDate(asOf)])}
                </span>
              )}
            </CheckField>
          );
        })}
      </fieldset>
      {compact && (
        <fieldset class="choices">
          <legend>{t('options.settings.packs.kinds')}</legend>
          {ENTRY_KINDS.map((kind) => (
            <CheckField
              key={kind}
              name={`glossary-kind-${kind}`}
              checked={!settings.disabledKinds.includes(kind)}
              onChange={(c) => void update({ disabledKinds: switchedOff(settings.disabledKinds, kind, !c) })}
            >
              {kindPlural(kind)}
            </CheckField>
          ))}
        </fieldset>
      )}
      <CheckField name="demonyms" checked={settings.demonyms} hint={t('options.settings.packs.demonymsHint')} onChange={(c) => void update({ demonyms: c })}>
        {t('options.settings.packs.demonyms')}
      </CheckField>
    </>
  );
  if (compact) return body;
  return (
    <Panel title={t('options.settings.packs.title')} id="packs" description={t('options.settings.packs.description')}>
      {body}
    </Panel>
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
