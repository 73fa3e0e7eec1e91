/**
 * The whole look-up against the local Wikipedia stub (real HTTP) and an in-memory database: what is
 * stored, and that a failure of any kind stores nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getEntries, glossaryRevision, listGlossary, saveUserEntry } from '../db/glossary-repo';
import { BackstoryDb } from '../db/schema';
import { entry } from '../glossary/test-helpers';
import { startWikipediaStub, type WikipediaStub } from '../../tests/wikipedia-stub/server';
import type { Endpoint } from '../wikipedia/endpoint';
import { lookUp, type LookupDeps } from './wikipedia-lookup';

let stub: WikipediaStub;
beforeAll(async () => {
  stub = await startWikipediaStub({ slowMs: 2_000 });
});
afterAll(async () => {
  await stub.close();
});

let n = 0;
const opened: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
  stub.hits.length = 0;
  stub.failNext(0);
});

function setup(overrides: Partial<LookupDeps> = {}) {
  const db = new BackstoryDb(`wikipedia-test-${Date.now()}-${n++}`);
  opened.push(db);
  const onSaved = vi.fn(async () => undefined);
  const deps: LookupDeps = {
    db,
    settings: async () => ({ wikipediaLookups: true, wikipediaArticleLanguage: true }),
    endpoint: async (): Promise<Endpoint> => ({ kind: 'local', base: stub.url }),
    hasPermission: async () => false,
    now: () => new Date('2025-06-03T10:00:00Z'),
    onSaved,
    ...overrides,
  };
  return { db, deps, onSaved };
}

describe('a look-up that finds a summary', () => {
  it('stores it as a wikipedia entry, bumps the revision and tells open pages', async () => {
    const { db, deps, onSaved } = setup();
    const outcome = await lookUp(deps, { name: 'Kirill Dmitriev', articleLang: 'en-US', kind: 'person' });
    expect(outcome).toEqual({
      status: 'saved',
      entry: { id: 'wikipedia:en:Kirill_Dmitriev', name: 'Kirill Dmitriev', kind: 'person', summary: 'Russian banker and head of the Russian Direct Investment Fund', origin: 'wikipedia' },
      lang: 'en',
      pageUrl: 'https://en.wikipedia.org/wiki/Kirill_Dmitriev',
    });
    expect(stub.hits).toEqual(['GET /en/api/rest_v1/page/summary/Kirill_Dmitriev']);
    const [stored] = await getEntries(db, ['wikipedia:en:Kirill_Dmitriev']);
    expect(stored).toMatchObject({ origin: 'wikipedia', asOf: '2025-06-03', aliases: ['Kirill Dmitriev'] });
    expect(await glossaryRevision(db)).toBe(1);
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('follows a redirect, and a second look-up of the same article adds the alias to the one entry', async () => {
    const { db, deps } = setup();
    await lookUp(deps, { name: 'Kirill Dmitriev', articleLang: null });
    const again = await lookUp(deps, { name: 'Kirill Dmitriyev', articleLang: null });
    expect(again.status).toBe('saved');
    expect(stub.hits).toContain('GET /en/api/rest_v1/page/summary/Kirill_Dmitriyev');
    const rows = (await listGlossary(db)).filter((e) => e.origin === 'wikipedia');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.aliases).toEqual(['Kirill Dmitriev', 'Kirill Dmitriyev']);
  });

  it('uses the article’s language edition when allowed, English otherwise', async () => {
    const follow = setup();
    const german = await lookUp(follow.deps, { name: 'Kirill Dmitriev', articleLang: 'de-DE' });
    expect(german).toMatchObject({ status: 'saved', lang: 'de', entry: { id: 'wikipedia:de:Kirill_Dmitrijew', summary: 'Russischer Bankmanager' } });
    expect(stub.hits[0]).toBe('GET /de/api/rest_v1/page/summary/Kirill_Dmitriev');

    stub.hits.length = 0;
    const english = setup({ settings: async () => ({ wikipediaLookups: true, wikipediaArticleLanguage: false }) });
    expect(await lookUp(english.deps, { name: 'Kirill Dmitriev', articleLang: 'de-DE' })).toMatchObject({ status: 'saved', lang: 'en' });
    expect(stub.hits[0]).toBe('GET /en/api/rest_v1/page/summary/Kirill_Dmitriev');
  });

  it('writes nothing when the glossary already links to that article', async () => {
    const { db, deps, onSaved } = setup();
    await saveUserEntry(db, entry('my-vlad', 'place', ['Vladivostok'], { origin: 'user', links: [{ title: 'W', url: 'https://en.wikipedia.org/wiki/Vladivostok' }] }));
    const before = await glossaryRevision(db);
    const outcome = await lookUp(deps, { name: 'Vladivostok', articleLang: 'en' });
    expect(outcome).toMatchObject({ status: 'known', entry: { id: 'my-vlad', origin: 'user' } });
    expect(await glossaryRevision(db)).toBe(before);
    expect((await listGlossary(db)).map((e) => e.id)).toEqual(['my-vlad']);
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe('a disambiguation page', () => {
  it('gives a choice list and stores nothing until the reader picks one', async () => {
    const { db, deps } = setup();
    const outcome = await lookUp(deps, { name: 'Sergei Ivanov', articleLang: 'en' });
    expect(outcome).toMatchObject({ status: 'choices', title: 'Sergei Ivanov', lang: 'en', pageUrl: 'https://en.wikipedia.org/wiki/Sergei_Ivanov' });
    expect(outcome.status === 'choices' && outcome.candidates.map((c) => c.title)).toEqual([
      'Sergei Borisovich Ivanov',
      'Sergei Ivanov (footballer, born 1980)',
      'Sergei Ivanov (ice hockey)',
      'Sergei Ivanov (painter)',
    ]);
    expect(stub.hits[1]).toMatch(/^GET \/en\/w\/api\.php\?action=query&.*generator=links&titles=Sergei\+Ivanov/);
    expect(await listGlossary(db)).toEqual([]);

    const picked = await lookUp(deps, { name: 'Sergei Ivanov', title: 'Sergei Borisovich Ivanov', articleLang: 'en' });
    expect(picked).toMatchObject({ status: 'saved', entry: { name: 'Sergei Borisovich Ivanov', kind: 'person' } });
    const [stored] = await listGlossary(db);
    expect(stored!.aliases).toEqual(['Sergei Borisovich Ivanov', 'Sergei Ivanov']);
  });

  it('still offers the page when its list cannot be read', async () => {
    const { deps } = setup();
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => (++calls === 2 ? new Response('oops', { status: 200 }) : fetch(input, init));
    const outcome = await lookUp({ ...deps, fetch: flaky }, { name: 'Sergei Ivanov', articleLang: 'en' });
    expect(outcome).toMatchObject({ status: 'choices', candidates: [], error: expect.stringMatching(/could not be read/) });
  });
});

describe('nothing is stored when', () => {
  async function expectNothingStored(db: BackstoryDb) {
    expect(await listGlossary(db)).toEqual([]);
    expect(await glossaryRevision(db)).toBe(0);
  }

  it('Wikipedia has no such page (404), said plainly', async () => {
    const { db, deps } = setup();
    expect(await lookUp(deps, { name: 'Ivan Petrovsky-Lenz', articleLang: 'en' })).toEqual({ status: 'not-found', name: 'Ivan Petrovsky-Lenz', lang: 'en' });
    await expectNothingStored(db);
  });

  it.each([
    ['Malformed_answer', /not valid JSON/, false],
    ['Wrong_shape', /could not be read \(title: /, false],
    ['Oversized_answer', /larger than 256 KB/, false],
  ])('the answer is bad (%s): a clear error', async (title, message, retryable) => {
    const { db, deps, onSaved } = setup();
    const outcome = await lookUp(deps, { name: title.replace('_', ' '), articleLang: 'en' });
    expect(outcome).toMatchObject({ status: 'error', error: expect.stringMatching(message), retryable });
    expect(outcome.status === 'error' && outcome.error).toMatch(/Nothing was saved\.$/);
    expect(onSaved).not.toHaveBeenCalled();
    await expectNothingStored(db);
  });

  it('the network fails; trying again works', async () => {
    const { db, deps } = setup();
    stub.failNext(1);
    const failed = await lookUp(deps, { name: 'Kirill Dmitriev', articleLang: 'en' });
    expect(failed).toMatchObject({ status: 'error', retryable: true, error: expect.stringMatching(/^Could not reach Wikipedia/) });
    await expectNothingStored(db);
    expect((await lookUp(deps, { name: 'Kirill Dmitriev', articleLang: 'en' })).status).toBe('saved');
  });

  it('Wikipedia is too slow', async () => {
    const { db, deps } = setup({ timeoutMs: 300 });
    expect(await lookUp(deps, { name: 'Slow answer', articleLang: 'en' })).toMatchObject({ status: 'error', retryable: true, error: expect.stringMatching(/did not answer within/) });
    await expectNothingStored(db);
  });

  it('the page has no summary', async () => {
    const { db, deps } = setup();
    const noExtract: typeof fetch = async () => new Response(JSON.stringify({ type: 'no-extract', title: 'Empty page' }), { status: 200 });
    expect(await lookUp({ ...deps, fetch: noExtract }, { name: 'Empty page', articleLang: 'en' })).toMatchObject({ status: 'no-summary', title: 'Empty page' });
    await expectNothingStored(db);
  });
});

describe('no request is made when', () => {
  it('look-ups are switched off', async () => {
    const spy = vi.fn(fetch);
    const { db, deps } = setup({ settings: async () => ({ wikipediaLookups: false, wikipediaArticleLanguage: true }), fetch: spy });
    expect(await lookUp(deps, { name: 'Kirill Dmitriev', articleLang: 'en' })).toEqual({ status: 'off' });
    expect(spy).not.toHaveBeenCalled();
    expect(stub.hits).toEqual([]);
    expect(await listGlossary(db)).toEqual([]);
  });

  it('production has no permission; with it, the request goes to the language edition on wikipedia.org', async () => {
    const spy = vi.fn(async () => new Response(JSON.stringify({ type: 'standard', title: 'Kirill Dmitriev', description: 'Russian banker', extract: 'x' }), { status: 200 }));
    const production = setup({ endpoint: async () => ({ kind: 'wikipedia' }), fetch: spy as unknown as typeof fetch });
    expect(await lookUp(production.deps, { name: 'Kirill Dmitriev', articleLang: 'fr' })).toEqual({ status: 'needs-permission', lang: 'fr' });
    expect(spy).not.toHaveBeenCalled();

    const granted = await lookUp({ ...production.deps, hasPermission: async () => true }, { name: 'Kirill Dmitriev', articleLang: 'fr' });
    expect(granted.status).toBe('saved');
    expect((spy.mock.calls[0] as unknown[])[0]).toBe('https://fr.wikipedia.org/api/rest_v1/page/summary/Kirill_Dmitriev');
  });
});
