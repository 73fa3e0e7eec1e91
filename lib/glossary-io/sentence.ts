/**
 * The sentence a selection came from, for the "Add to Backstory glossary" editor's context.
 * Pure text logic plus one DOM helper; no extension API.
 */

/** Asked of a tab's content script by the context-menu item: the sentence around the selection. */
export const SELECTION_CONTEXT_MESSAGE = 'selection-context';

const MAX_SENTENCE = 600;

/** The sentence of `text` that contains [start, end): from the previous sentence end to the next. */
export function sentenceAround(text: string, start: number, end: number = start): string {
  const before = text.slice(0, start);
  // A sentence ends at . ! ? … followed by space and not after a single capital ("U.S. forces", "J. Smith").
  const ends = [...before.matchAll(/(?<![A-Z])[.!?…]["'”’)]*\s+/g)];
  const from = ends.length > 0 ? ends[ends.length - 1]!.index! + ends[ends.length - 1]![0].length : 0;
  const rest = text.slice(end);
  const next = /(?<![A-Z])[.!?…]["'”’)]*(?=\s|$)/.exec(rest);
  const to = next ? end + next.index + next[0].length : text.length;
  let sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (sentence.length > MAX_SENTENCE) {
    const mid = start - from;
    sentence = `…${sentence.slice(Math.max(0, mid - MAX_SENTENCE / 2), mid + MAX_SENTENCE / 2).trim()}…`;
  }
  return sentence;
}

const BLOCK = 'p,li,blockquote,h1,h2,h3,h4,h5,h6,td,th,dd,dt,figcaption,pre,article,section,main,div,body';

/** The sentence around the document's current selection, or null when nothing is selected. */
export function selectionSentence(selection: Selection | null): string | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer;
  const el = start instanceof Element ? start : start.parentElement;
  const block = el?.closest(BLOCK);
  if (!block) return null;
  const lead = document.createRange();
  lead.selectNodeContents(block);
  lead.setEnd(range.startContainer, range.startOffset);
  const offset = lead.toString().length;
  const text = block.textContent ?? '';
  return sentenceAround(text, offset, offset + range.toString().length) || null;
}
