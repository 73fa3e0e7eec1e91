/**
 * Moving through the page's mentions from outside the page: the keyboard command steps to the next
 * or previous mention and opens its card; the side panel reveals one mention and flashes it.
 */
import type { Annotator } from '@/components/annotator/annotator';
import type { LiveMention } from '@/lib/highlight/page-model';

/** How long a mention revealed from the side panel stays marked as active. */
const REVEAL_FLASH_MS = 1600;

/** Scrolls `rect` to a third of the viewport's height when it lies outside [top, bottom] (viewport fractions). */
function scrollToRect(rect: DOMRect, top: number, bottom: number): void {
  if (rect.top >= innerHeight * top && rect.bottom <= innerHeight * bottom) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: rect.top - innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
}

/** Steps and reveals over the mentions the annotator shows. */
export class MentionStepper {
  private index = -1;
  private revealTimer = 0;

  constructor(
    private readonly annotator: Annotator,
    private readonly mentions: () => readonly LiveMention[],
  ) {}

  /** A new analysis: the next step starts from its first mention. */
  reset(): void {
    this.index = -1;
  }

  /** Steps to the next or previous mention, scrolls it into view and opens its card. */
  step(direction: 1 | -1): void {
    const mentions = this.mentions();
    const cards = this.annotator.cards;
    if (!cards || mentions.length === 0) return;
    const n = mentions.length;
    this.index = (((this.index + direction) % n) + n) % n;
    const m = mentions[this.index]!;
    scrollToRect(m.range.getBoundingClientRect(), 0, 1);
    cards.openFromKeyboard(m);
  }

  /** Scrolls the mention starting at `start` (an article-text offset) into view and flashes it. */
  reveal(start: number): boolean {
    const m = this.mentions().find((x) => x.mention.start === start);
    if (!m) return false;
    scrollToRect(m.range.getBoundingClientRect(), 0.15, 0.85);
    // A private name's mark stays in the closed shadow root (card-controller.ts markActive).
    this.annotator.markActive(m);
    clearTimeout(this.revealTimer);
    // Then leave the active mark to an open card, if there is one.
    this.revealTimer = window.setTimeout(() => this.annotator.markActive(null), REVEAL_FLASH_MS);
    return true;
  }

  dispose(): void {
    clearTimeout(this.revealTimer);
  }
}
