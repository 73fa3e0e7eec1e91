/**
 * German closed compounds that start with a name (compounds.ts): the name counts, covering its part
 * of the word, in German articles only; words that merely start like a name do not.
 */
import { describe, expect, it } from 'vitest';
import { COMPOUND_HEADS, compoundNamePart } from './compounds';
import { entriesForLanguage } from './language';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';

const entries = BUNDLED_PACKS.flatMap((p) => p.entries);
const german = compileMatcher(entriesForLanguage(entries, 'de'), { language: 'de' });
const found = (text: string) => german.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);

describe('German compounds that start with a name', () => {
  it.each([
    ['Die Russlandreise des Kanzlers wurde verschoben.', 'Russland', 'russia'],
    ['Sein Nordkoreabesuch sorgte für Aufsehen.', 'Nordkorea', 'north-korea'],
    ['Die Nordkoreakrise beschäftigt den Sicherheitsrat.', 'Nordkorea', 'north-korea'],
    ['Die Moskaureise fiel kurz aus.', 'Moskau', 'moscow'],
    ['Die Chinapolitik der Regierung ändert sich.', 'China', 'country-cn'],
    ['Nach der Türkeireise sprach er von Fortschritten.', 'Türkei', 'country-tr'],
    ['Der Irankonflikt verschärft sich.', 'Iran', 'country-ir'],
  ])('%s — %s', (text, name, id) => {
    const m = german.match(text).find((x) => text.slice(x.start, x.end) === name);
    expect(m?.entryId).toBe(id);
    // The mention covers the name's part of the word, not the whole compound.
    expect(text.slice(m!.end, m!.end + 2)).toMatch(/^\p{Ll}/u);
  });

  it('a compound the glossary knows whole is matched whole', () => {
    expect(found('Der Ukrainekrieg dauert an.')).toEqual([['Ukrainekrieg', 'russian-invasion-of-ukraine']]);
  });

  it('leaves words that only start like a name, and other heads, alone', () => {
    expect(found('Bernstein aus Perugia, eine Romreise und die Russlandkarte.')).toEqual([]);
  });

  it('splits only in German articles', () => {
    const english = compileMatcher(entries);
    expect(english.match('The Chinapolitik of the government.')).toEqual([]);
  });

  it('needs a name part of four letters or more and a listed head', () => {
    const names = new Set(['russland', 'rom', 'iran']);
    const isName = (w: string) => names.has(w);
    expect(compoundNamePart('russlandreise', isName)).toBe(8);
    expect(compoundNamePart('romreise', isName)).toBe(0);
    expect(compoundNamePart('iranabkommen', isName)).toBe(4);
    expect(compoundNamePart('russlandkarte', isName)).toBe(0);
    expect(COMPOUND_HEADS).toContain('reise');
  });
});
