/**
 * Every translation in locales/ has exactly English's keys, and each message the same `$n`
 * placeholders (a missing or extra slot shows a raw "$2" or drops a number in the interface).
 * When English gains keys, `npx tsx scripts/i18n-missing.ts` lists what each translation lacks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareLocale, flatten, placeholders, type Messages } from './locale-check';

const dir = resolve(import.meta.dirname, '../../locales');
const read = (file: string) => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Messages;
const en = read('en.json');
const locales = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json').sort();

describe('translations of the interface', () => {
  it('cover French, Spanish, German, Portuguese and Italian', () => {
    expect(locales).toEqual(['de.json', 'es.json', 'fr.json', 'it.json', 'pt_BR.json']);
  });

  it.each(locales)('%s has every English key, no other, and the same placeholders in each message', (file) => {
    const report = compareLocale(en, read(file));
    expect(report).toEqual({ missing: [], extra: [], placeholderMismatches: [] });
  });

  it.each(locales)('%s is translated: most messages differ from English', (file) => {
    const english = flatten(en);
    const translated = flatten(read(file));
    const same = [...english].filter(([k, v]) => translated.get(k) === v && /\p{L}{4,}/u.test(v.replace(/\$\d/g, '')));
    // Names, units and examples ("Backstory", "$1 ms", "JSON (zip)") may stay as they are; little else.
    expect(same.length / english.size).toBeLessThan(0.1);
  });

  it('the comparison notices a missing key and a lost placeholder', () => {
    const report = compareLocale({ a: 'A $1', b: { c: 'C' } }, { a: 'A' });
    expect(report.missing).toEqual(['b.c']);
    expect(report.placeholderMismatches).toEqual([{ key: 'a', en: ['$1'], locale: [] }]);
    expect(placeholders('$2 of $1 costs $$5')).toEqual(['$1', '$2']);
  });
});
