/** Words that show a name to be a person's (person-cues.ts), alone and through the bundled packs' matcher. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';
import { firstAsSurname, initialsBefore, relativeNamed } from './person-cues';

const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId ?? `? ${m.candidates?.join(' / ')}`]);
const surfaces = (text: string) => found(text).map(([s]) => s);
const at = (text: string, name: string) => [text.lastIndexOf(name), text.lastIndexOf(name) + name.length] as const;

describe('a relative named after a word of kinship', () => {
  it.each([
    ["Whitaker's wife, Sydney, a former Marine, grew up in Ohio.", 'Sydney'],
    ['He is survived by his wife of 61 years, Florence; two sons, Austin and Israel; and nine grandchildren.', 'Israel'],
    ['He is survived by his wife of 61 years, Florence; two sons, Austin and Israel; and nine grandchildren.', 'Austin'],
    ['She leaves three daughters, Paris, Jordan and Victoria.', 'Jordan'],
    ['She is survived by her sister Sofia and several nieces.', 'Sofia'],
    ['His late wife Georgia died in 2019.', 'Georgia'],
  ])('%s — %s is a person', (text, name) => expect(relativeNamed(text, ...at(text, name))).toBe(true));
  it.each([
    ['Her son, a soldier, died in Ukraine.', 'Ukraine'],
    ["His wife, Sydney-born singer Kate Ceberano, performed.", 'Sydney'],
    ["King Abdullah, whose father, Jordan's late king, ruled for decades.", 'Jordan'],
    ['The couple moved to Sydney.', 'Sydney'],
    ['the number of children Israel has killed', 'Israel'],
  ])('%s — %s is the place', (text, name) => expect(relativeNamed(text, ...at(text, name))).toBe(false));

  it('through the matcher: the relatives go, and so do later bare uses as subject; the places stay', () => {
    const text = 'Whitaker\'s wife, Sydney, a former Marine, grew up in Ohio. Sydney said she would move to Sydney next year.';
    expect(found(text).filter(([s]) => s === 'Sydney')).toEqual([['Sydney', 'city-2147714']]);
    expect(matcher.match(text).find((m) => text.slice(m.start, m.end) === 'Sydney')?.start).toBe(text.lastIndexOf('Sydney'));
    expect(surfaces('He is survived by two sons, Austin and Israel, and a daughter who lives in Israel.')).toEqual(['Israel']);
  });
});

describe("a name after a person's initials", () => {
  it('reads one to three capital initials', () => {
    expect(initialsBefore('and P.J. Washington added 17.', 'and P.J. '.length)).toBe(true);
    expect(initialsBefore('said J. Jordan', 'said J. '.length)).toBe(true);
    expect(initialsBefore('flights to Washington', 'flights to '.length)).toBe(false);
    expect(initialsBefore('Gen. Jordan', 'Gen. '.length)).toBe(false);
  });

  it('through the matcher: "P.J. Washington" is a player; a dotted abbreviation of a name of its own is no initials', () => {
    expect(surfaces('Cooper Flagg scored 27, and P.J. Washington added 17.')).not.toContain('Washington');
    expect(found('The U.S. and Canada agreed.')).toContainEqual(['U.S.', 'country-us']);
  });
});

describe('a surname given with a first name, where the matcher had no mention', () => {
  const isGiven = (w: string) => ['dean', 'marcus', 'will'].includes(w.toLowerCase());
  it('finds "Dean Holland" and "Marcus Jordan", not "Will Georgia vote"', () => {
    expect(firstAsSurname('Police said Dean Holland was jailed.', 'Holland', isGiven)).toBe('Police said Dean '.length);
    expect(firstAsSurname('A trucker, Marcus Jordan, was charged.', 'Jordan', isGiven)).toBe('A trucker, Marcus '.length);
    expect(firstAsSurname('Will Georgia vote blue?', 'Georgia', isGiven)).toBe(-1);
    expect(firstAsSurname('Trade with Jordan grew.', 'Jordan', isGiven)).toBe(-1);
    expect(firstAsSurname('Hollands are rare.', 'Holland', isGiven)).toBe(-1);
  });
  it('with an age after the name, any capitalised word before it is a first name', () => {
    expect(firstAsSurname('Dean Holland, 44, of Salford was jailed.', 'Holland', () => false)).toBe('Dean '.length);
    expect(firstAsSurname('Dean Holland of Salford was jailed.', 'Holland', () => false)).toBe(-1);
  });

  it('through the matcher: later bare uses are the person, "in Holland" the country', () => {
    const text = 'Dutch police helped. Dean Holland, 44, of Salford was jailed. Holland, a haulage company owner, had told the jury. Holland\'s lawyer will appeal. He once lived in Holland.';
    const holland = matcher.match(text).filter((m) => text.slice(m.start, m.end) === 'Holland');
    expect(holland.map((m) => m.start)).toEqual([text.lastIndexOf('Holland')]);
  });
});
