/**
 * Importing: parse a file (see formats/), plan (counts of new, already saved and invalid rows,
 * with reasons: nothing written yet), then, once the reader confirms, write every new article in
 * one transaction with progress. Pure apart from the database handle, so a benchmark can call it.
 */
import { t } from '@/lib/i18n/i18n';
import { buildArticle, insertArticles, isQuotaError, newArticleId, savedCanonicalUrls, type StoredArticle } from './articles-repo';
import type { BackstoryDb } from './schema';
import { entityKeys } from '../reading-list/entities';
import { sanitizeArticleHtml, textOfHtml } from '../reading-list/sanitize';
import { sniffAndParse } from '../reading-list/formats';
import { checkFileSize } from '../reading-list/formats/limits';
import type { InvalidRow, ParsedImport, RowUnit } from '../reading-list/formats/types';
import type { EntityCount } from '../reading-list/types';

export interface ImportPlan {
  format: ParsedImport['format'];
  label: string;
  /** What the invalid rows' numbers count (lines, entries, bookmarks). */
  unit: RowUnit;
  /** Articles that will be added. */
  fresh: StoredArticle[];
  /** Rows whose article is already in the reading list (they are left as they are). */
  alreadySaved: number;
  /** Rows repeating an earlier row of the same file. */
  repeated: number;
  invalid: InvalidRow[];
  /** Rows read from the file in all. */
  rows: number;
  /** Ids of articles restored exactly from a Backstory export: kept as they were, names included. */
  exact: Set<string>;
}

/** Turns parsed rows into the articles to add. Writes nothing. */
export async function planImport(db: BackstoryDb, parsed: ParsedImport, now = Date.now()): Promise<ImportPlan> {
  const invalid = [...parsed.invalid];
  const built: StoredArticle[] = [];
  const seen = new Set<string>();
  const seenIds = new Set<string>();
  let repeated = 0;
  const exact = new Set<string>();
  for (const row of parsed.rows) {
    let item: StoredArticle;
    try {
      let draft = row.draft;
      // Imported HTML (Omnivore, Wallabag) is sanitised before it is stored, and gives the text that is indexed.
      if (!row.exact && draft.html) {
        const html = sanitizeArticleHtml(draft.html);
        draft = { ...draft, html, text: draft.text || textOfHtml(html) };
      }
      item = row.exact ?? buildArticle(draft, newArticleId(draft.savedAt ?? now), now);
    } catch (error) {
      invalid.push({ row: row.row, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (seen.has(item.article.canonicalUrl) || seenIds.has(item.article.id)) {
      repeated++;
      continue;
    }
    seen.add(item.article.canonicalUrl);
    seenIds.add(item.article.id);
    if (row.exact) exact.add(item.article.id);
    built.push(item);
  }
  const saved = await savedCanonicalUrls(db, [...seen]);
  const takenIds = new Set((await db.articles.bulkGet(built.filter((b) => b.article.id).map((b) => b.article.id))).filter(Boolean).map((a) => a!.id));
  const fresh = built.filter((b) => !saved.has(b.article.canonicalUrl) && !takenIds.has(b.article.id));
  invalid.sort((a, b) => a.row - b.row);
  return { format: parsed.format, label: parsed.label, unit: parsed.unit, fresh, alreadySaved: built.length - fresh.length, repeated, invalid, rows: parsed.rows.length + parsed.invalid.length, exact };
}

/**
 * Reads a file's bytes (format detected from its content, every import limit applied) and plans its
 * import. Writes nothing; a file over a limit or in no known format throws `ImportFormatError`.
 */
export async function readImportFile(db: BackstoryDb, name: string, bytes: Uint8Array): Promise<ImportPlan> {
  checkFileSize(name, bytes.length);
  return planImport(db, sniffAndParse(name, bytes));
}

export interface CommitOptions {
  /** Finds the entities an article's text mentions (imported content gets the same index as a save). */
  findEntities?: (text: string, url: string) => Promise<EntityCount[]>;
  onProgress?: (phase: 'names' | 'writing', done: number, total: number) => void;
}

/** A failed import, with a message for the reader. Nothing was written. */
export class ImportWriteError extends Error {
  override name = 'ImportWriteError';
}

/**
 * Writes a plan's new articles: first the entities of those with text (no writes yet), then all
 * of them in one transaction. A full disk, or any other failure, leaves the database as it was.
 */
export async function commitImport(db: BackstoryDb, plan: ImportPlan, options: CommitOptions = {}): Promise<number> {
  const items = plan.fresh;
  if (options.findEntities) {
    const withText = items.filter((i) => i.body.text && !plan.exact.has(i.article.id));
    let done = 0;
    for (const item of withText) {
      const mentions = await options.findEntities(item.body.text, item.article.url);
      item.article.mentions = mentions;
      item.article.entities = entityKeys(mentions);
      options.onProgress?.('names', ++done, withText.length);
    }
  }
  try {
    return await insertArticles(db, items, (done, total) => options.onProgress?.('writing', done, total));
  } catch (error) {
    if (isQuotaError(error)) {
      throw new ImportWriteError(t('library.io.full'));
    }
    throw new ImportWriteError(t('library.io.writeFailed', [error instanceof Error ? error.message : String(error)]));
  }
}
