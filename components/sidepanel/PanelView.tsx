/**
 * The side panel's view: header, entity list or entity detail, other names, and the states
 * (not an article, switched off, working, error). Pure presentation over the data SidePanelApp
 * gathers, so it is tested in jsdom without a browser.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import type { PanelFocus, TabAnalysis } from '@/lib/background/tab-analysis';
import type { EffectiveEntry } from '@/lib/db/glossary-repo';
import type { PageStatus } from '@/lib/messaging/protocol';
import { ambiguousRows, entityCount, groupEntities, namedForArticle, type EntityOrder } from '@/lib/sidepanel/entities';
import { formatByline, formatPublished, siteLabel } from '@/lib/sidepanel/format';
import type { OtherName } from '@/lib/sidepanel/other-names';
import { formatReadingTime, readingTime } from '@/lib/extract/reading-time';
import { panelState, type PanelState } from '@/lib/sidepanel/state';
import { EntityDetail } from './EntityDetail';
import { EntityList } from './EntityList';
import { OtherNames, type EntryDraft } from './OtherNames';
import { SaveArticleSlot } from './ReadingListSlots';
import { StoryTimeline } from './StoryTimeline';

export interface PanelActions {
  reveal(start: number): void;
  analyseAnyway(): void;
  enableSite(host: string): void;
  saveNotes(id: string, notes: string): Promise<void>;
  addEntry(draft: EntryDraft): Promise<void>;
  setOrder(order: EntityOrder): void;
}

export interface PanelViewProps {
  tabId: number | null | undefined;
  record: TabAnalysis | null | undefined;
  status: PageStatus | null | undefined;
  entries: ReadonlyMap<string, EffectiveEntry> | undefined;
  /** The article text (from the content script), once known. */
  text: string | null;
  otherNames: readonly OtherName[] | null;
  order: EntityOrder;
  focus: PanelFocus | null | undefined;
  actions: PanelActions;
}

/** A focus request older than this when the panel opens is from an earlier card, not this one. */
const FOCUS_FRESH_MS = 30_000;

export function PanelView(props: PanelViewProps) {
  const { record, status, order, actions } = props;
  // Entities named as the article names them (its language's name, as cards do); the English name beside.
  const localised = useMemo(() => (props.entries ? namedForArticle(props.entries, record?.meta?.lang, props.text) : undefined), [props.entries, record?.meta?.lang, props.text]);
  const entries = localised?.entries;
  const englishNameOf = (id: string) => localised?.english.get(id) ?? null;
  const state = panelState(props.tabId, record, status);
  const [selected, setSelected] = useState<string | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  const [mountedAt] = useState(() => Date.now());
  /** When the reader last pressed "Analyse anyway" (a not-article record after it means it was tried). */
  const [forcedAt, setForcedAt] = useState<number | null>(null);

  // Another tab or page starts at the list (the first one keeps a selection a card asked for).
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!record?.url) return;
    const key = `${props.tabId}|${record.url}`;
    if (shown.current !== null && shown.current !== key) {
      setSelected(null);
      setReturnFocusTo(null);
    }
    shown.current = key;
  }, [props.tabId, record?.url]);

  // "Open in side panel" on a card selects its entity.
  useEffect(() => {
    const f = props.focus;
    if (f && f.at >= mountedAt - FOCUS_FRESH_MS) setSelected(f.entryId);
  }, [props.focus?.at, props.focus?.entryId]);

  const mentions = record?.mentions ?? [];
  const groups = useMemo(() => (entries ? groupEntities(mentions, entries, order) : []), [mentions, entries, order]);
  const ambiguous = useMemo(() => ambiguousRows(mentions, props.text), [mentions, props.text]);
  const nameOf = (id: string) => entries?.get(id)?.name ?? null;

  const showArticle = state === 'ready' || state === 'updating';
  // An event opened from the timeline may be none of the article's names nor related to them.
  const [timelineEntry, setTimelineEntry] = useState<EffectiveEntry | null>(null);
  const selectedEntry = selected ? (entries?.get(selected) ?? (timelineEntry?.id === selected ? timelineEntry : undefined)) : undefined;
  const named = useMemo(() => {
    const ids = new Set(groups.flatMap((g) => g.rows.map((r) => r.id)));
    return [...(entries?.values() ?? [])].filter((e) => ids.has(e.id));
  }, [groups, entries]);

  return (
    <div class="sp" data-state={state} aria-busy={state === 'working' || state === 'updating' || state === 'loading'}>
      {showArticle && record?.meta ? (
        <ArticleHeader record={record} tabId={props.tabId!} count={entityCount(mentions)} updating={state === 'updating'} />
      ) : (
        <StateView
          state={state}
          status={status ?? null}
          record={record ?? null}
          triedAnyway={forcedAt !== null && !!record && record.state === 'not-article' && record.at >= forcedAt}
          actions={{
            ...actions,
            analyseAnyway: () => {
              setForcedAt(Date.now());
              actions.analyseAnyway();
            },
          }}
        />
      )}
      {showArticle && record && entries === undefined && (
        <p class="sp-muted sp-pad" role="status">
          {t('sidepanel.loadingGlossary')}
        </p>
      )}
      {showArticle && record && entries && (
        <main class="sp-main">
          {selectedEntry ? (
            <EntityDetail
              entry={selectedEntry}
              mentions={groups.flatMap((g) => g.rows).find((r) => r.id === selectedEntry.id)?.mentions ?? []}
              textLength={record.textLength}
              text={props.text}
              nameOf={nameOf}
              englishName={englishNameOf(selectedEntry.id)}
              onSelect={setSelected}
              onBack={() => {
                setReturnFocusTo(selectedEntry.id);
                setSelected(null);
              }}
              onReveal={actions.reveal}
              onSaveNotes={actions.saveNotes}
              currentUrl={record.meta?.url}
              canonicalUrl={record.meta?.canonicalUrl}
              publishedTime={record.meta?.publishedTime ?? null}
            />
          ) : (
            <>
              {groups.length === 0 && ambiguous.length === 0 ? (
                <p class="sp-empty">{t('sidepanel.empty')}</p>
              ) : (
                <EntityList
                  groups={groups}
                  ambiguous={ambiguous}
                  nameOf={(id) => nameOf(id) ?? id}
                  englishNameOf={englishNameOf}
                  textLength={record.textLength}
                  text={props.text}
                  order={order}
                  onOrderChange={actions.setOrder}
                  onSelect={(id) => {
                    setReturnFocusTo(null);
                    setSelected(id);
                  }}
                  onReveal={actions.reveal}
                  returnFocusTo={returnFocusTo}
                />
              )}
              <OtherNames names={props.otherNames} onAdd={actions.addEntry} lang={record.meta?.lang ?? null} />
              {named.length > 0 && (
                <StoryTimeline
                  named={named}
                  publishedTime={record.meta?.publishedTime ?? null}
                  onOpen={(entry) => {
                    setTimelineEntry(entry);
                    setReturnFocusTo(null);
                    setSelected(entry.id);
                  }}
                />
              )}
            </>
          )}
        </main>
      )}
      <footer class="sp-foot">{t('sidepanel.foot')}</footer>
    </div>
  );
}

function ArticleHeader(props: { record: TabAnalysis; tabId: number; count: number; updating: boolean }) {
  const meta = props.record.meta!;
  const site = siteLabel(meta.siteName, meta.url);
  const published = formatPublished(meta.publishedTime);
  const byline = formatByline(meta.byline);
  const time = formatReadingTime(readingTime(props.record.textLength, meta.lang));
  return (
    <header class="sp-header">
      <p class="sp-source">
        {[site, published].filter(Boolean).map((part, i) => (
          <span key={i}>
            {i > 0 && <span aria-hidden="true"> · </span>}
            {part}
          </span>
        ))}
      </p>
      <h1 class="sp-title">{meta.title || t('sidepanel.untitled')}</h1>
      {byline && <p class="sp-byline">{byline}</p>}
      <div class="sp-meta-row">
        <span class="sp-pill" title={t('sidepanel.readingTimeTitle')}>
          {t('sidepanel.read', [time])}
        </span>
        <span class="sp-pill">{t('sidepanel.names', props.count, [props.count.toLocaleString()])}</span>
        {props.updating && (
          <span class="sp-pill sp-updating" role="status">
            {t('sidepanel.updating')}
          </span>
        )}
        <SaveArticleSlot tabId={props.tabId} meta={meta} />
      </div>
    </header>
  );
}

/** Title and text of each state (a function: messages are read when drawn). */
const STATE_TEXT: Record<Exclude<PanelState, 'ready' | 'updating'>, () => { title: string; body: string }> = {
  loading: () => ({ title: t('ext.name'), body: t('sidepanel.state.loading') }),
  'no-tab': () => ({ title: t('sidepanel.state.noTab'), body: t('sidepanel.state.noTabBody') }),
  unsupported: () => ({ title: t('sidepanel.state.unsupported'), body: t('sidepanel.state.unsupportedBody') }),
  disabled: () => ({ title: t('sidepanel.state.disabled'), body: t('sidepanel.state.disabledBody') }),
  working: () => ({ title: t('sidepanel.state.working'), body: t('sidepanel.state.workingBody') }),
  'not-article': () => ({ title: t('sidepanel.state.notArticle'), body: t('sidepanel.state.notArticleBody') }),
  'too-large': () => ({ title: t('sidepanel.state.tooLarge'), body: t('sidepanel.state.tooLargeBody') }),
  error: () => ({ title: t('sidepanel.state.error'), body: t('sidepanel.state.errorBody') }),
};

function StateView(props: { state: PanelState; status: PageStatus | null; record: TabAnalysis | null; triedAnyway: boolean; actions: PanelActions }) {
  const { state, status, actions } = props;
  if (state === 'ready' || state === 'updating') return null;
  const text =
    state === 'not-article' && props.triedAnyway
      ? { title: t('sidepanel.state.notArticle'), body: t('sidepanel.state.triedBody') }
      : STATE_TEXT[state]();
  const error = state === 'error' ? (props.record?.error ?? status?.error) : undefined;
  return (
    <section class="sp-state" data-state={state} role="status" aria-live="polite">
      {state === 'working' || state === 'loading' ? <span class="sp-spinner" aria-hidden="true" /> : null}
      <h1 class="sp-state-title">{text.title}</h1>
      <p class="sp-state-body">{text.body}</p>
      {error && <p class="sp-error">{error}</p>}
      {state === 'not-article' && !props.triedAnyway && (
        <button type="button" class="sp-button sp-button-primary" onClick={actions.analyseAnyway}>
          {t('sidepanel.state.analyseAnyway')}
        </button>
      )}
      {state === 'error' && (
        <button type="button" class="sp-button sp-button-primary" onClick={actions.analyseAnyway}>
          {t('sidepanel.state.tryAgain')}
        </button>
      )}
      {state === 'disabled' && status && (
        <button type="button" class="sp-button sp-button-primary" onClick={() => actions.enableSite(status.host)}>
          {t('sidepanel.state.turnOn', [status.host.replace(/^www\./, '')])}
        </button>
      )}
    </section>
  );
}
