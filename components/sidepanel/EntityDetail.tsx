/**
 * One entity in full: summary, notes, facts, related entities (clickable), links, as-of date, the
 * reader's own notes (editable in place), the saved articles that also mention it, and for places a
 * locator map. Everything is rendered as text: nothing from the glossary or an import is parsed as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import { formatAsOf, KIND_LABELS } from '@/components/HoverCard';
import { DatedFacts } from '@/components/card/DatedFacts';
import type { EffectiveEntry } from '@/lib/db/glossary-repo';
import { articleDay, factsOn, isDated, todayIso } from '@/lib/glossary/dated-facts';
import type { Span } from '@/lib/sidepanel/strip';
import { EnglishName } from './EntityList';
import { LocatorMap } from './LocatorMap';
import { MentionStrip } from './MentionStrip';
import { SavedArticlesSlot } from './ReadingListSlots';
import { Subsection } from './Section';
import { WikipediaAttribution } from '@/components/wikipedia/Attribution';

export interface EntityDetailProps {
  entry: EffectiveEntry;
  /** The entity's mentions in this article (empty when it is only related to something the article names). */
  mentions: readonly Span[];
  textLength: number;
  text: string | null;
  nameOf(id: string): string | null;
  /** The entry's English name when `entry.name` is the article language's. */
  englishName?: string | null;
  onSelect(id: string): void;
  onBack(): void;
  onReveal(start: number): void;
  onSaveNotes(id: string, notes: string): Promise<void>;
  /** The article on screen, left out of "also in N saved articles". */
  currentUrl?: string;
  canonicalUrl?: string | null;
  /** The article's published time as the page gave it (null: unknown): facts are dated to it. */
  publishedTime?: string | null;
}

/** Only http(s) links are rendered as links. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** Notes are plain text in paragraphs separated by blank lines. */
function paragraphs(notes: string): string[] {
  return notes
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The entry's facts dated to the article: true then first, then what changed since, with sources. */
function EntityFacts(props: { entry: EffectiveEntry; publishedTime: string | null }) {
  const { entry } = props;
  const view = factsOn(entry.facts, { day: articleDay(props.publishedTime), today: todayIso(), asOf: entry.asOf });
  const dated = entry.facts.some(isDated) ? { day: view.dateKnown ? view.day : null, since: [...view.since, ...view.ended], earlier: view.earlier } : undefined;
  return <DatedFacts facts={view.then} dated={dated} asOf={entry.asOf} prefix="sp" sources />;
}

export function EntityDetail(props: EntityDetailProps) {
  const { entry, mentions } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: false }), [entry.id]);

  const links = entry.links.map((l) => ({ ...l, href: safeHref(l.url) })).filter((l) => l.href);
  const related = entry.related.map((id) => ({ id, name: props.nameOf(id) })).filter((r): r is { id: string; name: string } => r.name !== null);

  return (
    <article class="sp-detail" data-kind={entry.kind} aria-labelledby="sp-detail-title">
      <button type="button" class="sp-back" onClick={props.onBack}>
        <span aria-hidden="true">←</span> {t('sidepanel.detail.back')}
      </button>
      <p class="sp-kind">
        <span class="sp-dot" aria-hidden="true" />
        {KIND_LABELS[entry.kind]}
      </p>
      <h2 class="sp-detail-title" id="sp-detail-title" tabIndex={-1} ref={heading}>
        {entry.name}
      </h2>
      <EnglishName name={props.englishName ?? null} />
      <p class="sp-summary">{entry.summary}</p>

      {mentions.length > 0 ? (
        <div class="sp-detail-mentions">
          <p class="sp-muted">
            {t('sidepanel.detail.mentionsHere', mentions.length, [mentions.length.toLocaleString()])}
          </p>
          <MentionStrip name={entry.name} kind={entry.kind} mentions={mentions} textLength={props.textLength} text={props.text} onReveal={props.onReveal} />
        </div>
      ) : (
        <p class="sp-muted">{t('sidepanel.detail.notNamed')}</p>
      )}

      {entry.kind === 'place' && entry.coordinates && <LocatorMap name={entry.name} names={[entry.name, ...entry.aliases]} coordinates={entry.coordinates} />}

      {paragraphs(entry.notes).map((p, i) => (
        <p key={i} class="sp-notes">
          {p}
        </p>
      ))}

      {entry.facts.length > 0 && <EntityFacts entry={entry} publishedTime={props.publishedTime ?? null} />}

      <UserNotes key={entry.id} entryId={entry.id} name={entry.name} value={entry.userNotes ?? ''} onSave={props.onSaveNotes} />

      {related.length > 0 && (
        <Subsection id="related" title={t('sidepanel.detail.related')}>
          <ul class="sp-chips">
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" class="sp-chip" onClick={() => props.onSelect(r.id)}>
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        </Subsection>
      )}

      <SavedArticlesSlot entryId={entry.id} currentUrl={props.currentUrl} canonicalUrl={props.canonicalUrl} />

      {entry.origin === 'wikipedia' && <WikipediaAttribution links={entry.links} class="sp-wiki-attribution" linkClass="sp-link" />}

      <footer class="sp-detail-foot">
        <span>{t('sidepanel.detail.asOf', [formatAsOf(entry.asOf)])}</span>
        {entry.origin === 'user' && <span>{t('sidepanel.detail.yourEntry')}</span>}
        {entry.origin === 'wikipedia' && <span>{t('wikipedia.lookedUp')}</span>}
        {links.map((l) => (
          <a key={l.href} class="sp-link" href={l.href} target="_blank" rel="noopener noreferrer">
            {l.title} ↗
          </a>
        ))}
      </footer>
    </article>
  );
}

/** The reader's own notes on an entry, edited in place. */
function UserNotes(props: { entryId: string; name: string; value: string; onSave(id: string, notes: string): Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(props.value);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editing) area.current?.focus();
  }, [editing]);

  const save = async () => {
    setState('saving');
    try {
      await props.onSave(props.entryId, draft.trim());
      setState('saved');
      setEditing(false);
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  /** Leaves the editor with the notes as they were. */
  const cancel = () => {
    setDraft(props.value);
    setEditing(false);
  };

  return (
    <Subsection id="user-notes" class="sp-user-notes" title={t('sidepanel.notes.title')}>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <textarea
            ref={area}
            class="sp-textarea"
            rows={4}
            aria-label={t('sidepanel.notes.label', [props.name])}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                cancel();
              }
            }}
          />
          <div class="sp-form-actions">
            <button type="submit" class="sp-button sp-button-primary" disabled={state === 'saving'}>
              {t('sidepanel.notes.save')}
            </button>
            <button type="button" class="sp-button" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {props.value ? <p class="sp-notes sp-user-note-text">{props.value}</p> : <p class="sp-muted">{t('sidepanel.notes.none')}</p>}
          <button
            type="button"
            class="sp-button"
            onClick={() => {
              setDraft(props.value);
              setState('idle');
              setEditing(true);
            }}
          >
            {props.value ? t('sidepanel.notes.edit') : t('sidepanel.notes.add')}
          </button>
        </>
      )}
      <p class="sp-status" role="status">
        {state === 'saved' ? t('sidepanel.notes.saved') : typeof state === 'object' ? t('sidepanel.notes.failed', [state.error]) : ''}
      </p>
    </Subsection>
  );
}
