/**
 * The content script's half of saving: extract the article the reader is looking at (forced: the
 * reader asked, so the "is this an article" gate does not apply), sanitise it, and answer the
 * background's `collect-article`. Runs in the page's isolated world; the page's DOM is not changed.
 */
import { extractArticle } from '../extract/article';
import { MAX_HTML_LENGTH, MAX_TEXT_LENGTH, toMetaMessage, type CollectArticleReply } from '../messaging/protocol';
import { prepareArticleHtml } from './sanitize';

export function collectArticle(doc: Document): CollectArticleReply {
  const extracted = extractArticle(doc, { force: true });
  if (extracted.status === 'too-large') return { ok: false, error: 'This page is too large to save.' };
  if (extracted.status !== 'article') return { ok: false, error: 'No article found on this page: there is nothing to save.' };
  const { article } = extracted;
  const html = prepareArticleHtml(article.content, doc.baseURI);
  if (html.length > MAX_HTML_LENGTH || article.text.length > MAX_TEXT_LENGTH) return { ok: false, error: 'This article is too large to save.' };
  return { ok: true, article: { meta: toMetaMessage(article.meta), text: article.text, html } };
}
