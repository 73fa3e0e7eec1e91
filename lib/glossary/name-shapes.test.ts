import { describe, expect, it } from 'vitest';
import { agencyAsParty, agencyCredit, countyAfter, littleBefore, nicknameBefore, riverReachBefore, romanceNameAfter, romanceNameBefore, scoreInResult, townOfBeforeRegion } from './name-shapes';

/** The predicate's answer for the name `name` where it last stands in `text` (start and end). */
const at = (text: string, name: string) => ({ start: text.lastIndexOf(name), end: text.lastIndexOf(name) + name.length });

describe('name shapes', () => {
  it("reads an agency's capitals as a party's before its people, and as the agency in a credit", () => {
    expect(agencyAsParty('PTI supporters blocked roads', 3)).toBe(true);
    expect(agencyAsParty('PTI reported the attack', 3)).toBe(false);
    expect(agencyCredit('(AP Photo/Aaron Favila)', 3)).toBe(true);
    expect(agencyCredit('AP Stylebook', 2)).toBe(false);
  });

  it("reads a side's score in a result line, not a channel's number", () => {
    const line = 'England 27, New Zealand 24: a late drop goal';
    expect(scoreInResult(line, at(line, 'England').start, at(line, 'England').end)).toBe(true);
    expect(scoreInResult(line, at(line, 'New Zealand').start, at(line, 'New Zealand').end)).toBe(true);
    const shield = 'Queensland 9-412 dec and 1-36 v Tasmania 298 at the Gabba';
    expect(scoreInResult(shield, at(shield, 'Tasmania').start, at(shield, 'Tasmania').end)).toBe(true);
    const tv = 'He watched France 3 and Russia 1 on television.';
    expect(scoreInResult(tv, at(tv, 'France').start, at(tv, 'France').end)).toBe(false);
  });

  it('reads the words before and after a name that make it a town, a neighbourhood, a surname or a river', () => {
    expect(townOfBeforeRegion('protested in the city of Delaware', 'protested in the city of '.length)).toBe(true);
    expect(townOfBeforeRegion('the Canadian province of Ontario', 'the Canadian province of '.length)).toBe(false);
    expect(romanceNameBefore('villages near Mocímboa da Praia', 'villages near Mocímboa da '.length)).toBe(true);
    expect(romanceNameBefore('the return to Praia', 'the return to '.length)).toBe(false);
    expect(romanceNameAfter('a ceremony in the Palau de la Música', 'a ceremony in the Palau'.length)).toBe(true);
    expect(romanceNameAfter('Palau de facto leaders', 'Palau'.length)).toBe(false);
    expect(littleBefore('its heart in Little Egypt', 'its heart in Little '.length)).toBe(true);
    expect(littleBefore('a little Egypt', 'a little '.length)).toBe(false);
    expect(nicknameBefore('Lester "Boogie" Jordan died', 'Lester "Boogie" '.length)).toBe(true);
    expect(nicknameBefore('talk with Beijing "at any level."\n\nBeijing', 'talk with Beijing "at any level."\n\n'.length)).toBe(false);
    expect(countyAfter('In Ontario, in San Bernardino County, the clinic', 'In Ontario'.length)).toBe(true);
    expect(countyAfter('In Ontario, in the north, snow fell', 'In Ontario'.length)).toBe(false);
    expect(riverReachBefore('barges on the lower Mississippi', 'barges on the lower '.length)).toBe(true);
    expect(riverReachBefore('lawmakers in Mississippi', 'lawmakers in '.length)).toBe(false);
  });
});
