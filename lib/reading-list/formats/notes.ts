/**
 * Highlights and notes an import carries, as the article's plain-text `notes`: each highlight's
 * quoted text as "> " lines, its annotation below it, the reader's own note first; blank lines
 * between. Plain text only: the reader view and the list show it as text, never as HTML.
 */

/** One highlight as a service exports it: the quoted text and the reader's annotation on it. */
export interface ImportedHighlight {
  quote?: unknown;
  note?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '');

/** The notes text for a note and highlights, or null when there is nothing to keep. */
export function notesText(note: unknown, highlights: readonly ImportedHighlight[] = []): string | null {
  const parts: string[] = [];
  if (text(note)) parts.push(text(note));
  for (const h of highlights) {
    const quote = text(h.quote);
    const annotation = text(h.note);
    const lines = [quote ? quote.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n') : '', annotation].filter(Boolean);
    if (lines.length > 0) parts.push(lines.join('\n'));
  }
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/** Highlights from a list of annotation objects (`{ quote, text }` as Wallabag writes, `{ quote, annotation }` as Omnivore does). */
export function highlightsOf(list: unknown, quoteKey: string, noteKey: string): ImportedHighlight[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((h) => (h && typeof h === 'object' ? [{ quote: (h as Record<string, unknown>)[quoteKey], note: (h as Record<string, unknown>)[noteKey] }] : []));
}
