/**
 * Extracts the news pages of the Readability corpus the way the product does (Readability through
 * lib/extract in a DOM, here jsdom) and stores each page's text with the mentions the current matcher
 * finds there as draft gold (tests/eval/pages/<page>.json), to be reviewed by hand once: wrong ones are
 * removed, missed ones added. Run again only to add a page; an existing file is kept unless --force.
 * `npx tsx scripts/eval/pages.ts [--force] [page ...]`
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract/article.ts';
import { compileMatcher } from '../../lib/glossary/matcher.ts';
import { BUNDLED_PACKS } from '../../lib/glossary/packs/index.ts';
import { EVAL_DIR, type PageFile } from './corpus.ts';

/** The shared corpus, beside the project's checkout (as CI lays it out too). */
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages');
/** The corpus pages that are news (reporting on events, people, companies), by directory name. */
export const NEWS_PAGES = ['aclu', 'bug-1255978', 'cnet-svg-classes', 'keep-images', 'lazy-image-2', 'lwn-1', 'medium-1', 'simplyfound-1', 'spiceworks', 'videos-1', 'videos-2', 'webmd-2', 'wikia', 'wordpress'];

const args = process.argv.slice(2);
const force = args.includes('--force');
const pages = args.filter((a) => !a.startsWith('--'));
const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
for (const page of pages.length ? pages : NEWS_PAGES) {
  const out = join(EVAL_DIR, 'pages', `${page}.json`);
  if (existsSync(out) && !force) continue;
  const html = readFileSync(join(CORPUS, page, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { url: `https://example.com/${page}/` });
  const g = globalThis as Record<string, unknown>;
  for (const k of ['Node', 'NodeFilter', 'DOMParser', 'XMLSerializer', 'Element', 'Text']) g[k] = dom.window[k as keyof typeof dom.window];
  const result = extractArticle(dom.window.document, { force: true });
  if (result.status !== 'article') {
    console.log(`${page}: ${result.status}`);
    continue;
  }
  const text = result.article.text;
  const gold = matcher.match(text).map((m) => ({ start: m.start, end: m.end, surface: text.slice(m.start, m.end), ids: m.entryId ? [m.entryId] : (m.candidates ?? []) }));
  const file: PageFile = { page, lang: result.article.meta.lang ?? 'en', text, gold };
  writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`${page}: ${text.length} chars, ${gold.length} mentions to review`);
  dom.window.close();
}
