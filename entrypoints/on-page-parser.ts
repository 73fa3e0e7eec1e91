/**
 * The content script's second lazily loaded part: Readability on the page itself, and the article a
 * save collects (sanitised with DOMPurify). An article parsed off the page, the common case, never
 * needs it; the analyser (entrypoints/content/pipeline.ts, page-controller.ts) loads it when the
 * off-page parse cannot be used (no parser, XHTML, a page too long to post, text that does not map
 * back) or when the reader saves the page. Keeping both libraries out of the analyser makes it a
 * third smaller to fetch and parse on every article.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/lib/extract/article';
import { collectArticle } from '@/lib/reading-list/collect';
import { providePart } from './content/lazy';

export default defineUnlistedScript(() => {
  providePart('onPageParser', { extractArticle, collectArticle });
});
