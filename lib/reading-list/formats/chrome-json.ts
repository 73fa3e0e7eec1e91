/**
 * Chrome's (and Edge's, Brave's, Vivaldi's) own `Bookmarks` file, copied from the browser profile:
 *   { "checksum": "…", "roots": { "bookmark_bar": { type: "folder", name, children: [ … ] }, "other": …,
 *     "synced": … }, "version": 1 }
 * with `{ type: "url", name, url, date_added }` bookmarks, `date_added` a string of microseconds
 * since 1601. Folder names become tags, apart from the roots.
 */
import { chromeTimeToMs, isAbsent } from './dates';
import { decodeText, ImportFormatError, parseJson, type ImportRow, type InvalidRow, type ParsedImport } from './types';
import { bookmarkUrlProblem, pushRecord } from './rows';

const LABEL = 'Chrome Bookmarks file';

export function looksLikeChromeJson(doc: unknown): boolean {
  const d = doc as { roots?: unknown } | null;
  return !!d && typeof d === 'object' && !!d.roots && typeof d.roots === 'object' && !Array.isArray(d.roots) && Object.hasOwn(d, 'version');
}

export function parseChromeJson(bytes: Uint8Array): ParsedImport {
  return parseChromeDocument(parseJson(decodeText(bytes, LABEL), LABEL));
}

interface Node {
  type?: unknown;
  name?: unknown;
  url?: unknown;
  date_added?: unknown;
  children?: unknown;
}

export function parseChromeDocument(doc: unknown): ParsedImport {
  if (!looksLikeChromeJson(doc)) throw new ImportFormatError('This JSON file is not a Chrome Bookmarks file.');
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  let row = 0;
  const roots = Object.values((doc as { roots: Record<string, unknown> }).roots).filter((r): r is Node => !!r && typeof r === 'object');
  // Roots keep no name (they are the browser's); every folder below adds its name. Iterative: no stack overflow.
  const stack: Array<{ node: Node; folders: string[]; root: boolean }> = roots.reverse().map((node) => ({ node, folders: [], root: true }));
  while (stack.length) {
    const { node, folders, root } = stack.pop()!;
    if (node.type === 'folder' || (root && Array.isArray(node.children))) {
      const own = !root && typeof node.name === 'string' && node.name.trim() ? [...folders, node.name.trim()] : folders;
      const children = Array.isArray(node.children) ? (node.children as Node[]) : [];
      for (let i = children.length - 1; i >= 0; i--) if (children[i] && typeof children[i] === 'object') stack.push({ node: children[i]!, folders: own, root: false });
      continue;
    }
    if (node.type !== 'url') continue;
    row++;
    pushRecord(
      { rows, invalid },
      row,
      node.url,
      { value: node.date_added, label: 'date_added', toMs: chromeTimeToMs, absent: (v: unknown) => isAbsent(v) || v === '0' },
      () => ({ title: node.name, tags: folders, source: 'bookmarks' }),
      bookmarkUrlProblem,
    );
  }
  return { format: 'chrome-json', label: LABEL, unit: 'bookmark', rows, invalid };
}
