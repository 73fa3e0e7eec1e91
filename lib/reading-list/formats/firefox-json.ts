/**
 * Firefox's JSON bookmark backup (Library → Import and Backup → Backup…, `bookmarks-YYYY-MM-DD.json`):
 * a tree of `{ guid, title, type: "text/x-moz-place-container", root?, children[] }` folders and
 * `{ type: "text/x-moz-place", title, uri, dateAdded (microseconds), tags?: "a,b", annos?: [ { name:
 * "bookmarkProperties/description", value } ] }` bookmarks. Folder names become tags, apart from the
 * browser's own roots (menu, toolbar, "Other/Unsorted Bookmarks", mobile, tags).
 */
import { decodeText, ImportFormatError, parseJson, type ImportRow, type InvalidRow, type ParsedImport } from './types';
import { bookmarkUrlProblem, pushRecord } from './rows';

const LABEL = 'Firefox bookmark backup';
const CONTAINER = 'text/x-moz-place-container';
const PLACE = 'text/x-moz-place';
/** The trees Firefox owns: their names are not the reader's tags; its tag folders are not bookmarks. */
const ROOT_GUIDS = new Set(['root________', 'menu________', 'toolbar_____', 'unfiled_____', 'mobile______', 'tags________']);

export function looksLikeFirefoxJson(doc: unknown): boolean {
  const d = doc as { type?: unknown; children?: unknown } | null;
  return !!d && typeof d === 'object' && d.type === CONTAINER && Array.isArray(d.children);
}

export function parseFirefoxJson(bytes: Uint8Array): ParsedImport {
  return parseFirefoxDocument(parseJson(decodeText(bytes, LABEL), LABEL));
}

interface Node {
  guid?: unknown;
  title?: unknown;
  type?: unknown;
  root?: unknown;
  uri?: unknown;
  dateAdded?: unknown;
  tags?: unknown;
  annos?: unknown;
  children?: unknown;
}

function description(node: Node): string | null {
  if (!Array.isArray(node.annos)) return null;
  const anno = (node.annos as Array<{ name?: unknown; value?: unknown }>).find((a) => a?.name === 'bookmarkProperties/description');
  return typeof anno?.value === 'string' && anno.value.trim() ? anno.value.trim() : null;
}

export function parseFirefoxDocument(doc: unknown): ParsedImport {
  if (!looksLikeFirefoxJson(doc)) throw new ImportFormatError('This JSON file is not a Firefox bookmark backup.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  let row = 0;
  // Iterative, so a deeply nested file cannot overflow the stack.
  const stack: Array<{ node: Node; folders: string[] }> = [{ node: doc as Node, folders: [] }];
  while (stack.length) {
    const { node, folders } = stack.pop()!;
    if (node.type === CONTAINER) {
      if (node.root === 'tagsFolder' || node.guid === 'tags________') continue;
      const own = typeof node.title === 'string' && node.title.trim() && !ROOT_GUIDS.has(String(node.guid)) && !node.root ? [...folders, node.title.trim()] : folders;
      const children = Array.isArray(node.children) ? (node.children as Node[]) : [];
      for (let i = children.length - 1; i >= 0; i--) if (children[i] && typeof children[i] === 'object') stack.push({ node: children[i]!, folders: own });
      continue;
    }
    if (node.type !== PLACE) continue; // separators
    row++;
    if (typeof node.uri === 'string' && /^place:/i.test(node.uri)) {
      invalid.push({ row, reason: 'a saved search of the browser (place:), not a web page' });
      continue;
    }
    pushRecord(
      { rows, invalid },
      row,
      node.uri,
      { value: node.dateAdded, label: 'dateAdded' },
      () => ({ title: node.title, excerpt: description(node), tags: [...(typeof node.tags === 'string' ? node.tags.split(',') : []), ...folders], source: 'bookmarks' }),
      bookmarkUrlProblem,
    );
  }
  if (row === 0 && invalid.length === 0) throw new ImportFormatError('This Firefox bookmark backup holds no bookmarks.');
  return { format: 'firefox-json', label: LABEL, unit: 'bookmark', rows, invalid };
}
