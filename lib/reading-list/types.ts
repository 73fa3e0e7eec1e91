/**
 * Reading-list types shared by every layer. This file imports nothing: the database schema, the
 * background, the pages and the import/export formats all build on it.
 */

/** unread: on the list; archived: read or put away. */
export type ArticleState = 'unread' | 'archived';

export const ARTICLE_STATES: readonly ArticleState[] = ['unread', 'archived'];

/** The kinds a glossary entry can have (mirrors `EntryKind`, kept here so this file imports nothing). */
export type MentionKind = 'person' | 'place' | 'organization' | 'topic' | 'event';

/** How often an article mentions one glossary entry. */
export interface EntityCount {
  id: string;
  kind: MentionKind;
  /** The entry's name when the article was saved (kept so the list can show it without the glossary). */
  name: string;
  count: number;
}

/**
 * One saved article: the metadata row. Its HTML, plain text and search terms live in `ArticleBody`
 * under the same id, so listing and sorting never read article bodies.
 */
export interface SavedArticle {
  id: string;
  /** The URL as it was saved (or imported). */
  url: string;
  /** The deduplication key: see `canonical-url.ts`. Unique. */
  canonicalUrl: string;
  title: string;
  /** Folded title, the sort key for "by title". */
  titleSort: string;
  byline: string | null;
  siteName: string | null;
  /** Host name without "www.", for display and the site filter. */
  site: string;
  /** `site` and its parent domains ("news.bbc.co.uk", "bbc.co.uk"): what `site:` looks up. */
  siteKeys: string[];
  excerpt: string | null;
  /**
   * The reader's notes and highlights brought by an import, as plain text (see formats/notes.ts);
   * absent when there are none. Not indexed: rows saved before it existed simply lack it.
   */
  notes?: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | 'auto' | null;
  /** Epoch milliseconds, or null when the page gave no date. */
  publishedAt: number | null;
  savedAt: number;
  updatedAt: number;
  wordCount: number;
  /** Minutes, at least 1 for an article with text, 0 for one without. */
  readingTime: number;
  /** Lower-case, trimmed, unique. */
  tags: string[];
  state: ArticleState;
  /** 0 or 1: IndexedDB cannot index booleans. */
  favourite: 0 | 1;
  /** How far the reader got, 0..1. */
  progress: number;
  /** False for items imported without content ("not downloaded"). */
  downloaded: boolean;
  /** Index keys for entity search: each entry id, and `kind:id`. */
  entities: string[];
  /** Per-entity mention counts, the source of `entities`. */
  mentions: EntityCount[];
  /** Where the item came from: "web" for a save, else the import format's id. */
  source: string;
}

/** The body of a saved article. */
export interface ArticleBody {
  id: string;
  /** Sanitised article HTML ("" when not downloaded). */
  html: string;
  /** The article's plain text, paragraphs separated by blank lines. */
  text: string;
  /** Folded unique words of title and text: the full-text index. */
  terms: string[];
}

/** An article's full-text terms (folded unique words of title and text), joined by single spaces. */
export interface ArticleTerms {
  id: string;
  terms: string;
}

/**
 * One entry of the change log: article `id` was added, changed or deleted (search indexes re-read
 * it). A write of several articles logs them in one entry: `ids` holds them all (`id` is the first).
 */
export interface ArticleChange {
  seq?: number;
  id: string;
  ids?: string[];
}

/**
 * What is known about an article before it is stored: from a save (the page) or an import (a file).
 * Derived fields (canonical URL, site, terms, counts) are computed from it by the repository.
 */
export interface ArticleDraft {
  url: string;
  /** The page's own canonical link or og:url, when it has one. */
  canonicalHint?: string | null;
  title: string;
  byline?: string | null;
  siteName?: string | null;
  excerpt?: string | null;
  /** Notes and highlights, plain text (imports). */
  notes?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | 'auto' | null;
  publishedAt?: number | null;
  savedAt?: number;
  html?: string;
  text?: string;
  tags?: string[];
  state?: ArticleState;
  favourite?: boolean;
  progress?: number;
  mentions?: EntityCount[];
  source?: string;
}

/** An article as the database keeps it: its row and its body, written together. */
export interface StoredArticle {
  article: SavedArticle;
  body: ArticleBody;
}

/** What the search index keeps of an article: the fields search filters and sorts on. */
export interface SearchDoc {
  id: string;
  savedAt: number;
  publishedAt: number | null;
  titleSort: string;
  readingTime: number;
}
