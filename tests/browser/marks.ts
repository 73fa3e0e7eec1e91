/**
 * Browser test harness, the marks on the page: Backstory's highlights in `CSS.highlights` (what
 * any page can read), where a mention sits on screen, and the private marks drawn inside the card's
 * closed root for the reader's own and looked-up names.
 */
import type { Page } from 'puppeteer-core';
import { inCard } from './card';

/** Every Backstory highlight in the page: name, text and where it sits. */
export async function readHighlights(page: Page) {
  return page.evaluate(() => {
    const out: Array<{ name: string; text: string; inArticle: boolean; container: string }> = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        const el = range.startContainer.parentElement;
        out.push({
          name,
          text: range.toString(),
          inArticle: !!el?.closest('article'),
          container: el ? el.closest('header,aside,form,textarea,nav,footer,section')?.tagName ?? '' : '',
        });
      }
    }
    return out;
  });
}

/**
 * Centre of a highlighted mention whose text is `text`: the `nth` such mention in document order
 * (default the first), scrolled into view first. By default it is centred vertically; `top` puts it
 * that many pixels below the top of the viewport instead (screenshots). Null when nothing matches.
 */
export async function mentionCentre(page: Page, text: string, options: { nth?: number; top?: number } = {}): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    (t, n, top) => {
      const found: Range[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('backstory-') || name === 'backstory-active') continue;
        for (const r of h as unknown as Iterable<Range>) if (r.toString() === t) found.push(r);
      }
      found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = found[n];
      if (!r) return null;
      if (top === null) r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      else scrollTo(0, Math.max(0, r.getBoundingClientRect().top + scrollY - top));
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    text,
    options.nth ?? 0,
    options.top ?? null,
  );
}

/**
 * Which of `texts` carry a private mark (the reader's own and looked-up names, drawn inside the card's
 * closed root rather than in `CSS.highlights`): for each text's first occurrence in the page, scrolled
 * into view, whether a mark box lies along its bottom edge. Returns `group:text` for every marked one
 * (the group is the kind: `person`, `place`…).
 */
export async function privateMarks(page: Page, texts: string[]): Promise<string[]> {
  // Marks are drawn on animation frames, which a background tab does not get.
  await page.bringToFront();
  return (
    (await inCard(
      page,
      async (root, wanted: string[]) => {
        const found: string[] = [];
        for (const text of wanted) {
          // Every occurrence, until one is marked ("Okonkwo-Treadwell" also sits inside "Marisol Okonkwo-Treadwell").
          const ranges: Range[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node && ranges.length < 20; node = walker.nextNode()) {
            for (let at = (node.nodeValue ?? '').indexOf(text); at >= 0; at = (node.nodeValue ?? '').indexOf(text, at + 1)) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              ranges.push(range);
            }
          }
          search: for (const range of ranges) {
            range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
            // The marks follow the scroll on the next frame.
            for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
            const line = range.getClientRects()[0];
            if (!line) continue;
            for (const mark of root.querySelectorAll<HTMLElement>('.bs-mark')) {
              const b = mark.getBoundingClientRect();
              if (Math.abs(b.left - line.left) < 2 && Math.abs(b.right - line.right) < 2 && Math.abs(b.bottom - line.bottom) < 3) {
                found.push(`${[...mark.classList].find((c) => c.startsWith('bs-mark-'))!.slice('bs-mark-'.length)}:${text}`);
                break search;
              }
            }
          }
        }
        return found;
      },
      texts,
    )) ?? []
  );
}

/** Centre of the first occurrence of `text` in the page's text, scrolled into view (for names marked privately). */
export async function textCentre(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(t);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + t.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const b = range.getClientRects()[0];
      if (b) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, text);
}

/**
 * `read`'s answer, or `fallback` when it does not answer within `ms`: a private-mark read waits for
 * animation frames, which a tab the browser holds back may not get, and a wait built on it should
 * then try again rather than hang (a deadline, not a pause: it never delays an answer).
 */
export async function within<T>(read: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}
