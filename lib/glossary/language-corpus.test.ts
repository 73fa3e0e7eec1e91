// @vitest-environment jsdom
/**
 * The real pages of the shared Readability corpus (../shared/corpus/readability-test-pages, beside
 * the repository): every page is analysed in the language Backstory picks for it with no error, and
 * the detector's guess from the text alone is measured against the pages that declare a language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/article';
import { documentLanguage } from '../extract/metadata';
import { articleLanguage, detectLanguage, entriesForLanguage, isArticleLanguage, primaryLanguage, type ArticleLanguage } from './language';
import { compileMatcher, type Matcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';

const CORPUS = [resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages')].find((p) => existsSync(p));

describe.skipIf(!CORPUS)('languages of the real pages in the Readability corpus', () => {
  const all = BUNDLED_PACKS.flatMap((p) => p.entries);
  const matchers = new Map<ArticleLanguage, Matcher>();
  const matcherFor = (lang: ArticleLanguage) => {
    let m = matchers.get(lang);
    if (!m) matchers.set(lang, (m = compileMatcher(entriesForLanguage(all, lang))));
    return m;
  };

  it('analyses every page in its language with no error, and the detector agrees with the pages that declare one', () => {
    const pages = readdirSync(CORPUS!).filter((d) => existsSync(resolve(CORPUS!, d, 'source.html')));
    let declared = 0;
    let agreed = 0;
    const disagreements: string[] = [];
    const chosen: Record<string, number> = {};
    for (const dir of pages) {
      const html = readFileSync(resolve(CORPUS!, dir, 'source.html'), 'utf8');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const declaredLang = documentLanguage(doc);
      const primary = primaryLanguage(declaredLang);
      if (primary) {
        // The detector's guess from the page's text alone (scripts and styles left out).
        doc.querySelectorAll('script,style,noscript').forEach((n) => n.remove());
        const guess = detectLanguage(doc.body?.textContent ?? '');
        declared++;
        // A page in a language Backstory does not read (zh) is right when the detector does not claim it.
        const right = isArticleLanguage(primary) ? guess === primary : guess === null || guess === 'en';
        if (right) agreed++;
        else disagreements.push(`${dir}: declared ${declaredLang}, detected ${guess}`);
        if (primary === 'en') continue;
      }
      // Pages not declared English are analysed as the extension would: article text, language, matcher.
      const result = extractArticle(doc, { force: true });
      if (result.status !== 'article') continue;
      const { text, meta } = result.article;
      const lang = articleLanguage(meta.lang, text);
      chosen[lang] = (chosen[lang] ?? 0) + 1;
      expect(() => matcherFor(lang).match(text), dir).not.toThrow();
    }
    console.log(`detector on ${declared} pages that declare a language: ${agreed} agree (${((100 * agreed) / declared).toFixed(1)} %); languages chosen: ${JSON.stringify(chosen)}${disagreements.length ? `\n  ${disagreements.join('\n  ')}` : ''}`);
    expect(declared).toBeGreaterThan(30);
    expect(agreed / declared).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
