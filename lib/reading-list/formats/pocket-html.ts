/**
 * Pocket's older HTML export (`ril_export.html`): an `<h1>Unread</h1>` list and an
 * `<h1>Read Archive</h1>` list of `<a href time_added="seconds" tags="a,b">title</a>`.
 */
import { readHtmlExport } from './html-doc';
import { toSavedMs } from './dates';
import { checkUrl, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'Pocket HTML';

export function looksLikePocketHtml(text: string): boolean {
  return /<a\s[^>]*time_added=/i.test(text) && /<h1>\s*(?:unread|read archive)\s*<\/h1>/i.test(text);
}

export function parsePocketHtml(bytes: Uint8Array): ParsedImport {
  const doc = readHtmlExport(bytes, LABEL, looksLikePocketHtml, 'This HTML file is not a Pocket export (no “Unread” or “Read Archive” list of saved links).');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  let archived = false;
  let n = 0;
  const walker = doc.createTreeWalker(doc.body, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'h1') archived = /read archive/i.test(el.textContent ?? '');
    if (tag !== 'a') continue;
    n++;
    const href = el.getAttribute('href');
    const url = checkUrl(href);
    if (!url) {
      invalid.push({ row: n, reason: urlProblem(href) });
      continue;
    }
    const added = el.getAttribute('time_added');
    const savedAt = toSavedMs(added);
    rows.push({
      row: n,
      draft: {
        url,
        title: (el.textContent ?? '').trim() || url,
        tags: (el.getAttribute('tags') ?? '').split(','),
        state: archived ? 'archived' : 'unread',
        ...(savedAt !== null ? { savedAt } : {}),
        source: 'pocket',
      },
    });
  }
  return { format: 'pocket-html', label: LABEL, unit: 'bookmark', rows, invalid };
}
