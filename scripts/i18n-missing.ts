/**
 * Lists, for each translation in locales/, the English keys it lacks, the keys English no longer
 * has, and the messages whose placeholders differ from English. Exit code 1 when anything is listed.
 *
 * Run: `npx tsx scripts/i18n-missing.ts` (or `node scripts/i18n-missing.ts` on Node 24).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareLocale, flatten, type Messages } from '../components/design/locale-check.ts';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../locales');
const read = (file: string) => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Messages;
const en = read('en.json');
const english = flatten(en);
let problems = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json').sort()) {
  const report = compareLocale(en, read(file));
  const count = report.missing.length + report.extra.length + report.placeholderMismatches.length;
  problems += count;
  console.log(`${file}: ${count === 0 ? 'complete' : `${report.missing.length} missing, ${report.extra.length} extra, ${report.placeholderMismatches.length} placeholder mismatches`}`);
  for (const key of report.missing) console.log(`  missing  ${key}: ${JSON.stringify(english.get(key))}`);
  for (const key of report.extra) console.log(`  extra    ${key}`);
  for (const m of report.placeholderMismatches) console.log(`  placeholders ${m.key}: English ${m.en.join(' ') || 'none'}, here ${m.locale.join(' ') || 'none'}`);
}
process.exitCode = problems > 0 ? 1 : 0;
