/**
 * The browser side of the reading-list benchmark: bundled by scripts/bench-reading-list.ts and run
 * in a plain page of real Chromium and Firefox, so every figure comes from the browser's own
 * IndexedDB through the same code the extension ships (repository, search, importer, exports).
 * Never part of an extension build.
 */
import { Readability } from '@mozilla/readability';
import { buildArticle, insertArticles, newArticleId, saveArticle, type StoredArticle } from '../../lib/db/articles-repo';
import { BackstoryDb } from '../../lib/db/schema';
import { exportBookmarksHtml, exportJson, exportMarkdownZip } from '../../lib/db/articles-export';
import { commitImport, readImportFile } from '../../lib/db/articles-import';
import { prepareArticleHtml, textOfHtml } from '../../lib/reading-list/sanitize';
import { searchArticles, type SortKey } from '../../lib/db/articles-search';
import { SearchIndex, searchIndexFor } from '../../lib/db/articles-search-index';
import type { ArticleDraft } from '../../lib/reading-list/types';
import { corpusDraft, pocketCsv, QUERY_MIX } from './corpus';

/** Articles generated and written per transaction while filling a corpus. */
const FILL_BATCH = 1000;
const SEED = 20_240_101;

let db: BackstoryDb | null = null;

async function freshDb(name: string): Promise<BackstoryDb> {
  db?.close();
  await BackstoryDb.delete(name);
  db = new BackstoryDb(name);
  await db.open();
  return db;
}

/** The seed page's article as a save would store it (Readability, sanitised HTML, its text). */
async function seedDraft(): Promise<ArticleDraft> {
  const html = await (await fetch('/seed.html')).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = `${location.origin}/seed.html`;
  doc.head.append(base);
  const parsed = new Readability(doc).parse()!;
  const container = document.createElement('div');
  container.innerHTML = parsed.content ?? '';
  const clean = prepareArticleHtml(container, base.href);
  return { url: 'https://apnews.example/article/kim-putin-seed', title: parsed.title ?? '', byline: parsed.byline, excerpt: parsed.excerpt, html: clean, text: textOfHtml(clean), lang: 'en' };
}

const time = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

const api = {
  /** Fills a fresh database with `n` generated articles; returns the time taken (ms). */
  async fill(n: number): Promise<number> {
    const d = await freshDb(`rl-bench-${n}`);
    const t0 = performance.now();
    for (let i = 0; i < n; i += FILL_BATCH) {
      const items: StoredArticle[] = [];
      for (let j = i; j < Math.min(n, i + FILL_BATCH); j++) {
        const draft = corpusDraft(SEED, j);
        items.push(buildArticle(draft, newArticleId(draft.savedAt), draft.savedAt!));
      }
      await insertArticles(d, items);
    }
    return performance.now() - t0;
  },

  /** Runs the query mix `rounds` times (queries alternating), first page of 50 as the list shows; ms per query. */
  async search(rounds: number): Promise<{ build: number; fromSnapshot: number; rows: Array<{ q: string; sort: SortKey; ms: number[]; total: number }> }> {
    // The first search of a page builds its index in memory (from every row when no page saved a
    // snapshot yet, else from the snapshot): each measured on its own.
    await db!.searchSnapshots.clear();
    const build = await time(() => searchIndexFor(db!));
    await (await searchIndexFor(db!)).saveSnapshot();
    const fromSnapshot = await time(() => new SearchIndex(db!).refresh());
    const out = QUERY_MIX.map((m) => ({ q: m.q, sort: m.sort ?? ('savedAt' as SortKey), ms: [] as number[], total: 0 }));
    for (let r = 0; r < rounds; r++) {
      for (const row of out) {
        let total = 0;
        row.ms.push(
          await time(async () => {
            total = (await searchArticles(db!, { query: row.q, sort: row.sort, limit: 50 })).total;
          }),
        );
        row.total = total;
      }
    }
    return { build, fromSnapshot, rows: out };
  },

  /** Saves the seed article into the current database `runs` times: the first creates, the rest update. */
  async save(runs: number): Promise<{ created: number; updated: number[] }> {
    const draft = await seedDraft();
    const created = await time(() => saveArticle(db!, draft));
    const updated: number[] = [];
    for (let i = 1; i < runs; i++) updated.push(await time(() => saveArticle(db!, draft)));
    return { created, updated };
  },

  /** Imports a generated Pocket CSV of `n` rows into a fresh database, through the real importer. */
  async importPocket(n: number): Promise<{ parsePlan: number; commit: number; added: number; bytes: number }> {
    const d = await freshDb(`rl-bench-import-${n}`);
    const bytes = new TextEncoder().encode(pocketCsv(SEED + 1, n));
    let plan: Awaited<ReturnType<typeof readImportFile>> | undefined;
    const parsePlan = await time(async () => {
      plan = await readImportFile(d, 'ril_export.csv', bytes);
    });
    let added = 0;
    const commit = await time(async () => {
      added = await commitImport(d, plan!);
    });
    return { parsePlan, commit, added, bytes: bytes.length };
  },

  /** Each export format of the current database: ms and output size. */
  async exports(): Promise<Record<string, { ms: number; bytes: number }>> {
    const out: Record<string, { ms: number; bytes: number }> = {};
    let size = 0;
    out.json = { ms: await time(async () => void (size = (await exportJson(db!)).length)), bytes: size };
    out.bookmarks = { ms: await time(async () => void (size = (await exportBookmarksHtml(db!)).length)), bytes: size };
    out.markdownZip = { ms: await time(async () => void (size = (await exportMarkdownZip(db!)).length)), bytes: size };
    return out;
  },

  /** Where the index build's time goes (development aid): each read, then the whole build. */
  async profileBuild(): Promise<Record<string, number>> {
    const d = db!;
    return {
      articlesRead: await time(() => d.articles.toArray()),
      termsRead: await time(() => d.articleTerms.toArray()),
      build: await time(() => new SearchIndex(d).refresh()),
    };
  },

  async drop(): Promise<void> {
    if (!db) return;
    const name = db.name;
    db.close();
    db = null;
    await BackstoryDb.delete(name);
  },
};

(globalThis as unknown as { rlBench: typeof api }).rlBench = api;
document.title = 'ready';
