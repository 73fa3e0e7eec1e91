/** A reference list's author (citation.ts), with the bundled packs compiled as the extension compiles them. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';

const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId ?? `? ${m.candidates?.join(' / ')}`]);

describe('a name in a citation’s author slot, "Surname, Given (date)", is a person', () => {
  it.each([
    ['^ Hoffman, Jordan (September 25, 2016). "Miss Peregrine’s Home review". The Guardian.', 'Jordan'],
    ['^ Crucchiola, Jordan (April 6, 2018). "Unpacking the ending". Vulture.', 'Jordan'],
    ['^ French, Todd (July 1996). "Reviews". Animation World.', 'French'],
    ['^ Lee, Hyo-won (7 July 2017). "Cannes: time travel film sells to multiple territories".', 'Lee'],
    ['Smith, Jordan A. (2019). The Long Road. Penguin.', 'Jordan'],
    ['^ Jordan,\n      Chris (2021-02-11). "Another review". Variety.', 'Jordan'],
  ])('%s — no %s', (text, name) => {
    expect(found(text).map(([s]) => s)).not.toContain(name);
  });

  it('keeps the places of a dateline and of a town written with its country', () => {
    expect(found('PARIS, France (Reuters) - Talks resumed.')).toEqual([
      ['PARIS', 'city-2988507'],
      ['France', 'country-fr'],
      ['Reuters', 'reuters'],
    ]);
    expect(found('PARIS, France (June 5, 2023) - Talks resumed.').map(([s]) => s)).toEqual(['PARIS', 'France']);
    expect(found('He flew to Amman, Jordan (2019 figures put its population at 4 million).')).toContainEqual(['Jordan', 'country-jo']);
    expect(found('The band toured France (July 1996) and Jordan (2001).').map(([s]) => s)).toEqual(['France', 'Jordan']);
  });
});
