/**
 * Developer aid for writing gold annotations: prints the entries the bundled packs would match in a
 * text, or the entries whose name or alias equals a given name. `npx tsx scripts/eval/lookup.ts "Atlanta"`.
 * With `--names` first, only the entries named so (for writing gold without the matcher's opinion).
 */
import { compileMatcher, foldName } from '../../lib/glossary/matcher.ts';
import { BUNDLED_PACKS } from '../../lib/glossary/packs/index.ts';

const entries = BUNDLED_PACKS.flatMap((p) => p.entries);
const matcher = compileMatcher(entries);
const namesOnly = process.argv[2] === '--names';
for (const q of process.argv.slice(namesOnly ? 3 : 2)) {
  const f = foldName(q);
  const named = entries.filter((e) => [e.name, ...e.aliases, ...(e.shortNames ?? []), ...(e.commonWordAliases ?? []), ...(e.demonyms ?? [])].some((a) => foldName(a) === f));
  console.log(`${q}: named by ${named.map((e) => `${e.id} (${e.kind}, ${e.summary})`).join('; ') || 'nothing'}`);
  if (namesOnly) continue;
  for (const m of matcher.match(q)) console.log(`  match "${q.slice(m.start, m.end)}" -> ${m.entryId ?? `? ${m.candidates?.join('/')}`}${m.misspelling ? ' (misspelling)' : ''}`);
}
