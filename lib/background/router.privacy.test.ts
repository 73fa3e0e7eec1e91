/**
 * The background's rules for what a content script (a page that may be hostile) gets: private
 * entries sealed in its analysis, their texts only for its own tab's entries, look-ups only for
 * names its article left open, and per-tab rate limits on parses and look-ups.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDb } from '../db/schema';
import { saveEdit, saveUserEntry } from '../db/glossary-repo';
import { entry } from '../glossary/test-helpers';
import type { AnalyseReply, AnalyseRequest, CardEntry } from '../messaging/protocol';
import { createAnalysisService } from './analysis-service';
import { createRouter, TAB_LIMITS, type TabScope } from './router';
import { openNamesOf } from './tab-analysis';

const EXT_ID = 'backstory-test';
const ORIGIN = 'chrome-extension://backstory-test/';
const TAB = 7;
const CONTENT = { id: EXT_ID, url: 'https://news.example/a', tab: { id: TAB } };
const OTHER_TAB = { id: EXT_ID, url: 'https://evil.example/', tab: { id: 8 } };
const PANEL = { id: EXT_ID, url: `${ORIGIN}sidepanel.html` };
const PACK = { id: 'test', version: 1, title: 'Test', entries: [entry('putin', 'person', ['Vladimir Putin', 'Putin'], { origin: 'test' })] };
const META: AnalyseRequest['meta'] = { url: 'https://news.example/a', canonicalUrl: null, title: 'T', byline: null, siteName: null, excerpt: null, lang: 'en', dir: null, publishedTime: null };
const TEXT = 'Vladimir Putin met Jane Doe in Kazan. Karimov said so.';

let n = 0;
const opened: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function setup(options: { parsePage?: (html: string, url: string) => Promise<never> } = {}) {
  const db = new BackstoryDb(`router-privacy-${Date.now()}-${n++}`);
  opened.push(db);
  const service = createAnalysisService(db, [PACK]);
  await service.warm();
  await saveUserEntry(db, entry('user-jane', 'person', ['Jane Doe'], { origin: 'user', summary: 'My neighbour', notes: 'Owes me a book' }));
  await saveEdit(db, 'putin', { userNotes: 'Check the 2024 speech' });
  const scopes = new Map<number, TabScope>();
  let now = 0;
  const lookups: string[] = [];
  const route = createRouter(service, {
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    now: () => now,
    tabScope: async (tabId) => scopes.get(tabId) ?? null,
    onAnalysed: (tabId, reply, request) =>
      scopes.set(tabId, { entityIds: new Set(reply.entries.map((e) => e.id)), openNames: new Set(openNamesOf(request.text, reply.mentions)) }),
    parsePage: options.parsePage ?? (async () => ({ ms: 1 }) as never),
    wikipedia: {
      lookUp: async (r) => {
        lookups.push(r.name);
        return { status: 'off' };
      },
      openSettings: async () => undefined,
    },
  });
  const tick = (ms: number) => (now += ms);
  return { db, route, tick, lookups };
}

const analyse = async (route: Awaited<ReturnType<typeof setup>>['route'], sender = CONTENT) => {
  const reply = await route({ type: 'analyse', text: TEXT, meta: META }, sender);
  if (!reply.ok || !('mentions' in reply)) throw new Error(JSON.stringify(reply));
  return reply as AnalyseReply;
};
const byId = (entries: CardEntry[], id: string) => entries.find((e) => e.id === id)!;

describe('what a content script gets before the reader acts', () => {
  it('seals the reader’s own entry (no name, summary or notes) and a bundled entry’s notes', async () => {
    const { route } = await setup();
    const reply = await analyse(route);
    const jane = byId(reply.entries, 'user-jane');
    expect(jane).toMatchObject({ id: 'user-jane', kind: 'person', sealed: true, privateName: true, name: '', summary: '', note: '' });
    expect(JSON.stringify(reply)).not.toMatch(/Jane Doe|neighbour|Owes me|2024 speech/);
    // Putin is a bundled name (highlighted in public) whose card waits for the reader's note.
    const putin = byId(reply.entries, 'putin');
    expect(putin).toMatchObject({ sealed: true, private: true });
    expect(putin.privateName).toBeUndefined();
  });

  it('marks private a mention matched through an alias the reader added to a bundled entry, and only that one', async () => {
    const { db, route } = await setup();
    await saveEdit(db, 'putin', { fields: { aliases: ['Vladimir Putin', 'Putin', 'Karimov'] } });
    const reply = await analyse(route);
    const marks = reply.mentions.filter((m) => m.entryId === 'putin').map((m) => `${TEXT.slice(m.start, m.end)}${m.private ? ' (private)' : ''}`);
    expect(marks).toEqual(['Vladimir Putin', 'Karimov (private)']);
    // The edited entry is sealed: its aliases and name never reach the page before the reader acts.
    expect(byId(reply.entries, 'putin')).toMatchObject({ sealed: true, name: '' });
  });

  it('gives an extension page (side panel, demo) everything', async () => {
    const { route } = await setup();
    const reply = await analyse(route, PANEL as typeof CONTENT);
    expect(byId(reply.entries, 'user-jane')).toMatchObject({ name: 'Jane Doe', summary: 'My neighbour' });
    expect(byId(reply.entries, 'putin').userNotes).toBe('Check the 2024 speech');
  });
});

describe('card-entries: private texts for the tab’s own entries only', () => {
  it('answers for entries of the sender tab’s analysis, with notes', async () => {
    const { route } = await setup();
    await analyse(route);
    const reply = await route({ type: 'card-entries', ids: ['user-jane', 'putin'] }, CONTENT);
    if (!reply.ok || !('entries' in reply)) throw new Error(JSON.stringify(reply));
    expect(byId(reply.entries, 'user-jane')).toMatchObject({ name: 'Jane Doe', summary: 'My neighbour' });
    expect(byId(reply.entries, 'putin').userNotes).toBe('Check the 2024 speech');
  });

  it('refuses an entry the tab’s article does not mention, another tab’s entries, and any before an analysis', async () => {
    const { route } = await setup();
    expect(await route({ type: 'card-entries', ids: ['user-jane'] }, CONTENT)).toMatchObject({ ok: false });
    await analyse(route);
    expect(await route({ type: 'card-entries', ids: ['user-jane'] }, OTHER_TAB)).toMatchObject({ ok: false });
    expect(await route({ type: 'card-entries', ids: ['putin', 'someone-else'] }, CONTENT)).toMatchObject({ ok: false });
    expect(await route({ type: 'card-entries', ids: ['constructor'] }, CONTENT)).toMatchObject({ ok: false });
  });

  it('refuses get-entries (any entry) from a content script', async () => {
    const { route } = await setup();
    expect(await route({ type: 'get-entries', ids: ['user-jane'] }, CONTENT)).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed from content/) });
    expect(await route({ type: 'get-entries', ids: ['user-jane'] }, PANEL)).toMatchObject({ ok: true });
  });

  it('limits the rate of card requests per tab', async () => {
    const { route } = await setup();
    await analyse(route);
    const replies = [];
    for (let i = 0; i < TAB_LIMITS.cardEntries.capacity + 1; i++) replies.push(await route({ type: 'card-entries', ids: ['putin'] }, CONTENT));
    expect(replies.slice(0, -1).every((r) => r.ok)).toBe(true);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/too many/) });
  });
});

describe('Wikipedia look-ups from a page', () => {
  it('only for a name its article left open, at a reader’s pace', async () => {
    const { route, tick, lookups } = await setup();
    await analyse(route);
    // Neither the reader's own name nor an arbitrary one: the test article leaves no name open.
    expect(await route({ type: 'wikipedia-lookup', name: 'Jane Doe', articleLang: 'en' }, CONTENT)).toMatchObject({ ok: false });
    expect(await route({ type: 'wikipedia-lookup', name: 'Anything at all', articleLang: 'en' }, CONTENT)).toMatchObject({ ok: false });
    expect(lookups).toEqual([]);
    // The side panel (an extension page) may look up any name the reader asks for.
    expect(await route({ type: 'wikipedia-lookup', name: 'Anything at all', articleLang: 'en' }, PANEL)).toMatchObject({ ok: true });
    tick(1);
    expect(lookups).toEqual(['Anything at all']);
  });

  it('rate-limits look-ups of open names per tab', async () => {
    const db = new BackstoryDb(`router-privacy-open-${Date.now()}-${n++}`);
    opened.push(db);
    const names: string[] = [];
    let now = 0;
    const route = createRouter(createAnalysisService(db, [PACK]), {
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      now: () => now,
      tabScope: async () => ({ entityIds: new Set(), openNames: new Set(['Kim']) }),
      wikipedia: { lookUp: async (r) => (names.push(r.name), { status: 'off' }), openSettings: async () => undefined },
    });
    const ask = () => route({ type: 'wikipedia-lookup', name: 'Kim', articleLang: 'en' }, CONTENT);
    for (let i = 0; i < TAB_LIMITS.lookups.capacity; i++) expect(await ask()).toMatchObject({ ok: true });
    expect(await ask()).toMatchObject({ ok: false, error: expect.stringMatching(/Too many look-ups/) });
    now += 1000 / TAB_LIMITS.lookups.refillPerSecond;
    expect(await ask()).toMatchObject({ ok: true });
    expect(names.length).toBe(TAB_LIMITS.lookups.capacity + 1);
  });
});

describe('parse-page rate and size per tab', () => {
  it('refuses a flood of parse requests from one tab, not from another', async () => {
    let parsed = 0;
    const { route, tick } = await setup({ parsePage: async () => (parsed++, { ms: 1 }) as never });
    const html = '<p>x</p>';
    const replies = [];
    for (let i = 0; i < TAB_LIMITS.parses.capacity + 2; i++) replies.push(await route({ type: 'parse-page', html, url: 'https://news.example/a' }, CONTENT));
    expect(replies.filter((r) => r.ok).length).toBe(TAB_LIMITS.parses.capacity);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/Too many parse requests/) });
    expect(await route({ type: 'parse-page', html, url: 'https://evil.example/' }, OTHER_TAB)).toMatchObject({ ok: true });
    tick(1000 / TAB_LIMITS.parses.refillPerSecond);
    expect(await route({ type: 'parse-page', html, url: 'https://news.example/a' }, CONTENT)).toMatchObject({ ok: true });
    expect(parsed).toBe(TAB_LIMITS.parses.capacity + 2);
  });

  it('counts characters: maximal pages back to back are refused once the tab’s budget is spent', async () => {
    const { route } = await setup();
    const big = 'x'.repeat(7_900_000);
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await route({ type: 'parse-page', html: big, url: 'https://news.example/a' }, CONTENT));
    expect(replies.map((r) => r.ok)).toEqual([true, true, true, false]);
  });
});
