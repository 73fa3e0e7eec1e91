/**
 * Opens a mention's card when the pointer rests on it; Escape closes it. The page can dispatch
 * synthetic events: every handler here acts only on the browser's own (`isTrusted`) events, so a
 * page script can neither open a card nor keep one open.
 */
import { MentionIndex } from '@/lib/highlight/hit-test';
import type { Feature } from './types';

export const hoverCards: Feature = {
  id: 'hover-cards',
  testedOn: ['entrypoints/welcome/demo-article.html'],
  start({ page, cards, signal }) {
    // No mention, no card to open: the pointer, keys and scrolling of a page with nothing underlined cost nothing.
    if (page.mentions.length === 0) return;
    const index = new MentionIndex(page.mentions, (m) => m.nodes);
    let frame = 0;
    let last: PointerEvent | null = null;

    // Hit-testing runs at most once per frame, whatever the pointer's event rate.
    const onMove = (event: PointerEvent) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      const host = cards.host;
      if (host && event.composedPath().includes(host)) {
        cards.intent.enterCard();
        return;
      }
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!last) return;
        const { clientX: x, clientY: y } = last;
        cards.setPointer(x, y);
        cards.intent.move(x, y, index.at(document, x, y));
      });
    };
    const onLeave = (event: Event) => {
      if (event.isTrusted) cards.intent.leave();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape' && cards.intent.close()) event.stopPropagation();
    };
    const onViewportChange = (event: Event) => {
      if (event.isTrusted) cards.reposition();
    };

    const opts = { capture: true, passive: true, signal } as const;
    document.addEventListener('pointermove', onMove, opts);
    document.documentElement.addEventListener('pointerleave', onLeave, opts);
    document.addEventListener('keydown', onKey, { capture: true, signal });
    window.addEventListener('scroll', onViewportChange, opts);
    window.addEventListener('resize', onViewportChange, opts);
    // The card itself is the card controller's: it outlives a re-analysis of the same article, and
    // closes when the page controller disposes it.
    return () => cancelAnimationFrame(frame);
  },
};
