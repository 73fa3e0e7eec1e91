/**
 * The mention strip: a bar the length of the article with one tick per mention (Kindle X-Ray's
 * position bar). A tick is a button: click it, or focus the strip and use the arrow keys and Enter,
 * to scroll the page to that mention. One tab stop per strip (roving focus).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import type { EntryKind } from '@/lib/glossary/types';
import { mentionContext, nearestTick, percentThrough, stepTick, stripTicks, tickLeftCss, type Span } from '@/lib/sidepanel/strip';

/** Drawn width of a tick, px (its hit area is wider, see sidepanel.css). */
export const TICK_WIDTH_PX = 3;

export interface MentionStripProps {
  name: string;
  kind: EntryKind | 'ambiguous';
  mentions: readonly Span[];
  textLength: number;
  /** The article text, when known: ticks are then labelled with the words around the mention. */
  text?: string | null;
  onReveal(start: number): void;
}

export function MentionStrip({ name, kind, mentions, textLength, text, onReveal }: MentionStripProps) {
  const ticks = useMemo(() => stripTicks(mentions, textLength), [mentions, textLength]);
  const [focusIndex, setFocusIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const current = Math.min(focusIndex, Math.max(0, ticks.length - 1));

  const label = (i: number) => {
    const tick = ticks[i]!;
    const [nth, of, percent] = [(i + 1).toLocaleString(), ticks.length.toLocaleString(), percentThrough(tick.fraction).toLocaleString()];
    if (!text) return t('sidepanel.strip.tick', [name, nth, of, percent]);
    const ctx = mentionContext(text, tick);
    return t('sidepanel.strip.tickContext', [name, nth, of, percent, `${ctx.before}${ctx.match}${ctx.after}`]);
  };

  const focusTick = (i: number) => {
    setFocusIndex(i);
    root.current?.querySelectorAll<HTMLButtonElement>('.sp-tick')[i]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const next = stepTick(current, ticks.length, event.key);
    if (next === null) return;
    event.preventDefault();
    focusTick(next);
  };

  // A click on the bar between ticks goes to the nearest mention.
  const onTrackClick = (event: MouseEvent) => {
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const tick = nearestTick(ticks, rect.width > 0 ? (event.clientX - rect.left) / rect.width : 0);
    if (tick) {
      setFocusIndex(tick.index);
      onReveal(tick.start);
    }
  };

  return (
    <div
      class="sp-strip"
      data-kind={kind}
      ref={root}
      role="group"
      aria-label={t('sidepanel.strip.group', [name, t('sidepanel.mentions', ticks.length, [ticks.length.toLocaleString()])])}
      onKeyDown={onKeyDown}
    >
      <div class="sp-strip-track" aria-hidden="true" onClick={onTrackClick} />
      {ticks.map((tk) => (
        <button
          key={`${tk.start}-${tk.end}`}
          type="button"
          class="sp-tick"
          data-start={tk.start}
          style={{ left: tickLeftCss(tk.fraction, TICK_WIDTH_PX) }}
          tabIndex={tk.index === current ? 0 : -1}
          aria-label={label(tk.index)}
          title={label(tk.index)}
          onFocus={() => setFocusIndex(tk.index)}
          onClick={() => {
            setFocusIndex(tk.index);
            onReveal(tk.start);
          }}
        />
      ))}
    </div>
  );
}
