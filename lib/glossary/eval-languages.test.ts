/**
 * Recognition in French, Spanish, German, Portuguese and Italian news, scored on the annotated
 * articles of tests/eval/<lang>/ (dev-*: written while building; heldout-*: written afterwards and
 * never tuned on). Floors: recall ≥ 90 % and precision ≥ 99 % per language over all its articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addScores, rates, scoreArticle, type EvalArticle, type Score } from './eval-score';
import { articleLanguage, entriesForLanguage, type ArticleLanguage } from './language';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';

const EVAL = resolve(import.meta.dirname, '../../tests/eval');
const LANGS: ArticleLanguage[] = ['fr', 'es', 'de', 'pt', 'it'];
const all = BUNDLED_PACKS.flatMap((p) => p.entries);

function articles(lang: string): EvalArticle[] {
  return readdirSync(resolve(EVAL, lang))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(resolve(EVAL, lang, f), 'utf8')) as EvalArticle);
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

describe.each(LANGS)('recognition in %s news', (lang) => {
  const set = articles(lang);
  const matcher = compileMatcher(entriesForLanguage(all, lang), { language: lang });
  const scored = set.map((a) => ({ a, s: scoreArticle(a, matcher.match(a.text)) }));
  const bySplit = (split: EvalArticle['split']): Score => addScores(scored.filter((x) => x.a.split === split).map((x) => x.s));

  it('has at least six annotated articles, some held out', () => {
    expect(set.length).toBeGreaterThanOrEqual(6);
    expect(set.some((a) => a.split === 'heldout')).toBe(true);
    for (const a of set) expect(a.lang).toBe(lang);
  });

  it('detects each article’s language from its text', () => {
    for (const a of set) expect(articleLanguage(null, a.text), a.title).toBe(lang);
  });

  it('reaches recall ≥ 90 % and precision ≥ 99 %', () => {
    const total = addScores(scored.map((x) => x.s));
    const r = rates(total);
    const dev = rates(bySplit('dev'));
    const held = rates(bySplit('heldout'));
    console.log(
      `${lang}: P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)} (${total.gold} gold) | dev P ${pct(dev.precision)} R ${pct(dev.recall)} | held-out P ${pct(held.precision)} R ${pct(held.recall)}` +
        (total.falsePositives.length ? `\n  false positives: ${total.falsePositives.join('; ')}` : '') +
        (total.falseNegatives.length ? `\n  missed: ${total.falseNegatives.join('; ')}` : ''),
    );
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.99);
  });
});
