/** A place's name used for a band or a racehorse (performers.ts), alone and through the bundled packs' matcher. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';
import { bandInReport, horseInReport, musicReport, raceReport } from './performers';

const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
const found = (text: string) => matcher.match(text).map((x) => [text.slice(x.start, x.end), x.entryId ?? `? ${x.candidates?.join(' / ')}`]);
const at = (text: string, name: string, from = 0) => [text.indexOf(name, from), text.indexOf(name, from) + name.length] as const;

describe('a band in music news', () => {
  it('knows music news by its words, and not a long page with one section on music', () => {
    expect(musicReport('The band plays the album in full on its anniversary tour.')).toBe(true);
    expect(musicReport('The council approved the budget on its second reading.')).toBe(false);
    expect(musicReport(`${'The economy grew on exports of dairy and timber. '.repeat(100)} Its music has rock, pop and folk bands.`)).toBe(false);
  });
  it.each([
    ['Chicago hits the road in June.', 'Chicago'],
    ['Kansas plans hometown show for its album at 50.', 'Kansas'],
    ['Chicago, which formed in Chicago in 1967, will mark its anniversary.', 'Chicago'],
    ['Zach Condon has put Beirut on indefinite hiatus.', 'Beirut'],
    ['Boston brings its 50th-anniversary tour to TD Garden.', 'Boston'],
    ['Kansas is coming home to play it.', 'Kansas'],
    ['Alabama plays two nights at Legacy Arena.', 'Alabama'],
  ])('%s — %s is the band', (text, name) => expect(bandInReport(text, ...at(text, name))).toBe(true));
  it.each([
    ['The tour ends at TD Garden in Boston.', 'Boston'],
    ['Chicago approved a budget for its schools.', 'Chicago'],
    ['Texas added 40,000 jobs.', 'Texas'],
  ])('%s — %s is the place', (text, name) => expect(bandInReport(text, ...at(text, name))).toBe(false));

  // dev/b5-13, b12-20.
  it('on the bundled packs: the band and its other bare uses go, the places written as places stay', () => {
    const text =
      'Boston, Kansas and Alabama Hit the Road: Concerts This Week\n\nClassic rock bands are back on tour. On Wednesday, Boston brings its 50th-anniversary tour to TD Garden in Boston, with guitarist Tom Scholz. Country group Alabama plays two nights in Birmingham, Alabama. Kansas plans a hometown show in Topeka, and its drummer stepped back.';
    expect(found(text).map(([s]) => s)).toEqual(['Boston', 'Alabama', 'Topeka']);
  });
});

describe('a racehorse in a race report', () => {
  const report =
    'LEXINGTON, Ky. (AP) — Forever Young won the Breeders’ Cup Classic, holding off Sierra Leone by a neck. The colt’s jockey said the trainer was thrilled. Sierra Leone rallied on the outside, and Sierra Leone will race again next year. Forever Young was bred in Japan.';
  it('knows a race report by its words, and a horse by what it does', () => {
    expect(raceReport(report)).toBe(true);
    expect(raceReport('Sierra Leone held elections on Saturday.')).toBe(false);
    expect(horseInReport(report, ...at(report, 'Sierra Leone'))).toBe(true);
    expect(horseInReport('Aid reached Sierra Leone by a neck of land.', ...at('Aid reached Sierra Leone by a neck of land.', 'Sierra Leone'))).toBe(false);
  });
  it('on the bundled packs: the horse goes, a country named as a place stays', () => {
    // The dateline's city stays too (the regions pack reads GeoNames' "Lexington-Fayette" as Lexington, Kentucky).
    expect(found(report).map(([s]) => s)).toEqual(['LEXINGTON', 'AP', 'Japan']);
    expect(found('Sierra Leone rallied after the election, its president said.').map(([s]) => s)).toEqual(['Sierra Leone']);
  });
});

describe('a band fronted by its singer (dev/b16-18)', () => {
  it('"the Scottish group Texas, fronted by Sharleen Spiteri" in music news', () => {
    const text = 'The festival bill has bands, a rock album launch and a tour. Further down are Beirut and the Scottish group Texas, fronted by Sharleen Spiteri.';
    expect(bandInReport(text, ...at(text, 'Texas'))).toBe(true);
    expect(found(text).map(([s]) => s)).not.toContain('Texas');
  });
});

describe('more shapes of a band named after a place (dev/b44)', () => {
  const found = (text: string) => matcher.match(text).map((m) => text.slice(m.start, m.end));
  it('"a band called Berlin", "Alabama is bringing back June Jam", "America is going back on the road"; the state again in "the Kansas capital"', () => {
    expect(found('BERLIN (dpa) — For a band called Berlin, it took a long time to get here. The band will tour and record an album after its concerts.')).toEqual(['BERLIN', 'dpa']);
    expect(found('Alabama is bringing back June Jam, the band said. The country group Alabama will headline, with concerts and a new album.')).toEqual([]);
    expect(found('Kansas is coming home. The band will tour, with concerts and an album. It is the group\'s first concert in the Kansas capital since 2016.')).toEqual(['Kansas']);
  });
});
