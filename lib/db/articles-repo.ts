/**
 * Reads and writes of the reading list. Every write that touches an article touches its body and
 * terms in the same transaction, so an article never exists without them or the other way round,
 * and logs the article's id in `articleChanges` (also in that transaction) so search indexes in
 * memory (lib/db/articles-search-index.ts) see every change.
 */
import Dexie from 'dexie';
import { canonicalizeUrl, siteKeysOf, siteOf } from '../reading-list/canonical-url';
import { entityKeys } from '../reading-list/entities';
import { normaliseTags, readingTime, termsOf, titleSortKey, wordCount } from '../reading-list/text';
import type { ArticleBody, ArticleDraft, ArticleState, ArticleTerms, SavedArticle, StoredArticle } from '../reading-list/types';
import type { BackstoryDb } from './schema';

export type { StoredArticle } from '../reading-list/types';

export interface SaveOutcome {
  /** "created" for a new article, "updated" when the same article (canonical URL) was saved before. */
  outcome: 'created' | 'updated';
  article: SavedArticle;
}

/** A draft that cannot be stored (not an http(s) URL). */
export class InvalidArticleError extends Error {
  override name = 'InvalidArticleError';
}

/** Ids start with the saved time in base 36, padded: sorting ids sorts by date saved. */
const TIME_ID = /^[0-9a-z]{9}-[0-9a-f]{12}$/;

/**
 * A new id for an article saved at `savedAt`: the time (base 36, nine digits) then 48 random bits.
 * Ids in id order are in saved order, so the default sort of a search needs no index read.
 */
export function newArticleId(savedAt = Date.now()): string {
  const time = Math.max(0, Math.floor(savedAt)).toString(36).padStart(9, '0').slice(-9);
  return `${time}-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** Whether an id was made by `newArticleId` (restored exports may carry other ids). */
export function isTimeOrderedId(id: string): boolean {
  return TIME_ID.test(id);
}

/** The change log keeps about this many latest entries (each one write); an index further behind rebuilds. */
export const CHANGE_LOG_KEEP = 20_000;
/** The log is trimmed when its sequence number reaches a multiple of this. */
const CHANGE_LOG_TRIM_EVERY = 1000;

/** The compact terms row of a body. */
export const termsRow = (body: ArticleBody): ArticleTerms => ({ id: body.id, terms: body.terms.join(' ') });

/** Tables every article write touches (one transaction). */
const writeTables = (db: BackstoryDb) => [db.articles, db.articleBodies, db.articleTerms, db.articleChanges];

/**
 * Logs changed article ids, in one entry however many there are (an import of 10,000 articles
 * would otherwise add 10,000 rows to its transaction); call inside the write's transaction. Trims
 * old entries now and then.
 */
export async function logChanges(db: BackstoryDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const last = (await db.articleChanges.add(ids.length === 1 ? { id: ids[0]! } : { id: ids[0]!, ids: [...ids] })) as number;
  if (last % CHANGE_LOG_TRIM_EVERY === 0) {
    await db.articleChanges.where(':id').below(last - CHANGE_LOG_KEEP).delete();
  }
}

/** Writes articles with their bodies and terms, and logs them. Inside a transaction over `writeTables`. */
async function putStored(db: BackstoryDb, items: readonly StoredArticle[], mode: 'add' | 'put'): Promise<void> {
  if (items.length === 0) return;
  // Issued together: IndexedDB runs them in order within the transaction without a round trip each.
  await Promise.all([
    mode === 'add' ? db.articles.bulkAdd(items.map((i) => i.article)) : db.articles.bulkPut(items.map((i) => i.article)),
    mode === 'add' ? db.articleBodies.bulkAdd(items.map((i) => i.body)) : db.articleBodies.bulkPut(items.map((i) => i.body)),
    db.articleTerms.bulkPut(items.map((i) => termsRow(i.body))),
    logChanges(db, items.map((i) => i.article.id)),
  ]);
}

const clampProgress = (p: number | undefined) => (typeof p === 'number' && Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0);

/**
 * Builds the rows of an article from a draft: canonical URL, site, counts, index keys and terms
 * are derived here and nowhere else. Pure apart from the clock and id passed in.
 */
export function buildArticle(draft: ArticleDraft, id: string, now: number): StoredArticle {
  const canonicalUrl = canonicalizeUrl(draft.url, draft.canonicalHint);
  if (!canonicalUrl) throw new InvalidArticleError(`Not a web address: ${String(draft.url).slice(0, 200)}`);
  const text = draft.text ?? '';
  const html = draft.html ?? '';
  const title = draft.title.replace(/\s+/g, ' ').trim() || canonicalUrl;
  const site = siteOf(draft.url) || siteOf(canonicalUrl);
  const mentions = draft.mentions ?? [];
  const article: SavedArticle = {
    id,
    url: draft.url,
    canonicalUrl,
    title,
    titleSort: titleSortKey(title),
    byline: draft.byline ?? null,
    siteName: draft.siteName ?? null,
    site,
    siteKeys: siteKeysOf(site),
    excerpt: draft.excerpt ?? null,
    lang: draft.lang ?? null,
    dir: draft.dir ?? null,
    publishedAt: typeof draft.publishedAt === 'number' && Number.isFinite(draft.publishedAt) ? draft.publishedAt : null,
    savedAt: draft.savedAt ?? now,
    updatedAt: now,
    wordCount: wordCount(text),
    readingTime: readingTime(text, draft.lang),
    tags: normaliseTags(draft.tags ?? []),
    state: draft.state ?? 'unread',
    favourite: draft.favourite ? 1 : 0,
    progress: clampProgress(draft.progress),
    downloaded: html.trim().length > 0 || text.trim().length > 0,
    entities: entityKeys(mentions),
    mentions,
    source: draft.source ?? 'web',
  };
  // Set after the literal, not spread into it: a spread in the middle of an object literal builds
  // every article on V8's slow path (the properties after it are added one by one), notes or not.
  if (draft.notes) article.notes = draft.notes;
  return { article, body: { id, html, text, terms: termsOf(title, text) } };
}

/**
 * Saves an article from a page. Saving the same article again (same canonical URL) updates its
 * content and metadata in place and keeps the reader's own data: id, saved date, tags, state,
 * favourite and progress. Never creates a duplicate: the lookup and the write share one transaction
 * and `canonicalUrl` is a unique index.
 */
export async function saveArticle(db: BackstoryDb, draft: ArticleDraft, now = Date.now()): Promise<SaveOutcome> {
  return db.transaction('rw', writeTables(db), async () => {
    const fresh = buildArticle(draft, newArticleId(draft.savedAt ?? now), now);
    const existing = await db.articles.where('canonicalUrl').equals(fresh.article.canonicalUrl).first();
    if (!existing) {
      await db.articles.add(fresh.article);
      await db.articleBodies.put(fresh.body);
      await db.articleTerms.put(termsRow(fresh.body));
      await logChanges(db, [fresh.article.id]);
      return { outcome: 'created' as const, article: fresh.article };
    }
    const merged = buildArticle(
      {
        ...draft,
        savedAt: existing.savedAt,
        tags: [...existing.tags, ...(draft.tags ?? [])],
        state: existing.state,
        favourite: existing.favourite === 1,
        progress: existing.progress,
        source: existing.source,
        notes: draft.notes ?? existing.notes ?? null,
      },
      existing.id,
      now,
    );
    await putStored(db, [merged], 'put');
    return { outcome: 'updated' as const, article: merged.article };
  });
}

/** The saved article whose canonical URL this page has, if any. */
export async function findSaved(db: BackstoryDb, url: string, canonicalHint?: string | null): Promise<SavedArticle | undefined> {
  const key = canonicalizeUrl(url, canonicalHint);
  if (!key) return undefined;
  return db.articles.where('canonicalUrl').equals(key).first();
}

/** Saved articles that mention an entry, newest first, leaving out the article on screen. */
export async function savedArticlesMentioning(db: BackstoryDb, entryId: string, currentUrl?: string, canonicalUrl?: string | null): Promise<SavedArticle[]> {
  const current = currentUrl ? canonicalizeUrl(currentUrl, canonicalUrl) : null;
  const rows = await db.articles.where('entities').equals(entryId).toArray();
  return rows.filter((a) => a.canonicalUrl !== current).sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * How many articles are saved, and how many are in `state` (null for all). Counted from the
 * database's own index, not the search index: right at once after a large import.
 */
export async function countArticles(db: BackstoryDb, state: ArticleState | 'all'): Promise<{ all: number; shown: number | null }> {
  return { all: await db.articles.count(), shown: state === 'all' ? null : await db.articles.where('state').equals(state).count() };
}

/** Every tag and site in the reading list (for the filter menus), and the number of articles. */
export async function articleFacets(db: BackstoryDb): Promise<{ tags: string[]; sites: string[]; total: number }> {
  return {
    tags: (await db.articles.orderBy('tags').uniqueKeys()) as string[],
    sites: (await db.articles.orderBy('site').uniqueKeys()) as string[],
    total: await db.articles.count(),
  };
}

/** The plain texts of these articles (for search snippets), in order; undefined where there is none. */
export async function articleTexts(db: BackstoryDb, ids: readonly string[]): Promise<Array<string | undefined>> {
  return (await db.articleBodies.bulkGet([...ids])).map((b) => b?.text);
}

export async function getArticle(db: BackstoryDb, id: string): Promise<StoredArticle | undefined> {
  return db.transaction('r', db.articles, db.articleBodies, async () => {
    const [article, body] = await Promise.all([db.articles.get(id), db.articleBodies.get(id)]);
    return article ? { article, body: body ?? { id, html: '', text: '', terms: [] } } : undefined;
  });
}

/** Sets the state of several articles at once. */
export async function setState(db: BackstoryDb, ids: readonly string[], state: ArticleState): Promise<void> {
  await modifyLogged(db, ids, (a) => {
    a.state = state;
  });
}

export async function setFavourite(db: BackstoryDb, ids: readonly string[], favourite: boolean): Promise<void> {
  await modifyLogged(db, ids, (a) => {
    a.favourite = favourite ? 1 : 0;
  });
}

/** Replaces an article's tags. */
export async function setTags(db: BackstoryDb, id: string, tags: readonly string[]): Promise<void> {
  await modifyLogged(db, [id], (a) => {
    a.tags = normaliseTags(tags);
  });
}

/** Adds tags to several articles. */
export async function addTags(db: BackstoryDb, ids: readonly string[], tags: readonly string[]): Promise<void> {
  const add = normaliseTags(tags);
  await modifyLogged(db, ids, (a) => {
    a.tags = normaliseTags([...a.tags, ...add]);
  });
}

/** Changes some articles' rows (stamping `updatedAt`) and logs them, in one transaction. */
async function modifyLogged(db: BackstoryDb, ids: readonly string[], change: (a: SavedArticle) => void): Promise<void> {
  await db.transaction('rw', db.articles, db.articleChanges, async () => {
    const changed: string[] = [];
    await db.articles.where('id').anyOf([...ids]).modify((a) => {
      change(a);
      a.updatedAt = Date.now();
      changed.push(a.id);
    });
    await logChanges(db, changed);
  });
}

/** Records reading progress (0..1). Does not touch `updatedAt`: reading is not editing. */
export async function setProgress(db: BackstoryDb, id: string, progress: number): Promise<void> {
  await db.articles.update(id, { progress: clampProgress(progress) });
}

/** Deletes articles with their bodies; returns what was deleted so it can be restored (undo). */
export async function deleteArticles(db: BackstoryDb, ids: readonly string[]): Promise<StoredArticle[]> {
  return db.transaction('rw', writeTables(db), async () => {
    const [articles, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.articleBodies.bulkGet([...ids])]);
    const removed: StoredArticle[] = [];
    articles.forEach((article, i) => {
      if (article) removed.push({ article, body: bodies[i] ?? { id: article.id, html: '', text: '', terms: [] } });
    });
    await db.articles.bulkDelete([...ids]);
    await db.articleBodies.bulkDelete([...ids]);
    await db.articleTerms.bulkDelete([...ids]);
    await logChanges(db, removed.map((r) => r.article.id));
    return removed;
  });
}

/**
 * Deletes every article (a backup replacing the reading list): the same tables and change log as
 * `deleteArticles`, without reading every article and body back for an undo nobody will ask for.
 */
export async function clearArticles(db: BackstoryDb): Promise<void> {
  await db.transaction('rw', writeTables(db), async () => {
    const ids = (await db.articles.toCollection().primaryKeys()) as string[];
    await Promise.all([db.articles.clear(), db.articleBodies.clear(), db.articleTerms.clear()]);
    await logChanges(db, ids);
  });
}

/**
 * Puts deleted articles back exactly as they were (undo). An article saved again meanwhile under
 * the same canonical URL wins: the restored copy is skipped rather than duplicated.
 */
export async function restoreArticles(db: BackstoryDb, items: readonly StoredArticle[]): Promise<number> {
  return db.transaction('rw', writeTables(db), async () => {
    const taken = new Set(
      (await db.articles.where('canonicalUrl').anyOf(items.map((i) => i.article.canonicalUrl)).toArray()).map((a) => a.canonicalUrl),
    );
    const back = items.filter((i) => !taken.has(i.article.canonicalUrl));
    await putStored(db, back, 'put');
    return back.length;
  });
}

/** Every canonical URL among `keys` that is already saved. Answered from the unique index. */
export async function savedCanonicalUrls(db: BackstoryDb, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (keys.length === 0) return found;
  await db.articles
    .where('canonicalUrl')
    .anyOf([...keys])
    .eachKey((key) => {
      found.add(String(key));
    });
  return found;
}

/**
 * Writes many articles in one transaction, in chunks so a progress bar can follow. Either all
 * are written or none: any failure (a full disk included) aborts the whole transaction.
 */
export async function insertArticles(
  db: BackstoryDb,
  items: readonly StoredArticle[],
  onProgress?: (done: number, total: number) => void,
  chunkSize = 500,
): Promise<number> {
  await db.transaction('rw', writeTables(db), async () => {
    for (let i = 0; i < items.length; i += chunkSize) {
      const chunk = items.slice(i, i + chunkSize);
      await putStored(db, chunk, 'add');
      onProgress?.(Math.min(items.length, i + chunk.length), items.length);
    }
  });
  return items.length;
}

/** Replaces an article's content (a "not downloaded" item fetched later), keeping the reader's data. */
export async function setContent(
  db: BackstoryDb,
  id: string,
  content: Pick<ArticleDraft, 'html' | 'text' | 'byline' | 'excerpt' | 'lang' | 'dir' | 'siteName' | 'publishedAt' | 'mentions'> & { title?: string },
): Promise<SavedArticle> {
  return db.transaction('rw', writeTables(db), async () => {
    const existing = await db.articles.get(id);
    if (!existing) throw new Error('This article is no longer in the reading list');
    const rebuilt = buildArticle(
      {
        url: existing.url,
        canonicalHint: existing.canonicalUrl,
        title: content.title || existing.title,
        byline: content.byline ?? existing.byline,
        siteName: content.siteName ?? existing.siteName,
        excerpt: content.excerpt ?? existing.excerpt,
        lang: content.lang ?? existing.lang,
        dir: content.dir ?? existing.dir,
        publishedAt: content.publishedAt ?? existing.publishedAt,
        savedAt: existing.savedAt,
        html: content.html,
        text: content.text,
        tags: existing.tags,
        state: existing.state,
        favourite: existing.favourite === 1,
        progress: existing.progress,
        mentions: content.mentions ?? existing.mentions,
        source: existing.source,
      },
      existing.id,
      Date.now(),
    );
    // The stored key stays the key the reader knows this item by.
    rebuilt.article.canonicalUrl = existing.canonicalUrl;
    await putStored(db, [rebuilt], 'put');
    return rebuilt.article;
  });
}

/** True for IndexedDB's "the disk (or the browser's quota) is full" failure, however Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
