import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BackstoryDb } from '../db/schema';
import { entry } from '../glossary/test-helpers';
import { MAX_TEXT_LENGTH } from '../messaging/protocol';
import { createAnalysisService } from './analysis-service';
import { createRouter } from './router';
import { articleMeta } from './test-helpers';

const EXT_ID = 'backstory-test';
const ORIGIN = 'chrome-extension://backstory-test/';
const CONTENT = { id: EXT_ID, url: 'https://news.example/a', tab: { id: 7 } };
const PACK = {
  id: 'test',
  version: 1,
  title: 'Test',
  entries: [entry('putin', 'person', ['Vladimir Putin', 'Putin'], { origin: 'test', facts: [{ label: 'Born', value: '1952' }] })],
};
const META = articleMeta();

let n = 0;
const opened: BackstoryDb[] = [];
function setup() {
  const db = new BackstoryDb(`router-test-${Date.now()}-${n++}`);
  opened.push(db);
  const analysed: number[] = [];
  const route = createRouter(createAnalysisService(db, [PACK]), {
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    onAnalysed: (tabId) => analysed.push(tabId),
  });
  return { db, route, analysed };
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Everything in the database, to prove a refused message wrote nothing. */
async function snapshot(db: BackstoryDb) {
  return JSON.stringify(await Promise.all([db.glossary.toArray(), db.edits.toArray(), db.packs.toArray(), db.meta.toArray()]));
}

describe('background router', () => {
  it('answers a valid analyse with mentions and card entries', async () => {
    const { route, analysed } = setup();
    const reply = await route({ type: 'analyse', text: 'Vladimir Putin spoke. Putin left.', meta: META }, CONTENT);
    expect(reply.ok).toBe(true);
    if (!reply.ok || !('mentions' in reply)) throw new Error('expected an analysis');
    expect(reply.mentions.map((m) => m.entryId)).toEqual(['putin', 'putin']);
    expect(reply.entries[0]).toMatchObject({ id: 'putin', name: 'Vladimir Putin', facts: [{ label: 'Born', value: '1952' }] });
    expect(analysed).toEqual([7]);
  });

  it.each([
    ['no type', { text: 'x', meta: META }],
    ['unknown type', { type: 'drop-database' }],
    ['text not a string', { type: 'analyse', text: 42, meta: META }],
    ['missing meta', { type: 'analyse', text: 'Putin' }],
    ['non-http url', { type: 'analyse', text: 'Putin', meta: { ...META, url: 'javascript:alert(1)' } }],
    ['extra field', { type: 'analyse', text: 'Putin', meta: META, evil: true }],
    ['oversized text', { type: 'analyse', text: 'a'.repeat(MAX_TEXT_LENGTH + 1), meta: META }],
    ['oversized title', { type: 'analyse', text: 'Putin', meta: { ...META, title: 'x'.repeat(10_000) } }],
    ['too many ids', { type: 'get-entries', ids: Array.from({ length: 6000 }, (_, i) => `id${i}`) }],
    ['null', null],
    ['a string', 'analyse'],
  ])('refuses a malformed message (%s) with an error and no side effect', async (_, message) => {
    const { db, route, analysed } = setup();
    await route({ type: 'get-entries', ids: [] }, CONTENT); // seed first, so "no write" is meaningful
    const before = await snapshot(db);
    const reply = await route(message, CONTENT);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/Invalid message/);
    expect(await snapshot(db)).toBe(before);
    expect(analysed).toEqual([]);
  });

  it.each([
    ['another extension', { ...CONTENT, id: 'someone-else' }],
    ['no tab and no extension url', { id: EXT_ID, url: 'https://news.example/a' }],
    ['a non-web tab', { id: EXT_ID, url: 'file:///etc/passwd', tab: { id: 3 } }],
  ])('refuses messages from %s', async (_, sender) => {
    const { route, analysed } = setup();
    const reply = await route({ type: 'analyse', text: 'Putin', meta: META }, sender);
    expect(reply).toEqual({ ok: false, error: 'Message refused: unknown sender' });
    expect(analysed).toEqual([]);
  });

  it('accepts the same request from an extension page', async () => {
    const { route } = setup();
    const reply = await route({ type: 'get-entries', ids: ['putin'] }, { id: EXT_ID, url: `${ORIGIN}sidepanel.html` });
    expect(reply).toMatchObject({ ok: true, entries: [{ id: 'putin' }] });
  });

  it('survives random messages without throwing or writing', async () => {
    const { db, route } = setup();
    await route({ type: 'get-entries', ids: [] }, CONTENT);
    const before = await snapshot(db);
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (message) => {
        const reply = await route(message, CONTENT);
        expect(reply.ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
    expect(await snapshot(db)).toBe(before);
  });

  it('survives near-valid messages (right type, random fields): no crash, no write', async () => {
    const { db, route } = setup();
    // Seeds the packs (an extension page may ask for entries; a content script may not).
    await route({ type: 'get-entries', ids: [] }, { id: EXT_ID, url: `${ORIGIN}sidepanel.html` });
    const before = await snapshot(db);
    const nearValid = fc.record(
      {
        type: fc.constantFrom('analyse', 'get-entries', 'card-entries', 'report-state', 'save-tab', 'open-side-panel'),
        text: fc.oneof(fc.string(), fc.anything()),
        meta: fc.oneof(fc.constant(META), fc.object(), fc.anything()),
        ids: fc.oneof(fc.array(fc.string()), fc.anything()),
      },
      { requiredKeys: ['type'] },
    );
    await fc.assert(
      fc.asyncProperty(nearValid, async (message) => {
        const reply = await route(message, CONTENT);
        expect(typeof reply.ok).toBe('boolean');
      }),
      { numRuns: 2_000 },
    );
    expect(await snapshot(db)).toBe(before);
  });
});

describe('side panel messages', () => {
  function panelSetup() {
    const db = new BackstoryDb(`router-panel-${Date.now()}-${n++}`);
    opened.push(db);
    const reports: Array<[number, unknown]> = [];
    const opens: Array<[number, string | null]> = [];
    const analysed: Array<[number, string]> = [];
    const route = createRouter(createAnalysisService(db, [PACK]), {
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      onAnalysed: (tabId, _reply, request) => analysed.push([tabId, request.meta.title]),
      onStateReported: (tabId, report) => reports.push([tabId, report]),
      openSidePanel: async (tabId, entryId) => {
        opens.push([tabId, entryId]);
        return { opened: true };
      },
    });
    return { route, reports, opens, analysed };
  }

  it('hands the request to onAnalysed, so the tab record can keep the article meta', async () => {
    const { route, analysed } = panelSetup();
    await route({ type: 'analyse', text: 'Putin spoke.', meta: META }, CONTENT);
    expect(analysed).toEqual([[7, 'Title']]);
  });

  it('keeps the tab record for the page’s own question when its probe found mentions; a probe that found none is the record', async () => {
    const { route, analysed } = panelSetup();
    const withMentions = (await route({ type: 'analyse', text: 'Putin spoke.', meta: META, probe: true }, CONTENT)) as { ok: boolean; mentions: unknown[] };
    expect(withMentions.mentions.length).toBeGreaterThan(0);
    expect(analysed).toEqual([]);
    await route({ type: 'analyse', text: 'Nobody spoke.', meta: META, probe: true }, CONTENT);
    expect(analysed).toEqual([[7, 'Title']]);
  });

  it('records a content script’s reported state with the sender’s tab and URL', async () => {
    const { route, reports } = panelSetup();
    expect(await route({ type: 'report-state', state: 'not-article' }, CONTENT)).toEqual({ ok: true });
    expect(reports).toEqual([[7, { state: 'not-article', url: CONTENT.url }]]);
  });

  it('opens the panel on the sender’s tab with the card’s entry', async () => {
    const { route, opens } = panelSetup();
    expect(await route({ type: 'open-side-panel', entryId: 'putin' }, CONTENT)).toEqual({ ok: true, opened: true });
    expect(opens).toEqual([[7, 'putin']]);
  });

  it.each([
    ['an unknown state', { type: 'report-state', state: 'hacked' }],
    ['an extra field', { type: 'report-state', state: 'working', tabId: 3 }],
    ['an oversized entry id', { type: 'open-side-panel', entryId: 'x'.repeat(500) }],
  ])('refuses %s', async (_, message) => {
    const { route, reports, opens } = panelSetup();
    expect(await route(message, CONTENT)).toMatchObject({ ok: false });
    expect(reports).toEqual([]);
    expect(opens).toEqual([]);
  });

  it('takes panel requests only from content scripts', async () => {
    const { route, reports, opens } = panelSetup();
    const page = { id: EXT_ID, url: `${ORIGIN}sidepanel.html` };
    expect(await route({ type: 'report-state', state: 'working' }, page)).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed/) });
    expect(await route({ type: 'open-side-panel', entryId: null }, page)).toMatchObject({ ok: false });
    expect(reports).toEqual([]);
    expect(opens).toEqual([]);
  });
});

describe('parse-page (Readability off the page)', () => {
  const HTML = '<html><body><p>Putin spoke.</p></body></html>';
  let parseDb: BackstoryDb;
  function parseSetup(parsePage: Parameters<typeof createRouter>[1]['parsePage']) {
    parseDb = new BackstoryDb(`router-parse-${Date.now()}-${n++}`);
    opened.push(parseDb);
    return createRouter(createAnalysisService(parseDb, [PACK]), { extensionId: EXT_ID, extensionOrigin: ORIGIN, parsePage });
  }

  it('hands a page’s HTML and URL to the parser and returns its article', async () => {
    const calls: Array<[string, string]> = [];
    const route = parseSetup(async (html, url) => {
      calls.push([html, url]);
      return { article: null, ms: 2 };
    });
    expect(await route({ type: 'parse-page', html: HTML, url: CONTENT.url }, CONTENT)).toEqual({ ok: true, result: { article: null, ms: 2 } });
    expect(calls).toEqual([[HTML, CONTENT.url]]);
  });

  it('gets the matcher of the parsed article’s language ready while the page reads the article back', async () => {
    const article = { html: '<p>Poutine a parlé.</p>', title: null, byline: null, siteName: null, excerpt: null, lang: 'fr-FR', dir: null, publishedTime: null };
    const route = parseSetup(async () => ({ article, ms: 1 }));
    expect(await parseDb.meta.get('matcherCompiled:fr')).toBeUndefined();
    expect(await route({ type: 'parse-page', html: HTML, url: CONTENT.url }, CONTENT)).toMatchObject({ ok: true });
    await expect.poll(async () => (await parseDb.meta.get('matcherCompiled:fr'))?.key, { timeout: 5000 }).toBe('matcherCompiled:fr');
  });

  it('says so when this browser has no parser, so the page parses itself', async () => {
    expect(await parseSetup(null)({ type: 'parse-page', html: HTML, url: CONTENT.url }, CONTENT)).toEqual({ ok: false, error: expect.stringMatching(/not available/) });
  });

  it('takes pages only from content scripts, and refuses what is not a page', async () => {
    let called = 0;
    const route = parseSetup(async () => {
      called++;
      return { article: null, ms: 0 };
    });
    expect(await route({ type: 'parse-page', html: HTML, url: CONTENT.url }, { id: EXT_ID, url: `${ORIGIN}sidepanel.html` })).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed/) });
    expect(await route({ type: 'parse-page', html: HTML, url: 'file:///etc/passwd' }, CONTENT)).toMatchObject({ ok: false });
    expect(await route({ type: 'parse-page', html: 42, url: CONTENT.url }, CONTENT)).toMatchObject({ ok: false });
    expect(called).toBe(0);
  });
});

describe('a page that passed its gate', () => {
  /** A router over a service that only records the languages it is asked to warm. */
  function warmSetup() {
    const warmed: Array<string | null | undefined> = [];
    const service = { analyse: async () => ({ ok: true as const, mentions: [], entries: [] }), cardEntries: async () => [], warm: async (lang?: string | null) => void warmed.push(lang) };
    return { warmed, route: createRouter(service, { extensionId: EXT_ID, extensionOrigin: ORIGIN }) };
  }

  it('has the matcher of the language it declares readied while it is parsed', async () => {
    const { route, warmed } = warmSetup();
    expect(await route({ type: 'report-state', state: 'working', lang: 'fr-CA' }, CONTENT)).toEqual({ ok: true });
    expect(await route({ type: 'report-state', state: 'working' }, CONTENT)).toEqual({ ok: true });
    expect(warmed).toEqual(['fr-CA', null]);
  });

  it('readies nothing for a page that is no article, nor for a sender that is no content script', async () => {
    const { route, warmed } = warmSetup();
    await route({ type: 'report-state', state: 'not-article', lang: 'fr' }, CONTENT);
    await route({ type: 'report-state', state: 'working', lang: 'fr' }, { id: EXT_ID, url: `${ORIGIN}sidepanel.html` });
    expect(await route({ type: 'report-state', state: 'working', lang: 'x'.repeat(36) }, CONTENT)).toMatchObject({ ok: false });
    expect(warmed).toEqual([]);
  });
});
