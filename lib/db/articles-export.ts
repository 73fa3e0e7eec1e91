/**
 * Exports: lossless JSON (see formats/backstory-json.ts), Netscape bookmark HTML (importable by
 * every browser and read-it-later service), and a zip of Markdown files with YAML front matter.
 * Pure apart from the database handle, so a benchmark can call them on any corpus.
 */
import { strToU8, zipSync } from 'fflate';
import TurndownService from 'turndown';
import type { BackstoryDb } from './schema';
import { toBackstoryJson } from '../reading-list/formats/backstory-json';
import { isDisplayableMs, safeIso } from '../reading-list/formats/dates';
import { sanitizeArticleHtml } from '../reading-list/sanitize';
import type { StoredArticle } from '../reading-list/types';

/** Every article with its body, oldest saved first. */
export async function loadAll(db: BackstoryDb): Promise<StoredArticle[]> {
  return db.transaction('r', db.articles, db.articleBodies, async () => {
    const articles = await db.articles.orderBy('savedAt').toArray();
    const bodies = await db.articleBodies.bulkGet(articles.map((a) => a.id));
    return articles.map((article, i) => ({ article, body: bodies[i] ?? { id: article.id, html: '', text: '', terms: [] } }));
  });
}

export async function exportJson(db: BackstoryDb, now = new Date()): Promise<string> {
  return toBackstoryJson(await loadAll(db), now);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Netscape bookmark file: one folder per state, tags in TAGS, dates in seconds. */
export function toBookmarksHtml(items: readonly StoredArticle[]): string {
  const entry = ({ article: a }: StoredArticle) => {
    const seconds = (ms: number) => (isDisplayableMs(ms) ? String(Math.floor(ms / 1000)) : '');
    const attrs = [`HREF="${escapeHtml(a.url)}"`, `ADD_DATE="${seconds(a.savedAt)}"`, `LAST_MODIFIED="${seconds(a.updatedAt)}"`];
    if (a.tags.length) attrs.push(`TAGS="${escapeHtml(a.tags.join(','))}"`);
    const dd = a.excerpt ? `\n        <DD>${escapeHtml(a.excerpt)}` : '';
    return `        <DT><A ${attrs.join(' ')}>${escapeHtml(a.title)}</A>${dd}`;
  };
  const folder = (name: string, list: readonly StoredArticle[]) =>
    list.length === 0 ? '' : `    <DT><H3>${escapeHtml(name)}</H3>\n    <DL><p>\n${list.map(entry).join('\n')}\n    </DL><p>\n`;
  const unread = items.filter((i) => i.article.state === 'unread');
  const archived = items.filter((i) => i.article.state === 'archived');
  return [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Backstory reading list</H1>',
    '<DL><p>',
    folder('Reading list', unread) + folder('Reading list archive', archived) + '</DL><p>',
    '',
  ].join('\n');
}

export async function exportBookmarksHtml(db: BackstoryDb): Promise<string> {
  return toBookmarksHtml(await loadAll(db));
}

/** A YAML scalar: always double-quoted, so no value can change the front matter's structure. */
function yaml(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  return JSON.stringify(value);
}

/** A stored date as ISO text; null for none, and for one that is no date (never throws). */
const iso = (ms: number | null) => safeIso(ms);

/** One article as Markdown with front matter. Needs a DOM (Turndown parses the HTML). */
export function toMarkdown(item: StoredArticle, turndown = markdownConverter()): string {
  const a = item.article;
  const lines = [
    '---',
    `title: ${yaml(a.title)}`,
    `url: ${yaml(a.url)}`,
    `canonical_url: ${yaml(a.canonicalUrl)}`,
    `site: ${yaml(a.siteName ?? a.site)}`,
    `byline: ${yaml(a.byline)}`,
    `published: ${yaml(iso(a.publishedAt))}`,
    `saved: ${yaml(iso(a.savedAt))}`,
    `state: ${yaml(a.state)}`,
    `favourite: ${a.favourite === 1}`,
    `reading_time_minutes: ${a.readingTime}`,
    `progress: ${a.progress}`,
    `tags: [${a.tags.map(yaml).join(', ')}]`,
    `entities: [${a.mentions.map((m) => yaml(m.name)).join(', ')}]`,
    `downloaded: ${a.downloaded}`,
    '---',
    '',
    `# ${a.title.replace(/\n/g, ' ')}`,
    '',
  ];
  const body = item.body.html ? turndown.turndown(sanitizeArticleHtml(item.body.html)) : item.body.text || (a.excerpt ?? '');
  // The reader's notes and highlights, as the plain text they are ("> " quotes are Markdown quotes).
  const notes = a.notes ? `\n\n## Notes\n\n${a.notes.trim()}` : '';
  return `${lines.join('\n')}${body.trim()}${notes}\n`;
}

export function markdownConverter(): TurndownService {
  return new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
}

/** A file name from a title: lower case, dashes, at most 80 characters, unique within the zip. */
export function slugify(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'article';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

export function toMarkdownZip(items: readonly StoredArticle[]): Uint8Array {
  const turndown = markdownConverter();
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const item of items) {
    const date = safeIso(item.article.savedAt)?.slice(0, 10) ?? 'undated';
    files[`backstory-reading-list/${date}-${slugify(item.article.title, taken)}.md`] = strToU8(toMarkdown(item, turndown));
  }
  return zipSync(files, { level: 6 });
}

export async function exportMarkdownZip(db: BackstoryDb): Promise<Uint8Array> {
  return toMarkdownZip(await loadAll(db));
}
