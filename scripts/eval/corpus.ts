/**
 * The evaluation set: articles written for it (tests/eval/articles/*.txt, gold mentions marked inline)
 * and real news pages (tests/eval/pages/*.json, text extracted once with Readability, gold reviewed).
 *
 * Article format: a header line `=== <id> | lang: <code>` (optionally `| section: <name>`, else the file's name) starts each article; in its body a gold mention
 * is written `[[surface|gold]]`, where gold is an entry id, several ids joined by `/` (either reading is
 * right, or the card may offer both), or `-` for a name that is not in the glossary (a trap: any mention
 * found on it is a wrong card). Text outside the brackets carries no mention. A dotted abbreviation's span
 * covers its final dot ("U.S.", as the matcher underlines it), whether the mark puts the dot inside the
 * brackets or right after them; any other final dot inside the brackets is not part of the span.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withFinalDots } from '../../lib/glossary/abbreviations.ts';

export const EVAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/eval');

/** One gold span: `ids` empty for a name that is not in the glossary. */
export interface GoldMention {
  start: number;
  end: number;
  ids: string[];
}

export type Split = 'dev' | 'held-out' | 'pages';

export interface EvalDoc {
  id: string;
  section: string;
  lang: string;
  split: Split;
  text: string;
  gold: GoldMention[];
}

const MARK = /\[\[([^\]|]+)\|([^\]]+)\]\]/g;

/** Parses one article body with inline gold marks into plain text and gold spans. */
export function parseMarked(body: string): { text: string; gold: GoldMention[] } {
  let text = '';
  const gold: GoldMention[] = [];
  let last = 0;
  for (const m of body.matchAll(MARK)) {
    text += body.slice(last, m.index);
    const surface = m[1]!;
    const start = text.length;
    text += surface;
    const end = start + surface.replace(/\.$/, '').length;
    const g = m[2]!.trim();
    gold.push({ start, end, ids: g === '-' ? [] : g.split('/').map((s) => s.trim()) });
    last = m.index + m[0].length;
  }
  text += body.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`Unbalanced gold mark near: ${text.slice(text.indexOf('[['), text.indexOf('[[') + 60)}`);
  return { text, gold: withFinalDots(text, gold.map((g) => ({ ...g, entryId: null }))).map(({ start, end }, i) => ({ start, end, ids: gold[i]!.ids })) };
}

/** The held-out article ids (tests/eval/split.json): never looked at while tuning the matcher. */
export function heldOutIds(): Set<string> {
  const split = JSON.parse(readFileSync(join(EVAL_DIR, 'split.json'), 'utf8')) as { heldOut: string[] };
  return new Set(split.heldOut);
}

/** Every written article, with its split. */
export function loadArticles(): EvalDoc[] {
  const held = heldOutIds();
  const dir = join(EVAL_DIR, 'articles');
  const docs: EvalDoc[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const section = basename(file, '.txt');
    const parts = readFileSync(join(dir, file), 'utf8').split(/^=== /m).slice(1);
    for (const part of parts) {
      const nl = part.indexOf('\n');
      const header = part.slice(0, nl);
      const [id, ...fields] = header.split('|').map((s) => s.trim());
      const lang = fields.find((f) => f.startsWith('lang:'))?.slice(5).trim() ?? 'en';
      const { text, gold } = parseMarked(part.slice(nl + 1).trim());
      docs.push({ id: id!, section: fields.find((f) => f.startsWith('section:'))?.slice(8).trim() ?? section, lang, split: held.has(id!) ? 'held-out' : 'dev', text, gold });
    }
  }
  const ids = new Set(docs.map((d) => d.id));
  for (const h of held) if (!ids.has(h)) throw new Error(`split.json names unknown article ${h}`);
  return docs;
}

/** A real page's stored text and reviewed gold (tests/eval/pages/<name>.json). */
export interface PageFile {
  page: string;
  lang: string;
  text: string;
  gold: Array<{ start: number; end: number; surface: string; ids: string[] }>;
}

/** The real news pages, as extracted and reviewed. */
export function loadPages(): EvalDoc[] {
  const dir = join(EVAL_DIR, 'pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PageFile;
      for (const g of p.gold) {
        if (p.text.slice(g.start, g.end) !== g.surface) throw new Error(`${f}: gold ${g.surface} does not sit at ${g.start}`);
      }
      const spans = withFinalDots(p.text, p.gold.map(({ start, end }) => ({ start, end, entryId: null })));
      return { id: p.page, section: 'page', lang: p.lang, split: 'pages' as const, text: p.text, gold: p.gold.map(({ ids }, i) => ({ ...spans[i]!, ids })) };
    });
}
