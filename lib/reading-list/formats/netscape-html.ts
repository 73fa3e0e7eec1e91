/**
 * Netscape bookmark files, as browsers and bookmark services export them:
 *   <!DOCTYPE NETSCAPE-Bookmark-file-1> … <DL><p><DT><H3 …>Folder</H3><DL><p><DT><A HREF="…" ADD_DATE="…" …>Title</A> …
 * Chrome, Firefox, Safari, Shaarli, LinkAce, linkding, Pinboard and Raindrop all write it. Firefox
 * adds TAGS="a,b" and `<DD>` descriptions (for folders too, between `<H3>` and `<DL>`); Shaarli,
 * LinkAce and linkding put their tags in TAGS; linkding may write ADD_DATE in microseconds. Folder names become tags, apart from the browsers' own roots; `place:`
 * queries and bookmarklets are refused.
 */
import { readHtmlExport } from './html-doc';
import { isAbsent, shownValue, toSavedMs } from './dates';
import { checkUrl, ImportFormatError, urlProblem, type ImportRow, type InvalidRow, type ParsedImport } from './types';

const LABEL = 'bookmarks HTML';

/** The browsers' own top-level folders: not the reader's tags. */
const ROOT_FOLDERS = new Set([
  'bookmarks bar', 'bookmarks toolbar', 'bookmarks menu', 'other bookmarks', 'mobile bookmarks', 'bookmarks', 'favorites bar',
  'favourites bar', 'favorites', 'other favorites', 'toolbar', 'menu', 'unfiled', 'unsorted bookmarks', 'imported', 'recently bookmarked',
  'bookmarksbar', 'bookmarksmenu', 'com.apple.readinglist',
]);
/** Attributes by which browsers mark their root folders, whatever the language of their names. */
const ROOT_ATTRIBUTES = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];

export function looksLikeNetscapeBookmarks(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(text) || (/<DL>/i.test(text) && /<DT>\s*<A\s[^>]*HREF=/i.test(text));
}

const tagOf = (el: Element | null | undefined) => el?.tagName.toLowerCase() ?? '';

/**
 * The `<H3>` heading of a folder's `<DL>`. The HTML parser puts that list after the heading
 * (Chrome: `<DT><H3/><DL>`), or, when Firefox wrote a folder description, inside the `<DD>` that
 * follows the heading's `<DT>`.
 */
function headingOf(dl: Element): Element | null {
  let node: Element | null = dl;
  for (let hops = 0; node && hops < 3; hops++) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const tag = tagOf(prev);
      if (tag === 'p' || tag === 'dd') continue;
      if (tag === 'h3') return prev;
      if (tag === 'dt') return prev.querySelector(':scope > h3');
      break;
    }
    const parent: Element | null = node.parentElement;
    if (tagOf(parent) !== 'dd' && tagOf(parent) !== 'p') break;
    node = parent;
  }
  return null;
}

function isRootFolder(h3: Element, name: string): boolean {
  return ROOT_FOLDERS.has(name.toLowerCase()) || ROOT_ATTRIBUTES.some((a) => h3.getAttribute(a) === 'true') || /^com\.apple\./i.test(h3.id);
}

/** A bookmark's description: the text of the `<DD>` right after its `<DT>`, up to any nested list. */
function descriptionOf(a: Element): string | null {
  const dt = a.closest('dt');
  const dd = tagOf(dt?.nextElementSibling) === 'dd' ? dt!.nextElementSibling! : null;
  if (!dd) return null;
  let text = '';
  for (const node of dd.childNodes) {
    if (node.nodeType === 1 && ['dl', 'dt'].includes(tagOf(node as Element))) break;
    text += node.textContent ?? '';
  }
  return text.trim() || null;
}

export function parseNetscapeHtml(bytes: Uint8Array): ParsedImport {
  const doc = readHtmlExport(bytes, LABEL, looksLikeNetscapeBookmarks, 'This HTML file is not a browser bookmarks export.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  const headings = new Map<Element, string | null>();
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
    const added = a.getAttribute('add_date');
    const savedAt = toSavedMs(added);
    if (!isAbsent(added) && savedAt === null && added !== '0') {
      invalid.push({ row: n, reason: `ADD_DATE is not a date between 1990 and 2100 (${shownValue(added)})` });
      continue;
    }
    // Folders: every enclosing <DL>'s heading, outermost first.
    const folders: string[] = [];
    for (let dl = a.closest('dl'); dl; dl = dl.parentElement?.closest('dl') ?? null) {
      if (!headings.has(dl)) {
        const h3 = headingOf(dl);
        const name = h3?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        headings.set(dl, h3 && name && !isRootFolder(h3, name) ? name : null);
      }
      const name = headings.get(dl);
      if (name) folders.unshift(name);
    }
    rows.push({
      row: n,
      draft: {
        url,
        title: (a.textContent ?? '').trim() || url,
        tags: [...(a.getAttribute('tags') ?? '').split(','), ...folders],
        excerpt: descriptionOf(a),
        ...(savedAt !== null ? { savedAt } : {}),
        source: 'bookmarks',
      },
    });
  }
  if (n === 0) throw new ImportFormatError('This bookmarks file holds no bookmarks.');
  return { format: 'netscape-html', label: LABEL, unit: 'bookmark', rows, invalid };
}
