/** Parsing Wikipedia `page/summary` answers (the recorded-shape responses the stub serves) into entries. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleUrl,
  editionFor,
  guessKind,
  isNotFoundProblem,
  nameFromTitle,
  parseCandidates,
  parseSummary,
  plainText,
  sameArticle,
  summaryToEntry,
  wikiLanguage,
  wikipediaEntryId,
  type PageSummary,
} from './summary';

const RESPONSES = join(import.meta.dirname, '../../tests/wikipedia-stub/responses');
const recorded = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(RESPONSES, path), 'utf8')) as Record<string, unknown>;
const FETCHED = new Date('2025-06-03T10:00:00Z');

function summaryOf(raw: unknown, lang = 'en'): PageSummary {
  const parsed = parseSummary(raw, lang);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.summary;
}

describe('a standard summary', () => {
  const summary = summaryOf(recorded('en/summary/Kirill_Dmitriev.json'));

  it('keeps the fields Backstory needs, as plain text', () => {
    expect(summary).toEqual({
      type: 'standard',
      title: 'Kirill Dmitriev',
      description: 'Russian banker and head of the Russian Direct Investment Fund',
      extract: expect.stringMatching(/^Kirill Aleksandrovich Dmitriev is a Russian economist/),
      pageUrl: 'https://en.wikipedia.org/wiki/Kirill_Dmitriev',
      thumbnailUrl: 'https://upload.wikimedia.org/wikipedia/commons/thumb/0/0f/Kirill_Dmitriev_2019.jpg/250px-Kirill_Dmitriev_2019.jpg',
      lang: 'en',
      coordinates: null,
    });
  });

  it('becomes a glossary entry: origin wikipedia, fetch date, the looked-up alias, the article link', () => {
    const entry = summaryToEntry(summary, { alias: 'Kirill  Dmitriev', fetchedAt: FETCHED, kindHint: 'organization' })!;
    expect(entry).toMatchObject({
      id: 'wikipedia:en:Kirill_Dmitriev',
      kind: 'person', // the description says so, whatever the hint
      name: 'Kirill Dmitriev',
      aliases: ['Kirill Dmitriev'],
      shortNames: ['Dmitriev'],
      summary: 'Russian banker and head of the Russian Direct Investment Fund',
      facts: [],
      related: [],
      asOf: '2025-06-03',
      origin: 'wikipedia',
    });
    expect(entry.notes).toBe(
      "Kirill Aleksandrovich Dmitriev is a Russian economist and banker who has been the chief executive of the Russian Direct Investment Fund (RDIF), the country's sovereign wealth fund, since its founding in 2011.\n\nIn February 2025 he was appointed the Russian president's special envoy for investment and economic cooperation with foreign countries.",
    );
    expect(entry.links).toEqual([
      { title: 'Kirill Dmitriev – Wikipedia', url: 'https://en.wikipedia.org/wiki/Kirill_Dmitriev' },
      { title: 'Lead image – Wikimedia', url: summary.thumbnailUrl },
    ]);
  });

  it('never keeps extract_html or displaytitle markup', () => {
    const entry = summaryToEntry(summary, { alias: 'Dmitriev', fetchedAt: FETCHED })!;
    expect(JSON.stringify(entry)).not.toMatch(/<|onerror|mw-page-title/);
  });

  it('keeps one word of a longer name (a card’s “Kim”) as a short name, never as an alias', () => {
    const entry = summaryToEntry(summary, { alias: 'Kirill', fetchedAt: FETCHED })!;
    expect(entry.aliases).toEqual(['Kirill Dmitriev']);
    expect(entry.shortNames).toEqual(['Kirill', 'Dmitriev']);
  });

  it('keeps a looked-up spelling that differs from the title as an alias', () => {
    const entry = summaryToEntry(summary, { alias: 'Kirill Dmitriyev', fetchedAt: FETCHED })!;
    expect(entry.aliases).toEqual(['Kirill Dmitriev', 'Kirill Dmitriyev']);
  });

  it('is a place, with coordinates, when the summary has them', () => {
    const entry = summaryToEntry(summaryOf(recorded('en/summary/Vladivostok.json')), { alias: 'Vladivostok', fetchedAt: FETCHED })!;
    expect(entry.kind).toBe('place');
    expect(entry.coordinates).toEqual({ lat: 43.13333333, lon: 131.9 });
    expect(entry.shortNames).toBeUndefined();
  });
});

describe('a disambiguation page', () => {
  it('parses as type disambiguation', () => {
    const summary = summaryOf(recorded('en/summary/Sergei_Ivanov.json'));
    expect(summary.type).toBe('disambiguation');
    expect(summary.title).toBe('Sergei Ivanov');
  });

  it('lists the candidates that carry the name, with their descriptions, and drops the rest', () => {
    const parsed = parseCandidates(recorded('en/links/Sergei_Ivanov.json'), 'Sergei Ivanov', 'Sergei Ivanov');
    expect(parsed).toEqual({
      ok: true,
      candidates: [
        { title: 'Sergei Borisovich Ivanov', description: 'Russian politician (born 1953)' },
        { title: 'Sergei Ivanov (footballer, born 1980)', description: 'Russian footballer' },
        { title: 'Sergei Ivanov (ice hockey)', description: 'Russian ice hockey player' },
        { title: 'Sergei Ivanov (painter)', description: 'Russian painter (1864–1910)' },
      ],
    });
  });

  it('falls back to every article link when none carries the name, and handles an empty answer', () => {
    const parsed = parseCandidates(recorded('en/links/Sergei_Ivanov.json'), 'Ivanovich', 'Ivanovich');
    expect(parsed.ok && parsed.candidates.map((c) => c.title)).toContain('Russia');
    expect(parseCandidates({ batchcomplete: true }, 'X', 'X')).toEqual({ ok: true, candidates: [] });
    expect(parseCandidates({ query: { pages: 'nope' } }, 'X', 'X').ok).toBe(false);
    expect(parseCandidates([], 'X', 'X').ok).toBe(false);
  });
});

describe('missing fields', () => {
  it('take empty values: the page link is built from the title', () => {
    const summary = summaryOf({ type: 'standard', title: 'Jo Chun Ryong', extract: 'Jo Chun Ryong is a North Korean politician. He is in charge of munitions.' });
    expect(summary.description).toBe('');
    expect(summary.thumbnailUrl).toBeNull();
    expect(summary.pageUrl).toBe('https://en.wikipedia.org/wiki/Jo_Chun_Ryong');
    const entry = summaryToEntry(summary, { alias: 'Jo Chun Ryong', fetchedAt: FETCHED, kindHint: 'person' })!;
    expect(entry.summary).toBe('Jo Chun Ryong is a North Korean politician.');
    expect(entry.kind).toBe('person');
    expect(entry.links).toHaveLength(1);
  });

  it('accept null optional fields', () => {
    const summary = summaryOf({ type: 'standard', title: 'X', description: null, extract: null, thumbnail: null, coordinates: null, content_urls: null });
    expect(summary.extract).toBe('');
  });

  it('leave no entry when there is neither a description nor an extract', () => {
    expect(summaryToEntry(summaryOf({ type: 'no-extract', title: 'Some page' }), { alias: 'Some page', fetchedAt: FETCHED })).toBeNull();
  });

  it('fall back to a topic when nothing tells the kind', () => {
    expect(guessKind({ description: '', coordinates: null })).toBe('topic');
    expect(guessKind({ description: '', coordinates: null }, 'organization')).toBe('organization');
  });
});

describe('malformed answers', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'standard'],
    ['no title', { type: 'standard', extract: 'text' }],
    ['a numeric title', { type: 'standard', title: 42 }],
    ['an empty title', { type: 'standard', title: '' }],
    ['no type', { title: 'X' }],
    ['a numeric extract', { type: 'standard', title: 'X', extract: 7 }],
    ['a thumbnail without a source', { type: 'standard', title: 'X', thumbnail: { width: 3 } }],
    ['coordinates as strings', { type: 'standard', title: 'X', coordinates: { lat: '1', lon: '2' } }],
  ])('refuse %s with a readable reason', (_label, raw) => {
    const parsed = parseSummary(raw, 'en');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.length).toBeGreaterThan(3);
  });

  it('refuse an oversized field', () => {
    expect(parseSummary({ type: 'standard', title: 'X', extract: 'x'.repeat(200_000) }, 'en').ok).toBe(false);
  });
});

describe('untrusted values', () => {
  it('keep only Wikipedia and Wikimedia https URLs', () => {
    const summary = summaryOf({
      type: 'standard',
      title: 'X',
      extract: 'x',
      content_urls: { desktop: { page: 'https://evil.example/wiki/X' } },
      thumbnail: { source: 'javascript:alert(1)' },
    });
    expect(summary.pageUrl).toBe('https://en.wikipedia.org/wiki/X');
    expect(summary.thumbnailUrl).toBeNull();
    expect(summaryOf({ type: 'standard', title: 'X', thumbnail: { source: '//upload.wikimedia.org/a.jpg' } }).thumbnailUrl).toBe('https://upload.wikimedia.org/a.jpg');
    expect(summaryOf({ type: 'standard', title: 'X', content_urls: { desktop: { page: 'http://en.wikipedia.org/wiki/X' } } }).pageUrl).toBe('https://en.wikipedia.org/wiki/X');
  });

  it('drop impossible coordinates and control characters', () => {
    const summary = summaryOf({ type: 'standard', title: 'A\u0000B', extract: 'one\u0007 two\n\n\nthree', coordinates: { lat: 91, lon: 0 } });
    expect(summary.title).toBe('A B');
    expect(summary.extract).toBe('one two\n\nthree');
    expect(summary.coordinates).toBeNull();
    expect(plainText('  a \t b  ')).toBe('a b');
  });

  it('cap very long notes and summaries', () => {
    const entry = summaryToEntry(summaryOf({ type: 'standard', title: 'X', description: 'd '.repeat(400), extract: 'word '.repeat(2_000) }), { alias: 'X', fetchedAt: FETCHED })!;
    expect(entry.notes.length).toBeLessThanOrEqual(4_000);
    expect(entry.notes.endsWith('…')).toBe(true);
    expect(entry.summary.length).toBeLessThanOrEqual(300);
  });
});

describe('helpers', () => {
  it('map a page language to an edition, English otherwise', () => {
    expect(wikiLanguage('de-DE')).toBe('de');
    expect(wikiLanguage('EN_us')).toBe('en');
    expect(wikiLanguage('zh-yue-HK')).toBe('zh-yue');
    expect(wikiLanguage('x-klingon')).toBeNull();
    expect(wikiLanguage('')).toBeNull();
    expect(editionFor('fr', true)).toBe('fr');
    expect(editionFor('fr', false)).toBe('en');
    expect(editionFor(null, true)).toBe('en');
    expect(editionFor('../evil', true)).toBe('en');
  });

  it('guess kinds from descriptions', () => {
    const kind = (description: string, coordinates: { lat: number; lon: number } | null = null) => guessKind({ description, coordinates });
    expect(kind('Russian politician (born 1953)')).toBe('person');
    expect(kind('American businessman (1946–2020)')).toBe('person');
    expect(kind('Russian sovereign wealth fund')).toBe('organization');
    expect(kind('Political party in Russia')).toBe('organization');
    expect(kind('City in Primorsky Krai, Russia', { lat: 1, lon: 2 })).toBe('place');
    expect(kind('River in Russia and China')).toBe('place');
    expect(kind('2018 summit in Singapore')).toBe('event');
    expect(kind('Branch of economics')).toBe('topic');
  });

  it('recognise the 404 problem body, names from titles, ids and the same article', () => {
    expect(isNotFoundProblem(recorded('not-found.json'))).toBe(true);
    expect(isNotFoundProblem({ type: 'standard' })).toBe(false);
    expect(nameFromTitle('Sergei Ivanov (painter)')).toBe('Sergei Ivanov');
    expect(nameFromTitle('(Untitled)')).toBe('(Untitled)');
    expect(wikipediaEntryId('en', 'Kirill Dmitriev')).toBe('wikipedia:en:Kirill_Dmitriev');
    expect(wikipediaEntryId('en', 'x'.repeat(400)).length).toBeLessThanOrEqual(200);
    expect(articleUrl('de', 'Kirill Dmitrijew')).toBe('https://de.wikipedia.org/wiki/Kirill_Dmitrijew');
    expect(sameArticle('https://en.wikipedia.org/wiki/Kim_Jong_Un', 'https://en.m.wikipedia.org/wiki/Kim%20Jong%20Un')).toBe(true);
    expect(sameArticle('https://en.wikipedia.org/wiki/Kim_Jong_Un', 'https://de.wikipedia.org/wiki/Kim_Jong_Un')).toBe(false);
    expect(sameArticle('not a url', 'not a url')).toBe(false);
  });
});
