/**
 * Netscape bookmark files, as Chrome and Firefox export them:
 *   <!DOCTYPE NETSCAPE-Bookmark-file-1> … <DL><p><DT><H3 …>Folder</H3><DL><p><DT><A HREF="…" ADD_DATE="seconds" …>Title</A> …
 * Firefox adds LAST_MODIFIED, TAGS="a,b", SHORTCUTURL and <DD> descriptions. Folder names become
 * tags (apart from the browsers' own roots); `place:` queries and bookmarklets are refused.
 */
import { parseHtmlDocument } from './html-doc';
import { checkUrl, decodeText, ImportFormatError, toEpochMs, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'bookmarks HTML';

/** The browsers' own top-level folders: not the reader's tags. */
const ROOT_FOLDERS = new Set([
  'bookmarks bar', 'bookmarks toolbar', 'bookmarks menu', 'other bookmarks', 'mobile bookmarks', 'bookmarks', 'favorites bar',
  'favourites bar', 'other favorites', 'toolbar', 'menu', 'unfiled', 'imported', 'recently bookmarked',
]);

export function looksLikeNetscapeBookmarks(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(text) || (/<DL>/i.test(text) && /<DT>\s*<A\s[^>]*HREF=/i.test(text));
}

export function parseNetscapeHtml(bytes: Uint8Array): ParsedImport {
  const text = decodeText(bytes, LABEL);
  if (!looksLikeNetscapeBookmarks(text)) throw new ImportFormatError('This HTML file is not a browser bookmarks export.');
  const doc = parseHtmlDocument(text, LABEL);
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  let n = 0;
  for (const a of doc.querySelectorAll('a')) {
    n++;
    const href = a.getAttribute('href');
    if (href && /^place:/i.test(href)) {
      invalid.push({ row: n, reason: 'a saved search of the browser (place:), not a web page' });
      continue;
    }
    const url = checkUrl(href);
    if (!url) {
      invalid.push({ row: n, reason: href && /^javascript:/i.test(href) ? 'a bookmarklet (javascript:), not a web page' : urlProblem(href) });
      continue;
    }
    // Folders: every enclosing <DL>'s heading <H3>, outermost first.
    const folders: string[] = [];
    for (let dl = a.closest('dl'); dl; dl = dl.parentElement?.closest('dl') ?? null) {
      let prev = dl.previousElementSibling;
      while (prev && prev.tagName.toLowerCase() === 'p') prev = prev.previousElementSibling;
      const heading = prev?.tagName.toLowerCase() === 'h3' ? prev : prev?.querySelector(':scope > h3');
      const name = heading?.textContent?.trim();
      if (name && !ROOT_FOLDERS.has(name.toLowerCase()) && heading?.getAttribute('personal_toolbar_folder') !== 'true') folders.unshift(name);
    }
    const tags = [...(a.getAttribute('tags') ?? '').split(','), ...folders];
    const dt = a.closest('dt');
    const dd = dt?.nextElementSibling?.tagName.toLowerCase() === 'dd' ? dt.nextElementSibling : null;
    const description = dd?.textContent?.trim() || null;
    const savedAt = toEpochMs(a.getAttribute('add_date'));
    rows.push({
      row: n,
      draft: {
        url,
        title: (a.textContent ?? '').trim() || url,
        tags,
        excerpt: description,
        ...(savedAt !== null ? { savedAt } : {}),
        source: 'bookmarks',
      },
    });
  }
  if (n === 0) throw new ImportFormatError('This bookmarks file holds no bookmarks.');
  return { format: 'netscape-html', label: LABEL, rows, invalid };
}
