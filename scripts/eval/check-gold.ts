/**
 * Developer aid for writing an evaluation article file: checks its headers and gold marks and that
 * every gold id is a bundled entry, without running the matcher (gold is written by reading, not by
 * looking at what the matcher finds). `npx tsx scripts/eval/check-gold.ts tests/eval/articles/x.txt`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_PACKS } from '../../lib/glossary/packs/index.ts';
import { EVAL_DIR, parseMarked } from './corpus.ts';

const ids = new Set(BUNDLED_PACKS.flatMap((p) => p.entries.map((e) => e.id)));
const HEADER = /^([a-z0-9-]+) \| lang: ([a-z]{2})(?: \| section: ([a-z-]+))?$/;

/** Article ids of every file in the articles folder but `except`, read from headers only. */
function otherIds(except: string): Set<string> {
  const dir = join(EVAL_DIR, 'articles');
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    if (join(dir, f) === except) continue;
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.startsWith('=== ')) out.add(line.slice(4).split('|')[0]!.trim());
  }
  return out;
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const taken = otherIds(join(process.cwd(), file));
  const seen = new Set<string>();
  const parts = readFileSync(file, 'utf8').split(/^=== /m).slice(1);
  let mentions = 0;
  for (const part of parts) {
    const nl = part.indexOf('\n');
    const header = part.slice(0, nl).trim();
    const problems: string[] = [];
    const h = HEADER.exec(header);
    const id = h?.[1] ?? header;
    if (!h) problems.push(`bad header "${header}" (want "<id> | lang: en" or "<id> | lang: en | section: uk")`);
    if (taken.has(id) || seen.has(id)) problems.push(`id ${id} is already used`);
    seen.add(id);
    try {
      const { gold } = parseMarked(part.slice(nl + 1).trim());
      mentions += gold.length;
      for (const m of part.matchAll(/\[\[([^\]|]+)\|([^\]]+)\]\]/g)) {
        const g = m[2]!.trim();
        if (g === '-') continue;
        for (const one of g.split('/').map((s) => s.trim())) if (!ids.has(one)) problems.push(`unknown entry id "${one}" on "${m[1]}"`);
      }
    } catch (e) {
      problems.push((e as Error).message);
    }
    for (const p of problems) console.log(`${file} ${id}: ${p}`);
    if (problems.length) failed = true;
  }
  console.log(`${file}: ${parts.length} articles, ${mentions} gold mentions`);
}
process.exit(failed ? 1 : 0);
