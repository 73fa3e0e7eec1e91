/**
 * The stores as pages use them. UI code (components/, entrypoints/) never opens the database or
 * announces a change itself (`npm run lint:deps` forbids it): it calls these named reads and writes,
 * bound to the shared database (or to the one a test passes in), and every glossary write announces
 * itself (lib/db/glossary-repo.ts), so no page can forget to.
 */
import { deleteEverything, buildBackup, restoreBackup } from '../settings/backup';
import { exportBookmarksHtml, exportJson, exportMarkdownZip } from './articles-export';
import { commitImport, readImportFile } from './articles-import';
import { reindexEntities } from './articles-reindex';
import * as articles from './articles-repo';
import { searchArticles } from './articles-search';
import { watchIndexing } from './articles-search-index';
import * as glossary from './glossary-repo';
import { getDb, type BackstoryDb } from './schema';
import { loadPersonTimelineByName } from './articles-timeline';
import { loadTimeline } from './timeline';

type DbFunction = (db: BackstoryDb, ...args: never[]) => unknown;
/** A store function with its database already given. */
type Bound<F> = F extends (db: BackstoryDb, ...args: infer A) => infer R ? (...args: A) => R : never;
type BoundAll<T extends Record<string, DbFunction>> = { [K in keyof T]: Bound<T[K]> };

function bind<T extends Record<string, DbFunction>>(db: BackstoryDb, fns: T): BoundAll<T> {
  return Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name, (...args: never[]) => fn(db, ...args)])) as BoundAll<T>;
}

function makeStores(db: BackstoryDb) {
  return {
    /** The glossary: the reader's entries, overlays on pack entries, packs, imports and exports. */
    glossary: bind(db, {
      list: glossary.listGlossary,
      rows: glossary.glossaryRows,
      detail: glossary.getEntryDetail,
      withRelated: glossary.entriesWithRelated,
      knownNames: glossary.knownNames,
      packs: glossary.listPacks,
      countLookedUp: glossary.countLookedUp,
      timeline: loadTimeline,
      personTimeline: loadPersonTimelineByName,
      add: glossary.addUserEntry,
      saveOwn: glossary.saveOwnEntry,
      saveEdit: glossary.saveEdit,
      replaceEdit: glossary.replaceEdit,
      setDisabled: glossary.setEntryDisabled,
      delete: glossary.deleteEntries,
      restore: glossary.restoreEntries,
      resetEdits: glossary.resetEdits,
      planImport: glossary.planImport,
      import: glossary.importGlossary,
      export: glossary.exportGlossary,
    }),
    /** The reading list: articles, search, import, export. */
    articles: bind(db, {
      get: articles.getArticle,
      findSaved: articles.findSaved,
      mentioning: articles.savedArticlesMentioning,
      count: articles.countArticles,
      facets: articles.articleFacets,
      texts: articles.articleTexts,
      search: searchArticles,
      watchIndexing,
      setState: articles.setState,
      setFavourite: articles.setFavourite,
      setTags: articles.setTags,
      addTags: articles.addTags,
      setProgress: articles.setProgress,
      setContent: articles.setContent,
      delete: articles.deleteArticles,
      restore: articles.restoreArticles,
      reindexEntities,
      readImportFile,
      commitImport,
      exportJson,
      exportBookmarksHtml,
      exportMarkdownZip,
    }),
    /** Everything at once: the backup file, restoring it, deleting everything. */
    backup: bind(db, { build: buildBackup, restore: restoreBackup, deleteEverything }),
  };
}

export type Stores = ReturnType<typeof makeStores>;

const bound = new WeakMap<BackstoryDb, Stores>();

/**
 * The stores over `db` (a test's database), or over the extension's database. The same object for
 * the same database, so it can be a hook's dependency.
 */
export function stores(db: BackstoryDb = getDb()): Stores {
  let s = bound.get(db);
  if (!s) bound.set(db, (s = makeStores(db)));
  return s;
}
