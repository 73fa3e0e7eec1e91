/**
 * The entities of the article, grouped People, Places, Organisations, Topics, Events; each with its
 * mention count and a mention strip. Up and Down move between names; Enter opens one.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import type { AmbiguousRow, EntityGroup, EntityOrder } from '@/lib/sidepanel/entities';
import { MentionStrip } from './MentionStrip';
import { Section } from './Section';

export interface EntityListProps {
  groups: readonly EntityGroup[];
  ambiguous: readonly AmbiguousRow[];
  /** Names of entries, for the readings of ambiguous names. */
  nameOf(id: string): string;
  /** The entry's English name when the list names it in the article's language ("North Korea" beside "Corée du Nord"). */
  englishNameOf?(id: string): string | null;
  textLength: number;
  text: string | null;
  order: EntityOrder;
  onOrderChange(order: EntityOrder): void;
  onSelect(id: string): void;
  onReveal(start: number): void;
  /** The entity whose detail was just closed: its name button gets focus back. */
  returnFocusTo?: string | null;
}

const ORDER_LABELS: Record<EntityOrder, () => string> = { first: () => t('sidepanel.list.first'), frequency: () => t('sidepanel.list.frequency') };

export function EntityList(props: EntityListProps) {
  const { groups, ambiguous, order } = props;
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!props.returnFocusTo) return;
    root.current?.querySelector<HTMLButtonElement>(`[data-entity="${CSS.escape(props.returnFocusTo)}"]`)?.focus();
  }, [props.returnFocusTo]);

  // Up/Down move between the names of the whole list (each is also a Tab stop).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (!target.matches('.sp-entity-name')) return;
    const all = [...(root.current?.querySelectorAll<HTMLButtonElement>('.sp-entity-name') ?? [])];
    const i = all.indexOf(target as HTMLButtonElement);
    const next = all[event.key === 'ArrowDown' ? i + 1 : i - 1];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <Section
      id="entities"
      title={t('sidepanel.list.title')}
      head={
        <div class="sp-order" role="radiogroup" aria-label={t('sidepanel.list.orderBy')}>
          {(Object.keys(ORDER_LABELS) as EntityOrder[]).map((o) => (
            <button key={o} type="button" role="radio" aria-checked={order === o} class="sp-order-option" onClick={() => props.onOrderChange(o)}>
              {ORDER_LABELS[o]()}
            </button>
          ))}
        </div>
      }
    >
      <div ref={root} onKeyDown={onKeyDown}>
        {groups.map((g) => (
          <div key={g.kind} class="sp-group" data-kind={g.kind}>
            <h3 class="sp-group-title" id={`sp-group-${g.kind}`}>
              <span class="sp-dot" aria-hidden="true" />
              {g.label} <span class="sp-group-count">{g.rows.length}</span>
            </h3>
            <ul class="sp-rows" aria-labelledby={`sp-group-${g.kind}`}>
              {g.rows.map((r) => (
                <li key={r.id} class="sp-row" data-kind={r.kind} data-entity-row={r.id}>
                  <button
                    type="button"
                    class="sp-entity-name"
                    data-entity={r.id}
                    onClick={() => props.onSelect(r.id)}
                  >
                    <span class="sp-entity-label">{r.name}</span>
                    <EnglishName name={props.englishNameOf?.(r.id) ?? null} />
                    <span class="sp-count" data-count={r.count}>
                      {r.count}
                    </span>
                    {/* The visible text starts the accessible name (WCAG 2.5.3); the rest is for screen readers. */}
                    <span class="sp-sr-only"> {t('sidepanel.list.details', r.count)}</span>
                  </button>
                  <MentionStrip name={r.name} kind={r.kind} mentions={r.mentions} textLength={props.textLength} text={props.text} onReveal={props.onReveal} />
                </li>
              ))}
            </ul>
          </div>
        ))}
        {ambiguous.length > 0 && (
          <div class="sp-group" data-kind="ambiguous">
            <h3 class="sp-group-title" id="sp-group-ambiguous">
              <span class="sp-dot" aria-hidden="true" />
              {t('sidepanel.list.unresolved')} <span class="sp-group-count">{ambiguous.length}</span>
            </h3>
            <ul class="sp-rows" aria-labelledby="sp-group-ambiguous">
              {ambiguous.map((a) => {
                const readings = a.candidates.map(props.nameOf);
                const label = a.surface || readings.join(' / ');
                return (
                  <li key={a.key} class="sp-row" data-kind="ambiguous">
                    <div class="sp-ambiguous">
                      <span class="sp-entity-label">{label}</span>
                      <span class="sp-count">{a.count}</span>
                    </div>
                    <p class="sp-readings">{t('sidepanel.list.couldBe', [readings.length > 0 ? readings.reduce((a, b) => t('sidepanel.list.or', [a, b])) : ''])}</p>
                    <MentionStrip name={label} kind="ambiguous" mentions={a.mentions} textLength={props.textLength} text={props.text} onReveal={props.onReveal} />
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
    </Section>
  );
}

/** An entity's English name, secondary to the name the article uses (none when they are the same). */
export function EnglishName(props: { name: string | null }) {
  return props.name ? (
    <span class="sp-entity-english" lang="en">
      {props.name}
    </span>
  ) : null;
}
