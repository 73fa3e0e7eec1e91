/**
 * The hover card: who or what a highlighted name is. Rendered by the content script inside a shadow
 * root, so the page's styles cannot reach it and its styles cannot reach the page.
 */
import { DatedFacts } from '@/components/card/DatedFacts';
import { t } from '@/components/design/i18n';
import type { EntryKind } from '@/lib/glossary/types';
import type { CardEntry } from '@/lib/messaging/protocol';
import { WikipediaAttribution } from '@/components/wikipedia/Attribution';
import { CardLookup, type CardLookupProps } from '@/components/wikipedia/CardLookup';

export const KIND_LABELS: Record<EntryKind, string> = {
  get person() {
    return t('kind.person');
  },
  get place() {
    return t('kind.place');
  },
  get organization() {
    return t('kind.organization');
  },
  get topic() {
    return t('kind.topic');
  },
  get event() {
    return t('kind.event');
  },
};

export interface HoverCardProps {
  /** The resolved entry, or null for an ambiguous name. */
  entry: CardEntry | null;
  /** The readings of an ambiguous name. */
  candidates: CardEntry[];
  /** The mention as the article wrote it. */
  surface: string;
  /** Set when the article misspelled the name. */
  misspelling?: string;
  pinned: boolean;
  theme: 'light' | 'dark';
  onPin(pinned: boolean): void;
  onClose(): void;
  /** "It is X": the reader picks the reading of an ambiguous name (remembered for this site). */
  onChoose?(entryId: string, event: Event): void;
  /** "Not this one": the reader says the name does not mean this entry here (remembered for this site). */
  onReject?(event: Event): void;
  /** "Open in side panel": shown when given. */
  onOpenPanel?(): void;
  /** Shown under the actions when the panel could not be opened from the card (Firefox, or no user gesture). */
  panelNote?: string | null;
  /** "Look up on Wikipedia" for an ambiguous or unresolved name; absent when look-ups are switched off. */
  wikipedia?: Omit<CardLookupProps, 'surface'>;
  /** Tests only: accept synthetic clicks (jsdom's are never trusted). In a page, only the reader's own clicks count. */
  acceptUntrusted?: boolean;
}

/** Formats an ISO date ("2024-12-31") as "31 Dec 2024"; other strings pass through. */
export function formatAsOf(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Only http(s) links are rendered as links. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * The card is drawn inside a page, whose scripts can dispatch synthetic clicks: every button acts
 * only on a trusted event (the reader's own click or key), so a page can neither pin a card, open
 * the side panel nor record a correction.
 */
export function HoverCard(raw: HoverCardProps) {
  const only =
    <A extends unknown[]>(fn: ((event: Event, ...args: A) => void) | undefined, ...args: A) =>
    (event: Event) => {
      if (fn && (event.isTrusted || raw.acceptUntrusted)) fn(event, ...args);
    };
  const props = {
    ...raw,
    onPin: (pinned: boolean) => only(() => raw.onPin(pinned)),
    onClose: only(() => raw.onClose()),
    onChoose: raw.onChoose && ((id: string) => only((event) => raw.onChoose?.(id, event))),
    onReject: raw.onReject && only((event) => raw.onReject?.(event)),
    onOpenPanel: raw.onOpenPanel && only(() => raw.onOpenPanel?.()),
  };
  const { entry, candidates, surface, misspelling, pinned, theme } = props;
  const titleId = 'backstory-card-title';
  const descId = 'backstory-card-summary';
  const toolbar = (
    <div class="bs-actions">
      <button
        type="button"
        class="bs-icon-button"
        aria-pressed={pinned}
        aria-label={pinned ? t('card.unpin') : t('card.pin')}
        title={pinned ? t('card.unpinTitle') : t('card.pinTitle')}
        onClick={props.onPin(!pinned)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
          <path d="M10.5 1.5l4 4-2 1-2.5 2.5.5 3-1.5 1.5-3-3-3.5 3.5-1-1L5 9.5l-3-3L3.5 5l3 .5L9 3z" fill="currentColor" />
        </svg>
      </button>
      <button type="button" class="bs-icon-button" aria-label={t('card.close')} title={t('card.closeTitle')} onClick={props.onClose}>
        <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
          <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
        </svg>
      </button>
    </div>
  );

  if (!entry) {
    return (
      <div class="bs-card" data-theme={theme} data-kind="ambiguous" role="dialog" aria-labelledby={titleId} aria-describedby={descId}>
        <header class="bs-head">
          <div>
            <p class="bs-kind">{t('card.ambiguous')}</p>
            <h2 class="bs-name" id={titleId}>
              {surface}
            </h2>
          </div>
          {toolbar}
        </header>
        <p class="bs-summary" id={descId}>
          {t('card.couldBe', [surface])}
        </p>
        <ul class="bs-choices">
          {candidates.map((c) => (
            <li key={c.id}>
              {props.onChoose ? (
                <button type="button" class="bs-choice" onClick={props.onChoose(c.id)} aria-label={t('card.itIs', [c.name])}>
                  <strong>{c.name}</strong>
                  <span>{c.summary}</span>
                </button>
              ) : (
                <>
                  <strong>{c.name}</strong>
                  <span>{c.summary}</span>
                </>
              )}
            </li>
          ))}
        </ul>
        {props.wikipedia && <CardLookup surface={surface} {...props.wikipedia} />}
      </div>
    );
  }

  const link = entry.links.map((l) => ({ ...l, href: safeHref(l.url) })).find((l) => l.href);
  return (
    <div class="bs-card" data-theme={theme} data-kind={entry.kind} role="dialog" aria-labelledby={titleId} aria-describedby={descId}>
      <header class="bs-head">
        <div>
          <p class="bs-kind">
            <span class="bs-dot" aria-hidden="true" />
            {KIND_LABELS[entry.kind]}
          </p>
          <h2 class="bs-name" id={titleId}>
            {entry.name}
          </h2>
        </div>
        {toolbar}
      </header>
      <p class="bs-summary" id={descId} lang={entry.notesLang}>
        {entry.summary}
      </p>
      {misspelling && <p class="bs-notice">{t('card.spelled', [misspelling])}</p>}
      {entry.note && <p class="bs-note" lang={entry.notesLang}>{entry.note}</p>}
      {entry.notesLang === 'en' && <p class="bs-notice">{t('card.notesInEnglish')}</p>}
      {(entry.facts.length > 0 || entry.dated) && <DatedFacts facts={entry.facts} dated={entry.dated} asOf={entry.asOf} prefix="bs" />}
      {entry.userNotes && (
        <p class="bs-user-notes">
          <span class="bs-label">{t('card.yourNote')}</span> {entry.userNotes}
        </p>
      )}
      <footer class="bs-foot">
        <span class="bs-asof">{t('card.asOf', [formatAsOf(entry.asOf)])}</span>
        {link && (
          <a class="bs-link" href={link.href} target="_blank" rel="noopener noreferrer">
            {link.title} ↗
          </a>
        )}
      </footer>
      {entry.origin === 'wikipedia' && <WikipediaAttribution links={entry.links} class="bs-notice" linkClass="bs-link" />}
      {(props.onReject || props.onOpenPanel) && (
        <div class="bs-card-actions">
          {props.onOpenPanel && (
            <button type="button" class="bs-text-button bs-open-panel" onClick={props.onOpenPanel}>
              {t('card.openPanel')}
            </button>
          )}
          {props.onReject && (
            <button type="button" class="bs-text-button" onClick={props.onReject}>
              {t('card.notThis', [surface])}
            </button>
          )}
        </div>
      )}
      {props.panelNote && (
        <p class="bs-notice" role="status">
          {props.panelNote}
        </p>
      )}
    </div>
  );
}
