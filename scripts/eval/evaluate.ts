/**
 * Runs the bundled glossary's matcher over the evaluation set and scores it per split (see corpus.ts
 * and score.ts). Shared by `npm run eval` and the floor test.
 */
import { articleLanguage, entriesForLanguage, type ArticleLanguage } from '../../lib/glossary/language.ts';
import { compileMatcher, type Matcher } from '../../lib/glossary/matcher.ts';
import { BUNDLED_PACKS } from '../../lib/glossary/packs/index.ts';
import { loadArticles, loadPages, type EvalDoc, type Split } from './corpus.ts';
import { emptyScore, scoreDoc, type EntryInfo, type Score } from './score.ts';

export const SPLITS: readonly Split[] = ['dev', 'held-out', 'pages'];

export interface EvalResult {
  scores: Record<Split, Score>;
  docs: Record<Split, number>;
}

/**
 * Matches every document with the bundled packs as the product does (one matcher per article language,
 * the language declared by the document or detected on its text: a French page is read with the French
 * names and rules, not the English ones), and scores it.
 */
export function evaluate(docs: readonly EvalDoc[] = [...loadArticles(), ...loadPages()]): EvalResult {
  const entries = BUNDLED_PACKS.flatMap((p) => p.entries);
  const info = new Map<string, EntryInfo>(entries.map((e) => [e.id, { kind: e.kind, pack: e.origin }]));
  const matchers = new Map<ArticleLanguage, Matcher>();
  const matcherFor = (lang: ArticleLanguage): Matcher => {
    let m = matchers.get(lang);
    if (!m) matchers.set(lang, (m = compileMatcher(entriesForLanguage(entries, lang), { language: lang })));
    return m;
  };
  const scores = { dev: emptyScore(), 'held-out': emptyScore(), pages: emptyScore() } as Record<Split, Score>;
  const counts = { dev: 0, 'held-out': 0, pages: 0 } as Record<Split, number>;
  for (const doc of docs) {
    counts[doc.split]++;
    scoreDoc(doc, matcherFor(articleLanguage(doc.lang, doc.text)).match(doc.text), (id) => info.get(id), scores[doc.split]);
  }
  return { scores, docs: counts };
}
