/**
 * Browser test harness, the reader's pointer: how a person moves the mouse to open a card, and the
 * one place a test may pass time on purpose, because the reader does (holding the pointer still is
 * part of what is tested, not a wait for the program). Everything else waits on a condition.
 */
import type { Page } from 'puppeteer-core';
import { waitForNoCard } from './card';

/**
 * The reader holds still for `ms`: the pointer rests in an empty margin, or stays where it is, while
 * the program is free to act (or must not). A test uses it only where the time itself is the user's
 * behaviour under test (a rest shorter or longer than the hover delay, a pause past the grace
 * period), never to wait for work to finish: that is `eventually()` or a status counter.
 */
export async function readerHoldsStill(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Moves the pointer to the page's top-left corner, off every mention, and waits until no card is shown. */
export async function pointerAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await waitForNoCard(page);
}

/** Glides the pointer onto `point` from a little below and to the left, as a hand does, and leaves it resting there. */
export async function restPointerOn(page: Page, point: { x: number; y: number }): Promise<void> {
  // From inside the viewport: a mention near its edge is approached from the other side.
  const height = page.viewport()?.height ?? 900;
  await page.mouse.move(point.x >= 41 ? point.x - 40 : point.x + 40, point.y + 60 < height ? point.y + 60 : point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}
