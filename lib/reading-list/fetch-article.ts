/**
 * Fetching an article that was imported without its text ("not downloaded"). Only ever run when
 * the reader asks, after the browser granted Backstory that one site. The page is parsed inert
 * (DOMParser: no script runs, nothing loads), extracted with Readability like a save, sanitised.
 */
import { t } from '@/lib/i18n/i18n';
import { extractArticle, type ArticleMeta } from '../extract/article';
import { prepareArticleHtml } from './sanitize';
import { toEpoch } from './text';

/** A fetched article: its sanitised HTML and text, the extraction's metadata, its publication time. */
export interface FetchedArticle extends Pick<ArticleMeta, 'title' | 'byline' | 'siteName' | 'excerpt' | 'lang' | 'dir'> {
  html: string;
  text: string;
  publishedAt: number | null;
}

/** The permission pattern for a URL's site. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export async function fetchArticle(url: string, fetcher: typeof fetch = fetch): Promise<FetchedArticle> {
  const response = await fetcher(url, { credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new Error(t('reader.siteAnswered', [`${response.status} ${response.statusText}`.trim()]));
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html/i.test(type)) throw new Error(`The address does not lead to a web page (${type.split(';')[0]})`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const base = doc.createElement('base');
  base.href = response.url || url;
  doc.head.prepend(base);
  const extracted = extractArticle(doc, { force: true });
  if (extracted.status !== 'article') throw new Error(t('reader.noArticle'));
  const { article } = extracted;
  return {
    html: prepareArticleHtml(article.content, base.href),
    text: article.text,
    title: article.meta.title,
    byline: article.meta.byline,
    siteName: article.meta.siteName,
    excerpt: article.meta.excerpt,
    lang: article.meta.lang,
    dir: article.meta.dir,
    publishedAt: toEpoch(article.meta.publishedTime),
  };
}
