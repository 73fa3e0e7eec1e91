/**
 * Search-result snippets: a short window of the article's text around the first match, split into
 * plain and highlighted parts. Returns text only: the view renders the parts as text nodes and
 * `<mark>`, so nothing from the article is ever parsed as HTML here. Pure.
 */
import { tokenize } from '../glossary/tokenize';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SnippetTerms {
  /** Folded words that match as prefixes. */
  prefixes: readonly string[];
  /** Folded phrases that match as consecutive words. */
  phrases: readonly (readonly string[])[];
}

/** A snippet of at most about `maxLength` characters around the first match, or the text's opening. */
export function makeSnippet(text: string, terms: SnippetTerms, maxLength = 220): SnippetPart[] {
  const tokens = tokenize(text);
  const hits: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let matched = false;
    for (const phrase of terms.phrases) {
      if (phrase.length > 0 && phrase.every((w, j) => tokens[i + j]?.key === w)) {
        hits.push({ start: t.start, end: tokens[i + phrase.length - 1]!.end });
        matched = true;
        break;
      }
    }
    if (!matched && terms.prefixes.some((p) => (p.length >= 3 ? t.key.startsWith(p) : t.key === p))) hits.push({ start: t.start, end: t.end });
  }
  if (hits.length === 0) {
    const opening = text.replace(/\s+/g, ' ').trim();
    return opening ? [{ text: opening.length > maxLength ? `${cutAtWord(opening, maxLength)}…` : opening, hit: false }] : [];
  }
  const first = hits[0]!;
  let from = Math.max(0, first.start - Math.floor(maxLength / 3));
  // Start at a word boundary.
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space >= 0 && first.start - space < maxLength / 2 ? space + 1 : from;
  }
  let to = Math.min(text.length, from + maxLength);
  if (to < text.length) {
    const space = text.indexOf(' ', to);
    to = space >= 0 && space - to < 20 ? space : to;
  }
  const parts: SnippetPart[] = [];
  let at = from;
  for (const h of hits) {
    if (h.start < at) continue;
    if (h.end > to) break;
    if (h.start > at) parts.push({ text: text.slice(at, h.start), hit: false });
    parts.push({ text: text.slice(h.start, h.end), hit: true });
    at = h.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  const clean = parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') })).filter((p) => p.text.length > 0);
  if (from > 0) clean.unshift({ text: '…', hit: false });
  if (to < text.length) clean.push({ text: '…', hit: false });
  return clean;
}

function cutAtWord(s: string, max: number): string {
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max * 0.6 ? cut.slice(0, space) : cut;
}
