import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArticle, insertArticles, newArticleId, saveArticle, setFavourite, setState, setTags, type StoredArticle } from './articles-repo';
import type { BackstoryDb } from './schema';
import { EntityResolver } from '../reading-list/entity-resolver';
import { parseQuery } from '../reading-list/query';
import { containsPhrase, searchArticles, type SearchOptions } from './articles-search';
import { closeAll, draft, freshDb, mention } from '../reading-list/test-helpers';

const resolver = new EntityResolver([
  { id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin', 'Vladimir Vladimirovich Putin'] },
  { id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', aliases: ['Kim Jong-un'] },
  { id: 'kim-yo-jong', kind: 'person', name: 'Kim Yo Jong' },
  { id: 'ussuriysk', kind: 'place', name: 'Ussuriysk' },
  { id: 'kcna', kind: 'organization', name: 'Korean Central News Agency', aliases: ['KCNA'] },
  { id: 'un-sanctions', kind: 'topic', name: 'UN sanctions on North Korea' },
]);

let db: BackstoryDb;
const ids: Record<string, string> = {};

beforeEach(async () => {
  db = freshDb('search');
  const save = async (key: string, d: Parameters<typeof saveArticle>[1], at: number) => {
    ids[key] = (await saveArticle(db, d, at)).article.id;
  };
  await save(
    'summit',
    draft('https://apnews.example/article/kim-putin', 'Kim is in Russia to meet Putin', 'Kim Jong Un rolled into Russia on an armored train. The train was seen in Ussuriysk, north of Vladivostok.', {
      mentions: [mention('kim-jong-un', 'person', 'Kim Jong Un', 3), mention('vladimir-putin', 'person', 'Vladimir Putin', 2), mention('ussuriysk', 'place', 'Ussuriysk')],
      publishedAt: Date.UTC(2023, 8, 12),
      lang: 'en',
    }),
    3000,
  );
  await save(
    'sanctions',
    draft('https://news.bbc.co.uk/world/sanctions', 'UN panel reports sanctions violations', 'The panel says the armored trains carried munitions. KCNA denied it. Sanctions were tightened.', {
      mentions: [mention('kcna', 'organization', 'Korean Central News Agency'), mention('un-sanctions', 'topic', 'UN sanctions on North Korea', 2)],
      publishedAt: Date.UTC(2024, 0, 5),
    }),
    2000,
  );
  await save(
    'sister',
    draft('https://www.bbc.com/news/kim-yo-jong', 'Kim Yo Jong warns Seoul', 'Kim Yo Jong, the sister of the leader, warned Seoul about drills. Train timetables were unaffected.', {
      mentions: [mention('kim-yo-jong', 'person', 'Kim Yo Jong', 2)],
    }),
    1000,
  );
  await setTags(db, ids.summit!, ['korea', 'Russia']);
  await setTags(db, ids.sister!, ['korea']);
  await setState(db, [ids.sanctions!], 'archived');
  await setFavourite(db, [ids.sister!], true);
});
afterEach(closeAll);

async function find(query: string, extra: Partial<SearchOptions> = {}): Promise<string[]> {
  const result = await searchArticles(db, { query, resolver, ...extra });
  const names = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return result.ids.map((id) => names[id]!);
}

describe('searchArticles', () => {
  it('lists everything, newest saved first, for an empty query', async () => {
    expect(await find('')).toEqual(['summit', 'sanctions', 'sister']);
  });

  it('finds a word anywhere in the text, case and diacritics folded', async () => {
    expect(await find('Ussuriysk')).toEqual(['summit']);
    expect(await find('USSURIYSK')).toEqual(['summit']);
    expect(await find('vladivostok')).toEqual(['summit']);
  });

  it('matches words as prefixes, and requires every word', async () => {
    expect(await find('train')).toEqual(['summit', 'sanctions', 'sister']);
    expect(await find('armor train')).toEqual(['summit', 'sanctions']);
    expect(await find('armored munitions')).toEqual(['sanctions']);
  });

  it('finds words in the title', async () => {
    expect(await find('warns')).toEqual(['sister']);
  });

  it('verifies quoted phrases on the candidates', async () => {
    expect(await find('"armored train"')).toEqual(['summit']);
    expect(await find('"train armored"')).toEqual([]);
    expect(await find('"Kim Yo Jong"')).toEqual(['sister']);
  });

  it('is:unread, is:archived, is:fav', async () => {
    expect(await find('is:unread')).toEqual(['summit', 'sister']);
    expect(await find('is:archived')).toEqual(['sanctions']);
    expect(await find('is:read')).toEqual(['sanctions']);
    expect(await find('is:fav')).toEqual(['sister']);
  });

  it('tag:', async () => {
    expect(await find('tag:korea')).toEqual(['summit', 'sister']);
    expect(await find('tag:russia')).toEqual(['summit']);
    expect(await find('tag:Russia')).toEqual(['summit']);
    expect(await find('tag:nothing')).toEqual([]);
  });

  it('site: by host, parent domain, without www, or bare name', async () => {
    expect(await find('site:apnews.example')).toEqual(['summit']);
    expect(await find('site:bbc.co.uk')).toEqual(['sanctions']);
    expect(await find('site:bbc.com')).toEqual(['sister']);
    expect(await find('site:www.bbc.com')).toEqual(['sister']);
    expect(await find('site:bbc')).toEqual(['sanctions', 'sister']);
    expect(await find('site:https://apnews.example/x')).toEqual(['summit']);
  });

  it('person: by full name, by a word of the name, by id', async () => {
    expect(await find('person:"Vladimir Putin"')).toEqual(['summit']);
    expect(await find('person:putin')).toEqual(['summit']);
    expect(await find('person:vladimir-putin')).toEqual(['summit']);
    expect(await find('person:kim')).toEqual(['summit', 'sister']);
    expect(await find('person:"Kim Yo Jong"')).toEqual(['sister']);
    expect(await find('person:Ussuriysk')).toEqual([]);
  });

  it('place:, org:, topic:', async () => {
    expect(await find('place:Ussuriysk')).toEqual(['summit']);
    expect(await find('org:KCNA')).toEqual(['sanctions']);
    expect(await find('org:"Korean Central News Agency"')).toEqual(['sanctions']);
    expect(await find('topic:sanctions')).toEqual(['sanctions']);
    expect(await find('place:kcna')).toEqual([]);
  });

  it('- negates words, phrases and operators', async () => {
    expect(await find('train -munitions')).toEqual(['summit', 'sister']);
    expect(await find('train -"armored train"')).toEqual(['sanctions', 'sister']);
    expect(await find('-is:archived')).toEqual(['summit', 'sister']);
    expect(await find('-tag:korea')).toEqual(['sanctions']);
    expect(await find('-person:putin')).toEqual(['sanctions', 'sister']);
    expect(await find('-site:bbc')).toEqual(['summit']);
  });

  it('combines operators with AND', async () => {
    expect(await find('tag:korea is:unread person:kim -is:fav')).toEqual(['summit']);
    expect(await find('train site:bbc is:unread')).toEqual(['sister']);
  });

  it('applies the view’s filters on top of the query', async () => {
    expect(await find('train', { filters: [{ kind: 'tag', value: 'korea' }] })).toEqual(['summit', 'sister']);
  });

  it('sorts by saved date, published date, title and reading time, both ways', async () => {
    expect(await find('', { sort: 'savedAt', direction: 'asc' })).toEqual(['sister', 'sanctions', 'summit']);
    // No published date: last in both directions.
    expect(await find('', { sort: 'publishedAt', direction: 'desc' })).toEqual(['sanctions', 'summit', 'sister']);
    expect(await find('', { sort: 'publishedAt', direction: 'asc' })).toEqual(['summit', 'sanctions', 'sister']);
    expect(await find('', { sort: 'title' })).toEqual(['summit', 'sister', 'sanctions']);
    expect(await find('train', { sort: 'title', direction: 'desc' })).toEqual(['sanctions', 'sister', 'summit']);
    expect(await find('train', { sort: 'publishedAt' })).toEqual(['sanctions', 'summit', 'sister']);
    expect((await searchArticles(db, { query: '', sort: 'readingTime' })).total).toBe(3);
  });

  it('pages results and counts the total', async () => {
    const r = await searchArticles(db, { query: 'train', limit: 2, offset: 1 });
    expect(r.total).toBe(3);
    expect(r.articles.map((a) => a.id)).toEqual([ids.sanctions, ids.sister]);
  });

  it('reports a mistyped is: value and runs the rest', async () => {
    const r = await searchArticles(db, { query: 'is:unred train', resolver });
    expect(r.query.problems[0]).toMatch(/is:unred/);
    expect(r.total).toBe(3);
  });

  it('answers from indexes: a word search reads no article body', async () => {
    const reads: string[] = [];
    const orig = db.articleBodies.bulkGet.bind(db.articleBodies);
    db.articleBodies.bulkGet = ((keys: string[]) => {
      reads.push(...keys);
      return orig(keys);
    }) as typeof db.articleBodies.bulkGet;
    const spyGet = db.articleBodies.toArray.bind(db.articleBodies);
    let scanned = false;
    db.articleBodies.toArray = (() => {
      scanned = true;
      return spyGet();
    }) as typeof db.articleBodies.toArray;
    expect(await find('ussuriysk person:putin tag:korea -is:archived')).toEqual(['summit']);
    expect(reads).toEqual([]);
    expect(scanned).toBe(false);
    // A phrase reads only its candidates' bodies.
    expect(await find('"armored train"')).toEqual(['summit']);
    expect(reads).toEqual([ids.summit]); // "armored trains" has no exact "train": not even a candidate
  });
});

describe('phrases over many candidates', () => {
  it('checks phrases only as far as the page needs, and says the total is an upper bound', async () => {
    const many = freshDb('phrases');
    // 400 articles hold both words; every other one holds them as the phrase.
    const items = Array.from({ length: 400 }, (_, i) =>
      buildArticle(
        { url: `https://x.example/${i}`, title: `Story ${i}`, text: i % 2 === 0 ? 'Vladimir Putin spoke.' : 'Putin met Vladimir.', savedAt: 1000 + i },
        `id${String(i).padStart(3, '0')}`,
        1,
      ),
    );
    await insertArticles(many, items);
    const r = await searchArticles(many, { query: '"Vladimir Putin"', limit: 20 });
    expect(r.totalIsExact).toBe(false);
    expect(r.articles).toHaveLength(20);
    expect(r.articles.every((a) => Number(a.id.slice(2)) % 2 === 0)).toBe(true);
    expect(r.articles[0]!.id).toBe('id398'); // newest first
    expect(r.total).toBeLessThanOrEqual(400);
    expect(r.total).toBeGreaterThanOrEqual(200);
    // Asking for everything checks everything: exact.
    const all = await searchArticles(many, { query: '"Vladimir Putin"', limit: 1000, phraseBudgetMs: Infinity });
    expect(all).toMatchObject({ total: 200, totalIsExact: true });
    const negated = await searchArticles(many, { query: 'putin -"Vladimir Putin"', limit: 1000, phraseBudgetMs: Infinity });
    expect(negated).toMatchObject({ total: 200, totalIsExact: true });
    expect(negated.articles.every((a) => Number(a.id.slice(2)) % 2 === 1)).toBe(true);
    // Out of time: what was confirmed so far, marked not exact.
    const hurried = await searchArticles(many, { query: '"Vladimir Putin"', limit: 100, phraseBudgetMs: 0 });
    expect(hurried.totalIsExact).toBe(false);
    expect(hurried.ids.length).toBe(60); // one batch checked: 120 articles, a little more than the page
  });
});

describe('ordering many results', () => {
  it('orders by date saved from the ids themselves, and by other keys from their index', async () => {
    const many = freshDb('order');
    // Saved in a shuffled order, so insertion order says nothing.
    const times = Array.from({ length: 1700 }, (_, i) => 1_600_000_000_000 + ((i * 7919) % 1700) * 60_000);
    const items = times.map((t, i) => buildArticle({ url: `https://x.example/${i}`, title: `Kim story ${String(i).padStart(4, '0')}`, text: 'Kim spoke.', savedAt: t }, newArticleId(t), 1));
    await insertArticles(many, items);
    const bySaved = [...items].sort((a, b) => b.article.savedAt - a.article.savedAt).map((i) => i.article.id);
    const r = await searchArticles(many, { query: 'kim', limit: 5 });
    expect(r.total).toBe(1700);
    expect(r.ids).toEqual(bySaved);
    const asc = await searchArticles(many, { query: 'kim', sort: 'savedAt', direction: 'asc', limit: 5 });
    expect(asc.ids).toEqual([...bySaved].reverse());
    const byTitle = await searchArticles(many, { query: 'kim', sort: 'title', limit: 3 });
    expect(byTitle.articles.map((a) => a.title)).toEqual(['Kim story 0000', 'Kim story 0001', 'Kim story 0002']);
  });
});

describe('parseQuery', () => {
  it('parses operators, phrases and negation', () => {
    const q = parseQuery('kim "armored train" -tag:Old is:fav site:www.Example.com person:“Vladimir Putin” -"x y" org:KCNA topic:sanctions place:Seoul');
    expect(q.include).toEqual([
      { kind: 'word', value: 'kim' },
      { kind: 'phrase', words: ['armored', 'train'] },
      { kind: 'is', value: 'fav' },
      { kind: 'site', value: 'example.com' },
      { kind: 'entity', entityKind: 'person', value: 'Vladimir Putin' },
      { kind: 'entity', entityKind: 'organization', value: 'KCNA' },
      { kind: 'entity', entityKind: 'topic', value: 'sanctions' },
      { kind: 'entity', entityKind: 'place', value: 'Seoul' },
    ]);
    expect(q.exclude).toEqual([
      { kind: 'tag', value: 'old' },
      { kind: 'phrase', words: ['x', 'y'] },
    ]);
  });

  it('treats unknown operators and hyphenated words as text', () => {
    expect(parseQuery('foo:bar').include).toEqual([{ kind: 'phrase', words: ['foo', 'bar'] }]);
    expect(parseQuery('Kim-Jong-un').include).toEqual([{ kind: 'phrase', words: ['kim', 'jong', 'un'] }]);
  });

  it('ignores empty operators, stray quotes and dashes', () => {
    expect(parseQuery('tag: - " ').include).toEqual([]);
    expect(parseQuery('"unterminated phrase').include).toEqual([{ kind: 'phrase', words: ['unterminated', 'phrase'] }]);
  });
});

describe('containsPhrase', () => {
  it('matches whole consecutive words only', () => {
    expect(containsPhrase('the armored train left', ['armored', 'train'])).toBe(true);
    expect(containsPhrase('the armored trains left', ['armored', 'train'])).toBe(false);
  });
});

describe('search agrees with a plain reading of every article', () => {
  it('for random queries over random articles', async () => {
    const { foldWords } = await import('../reading-list/text');
    const { rowMatches } = await import('./articles-search');
    const fc = (await import('fast-check')).default;
    const rdb = freshDb('random');
    const WORDS = ['kim', 'putin', 'train', 'trains', 'armored', 'summit', 'border', 'city', 'the', 'of', 'korea', 'russia'];
    const NAMES = [
      { id: 'vladimir-putin', kind: 'person' as const, name: 'Vladimir Putin' },
      { id: 'ussuriysk', kind: 'place' as const, name: 'Ussuriysk' },
      { id: 'kcna', kind: 'organization' as const, name: 'KCNA' },
    ];
    const rng = (() => {
      let s = 7;
      return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    })();
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
    const rows: StoredArticle[] = [];
    for (let i = 0; i < 60; i++) {
      const text = Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
      const mentions = NAMES.filter(() => rng() < 0.4).map((n) => ({ ...n, count: 1 }));
      rows.push(
        buildArticle(
          {
            url: `https://${pick(['apnews.example', 'news.bbc.co.uk', 'www.bbc.com'])}/a/${i}`,
            title: `${pick(WORDS)} ${pick(WORDS)}`,
            text,
            tags: rng() < 0.3 ? ['korea'] : rng() < 0.5 ? ['old'] : [],
            state: rng() < 0.4 ? 'archived' : 'unread',
            favourite: rng() < 0.3,
            mentions,
            savedAt: 1000 + i,
          },
          newArticleId(1000 + i),
          1,
        ),
      );
    }
    await insertArticles(rdb, rows);
    const clause = fc.oneof(
      fc.constantFrom(...WORDS, 'tra', 'kor'),
      fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `"${a} ${b}"`),
      fc.constantFrom('is:unread', 'is:archived', 'is:fav', 'tag:korea', 'tag:old', 'site:bbc', 'site:bbc.co.uk', 'site:apnews.example'),
      fc.constantFrom('person:putin', 'place:Ussuriysk', 'org:KCNA', 'person:"Vladimir Putin"'),
    );
    const queryArb = fc.array(fc.tuple(fc.boolean(), clause), { minLength: 1, maxLength: 4 }).map((cs) => cs.map(([neg, c]) => (neg ? `-${c}` : c)).join(' '));
    await fc.assert(
      fc.asyncProperty(queryArb, async (q) => {
        const result = await searchArticles(rdb, { query: q, resolver, limit: 1000, phraseBudgetMs: Infinity });
        const parsed = parseQuery(q);
        const holds = (row: StoredArticle, c: (typeof parsed.include)[number]): boolean => {
          const folded = `${foldWords(row.article.title).join(' ')} | ${foldWords(row.body.text).join(' ')}`.split(' ');
          if (c.kind === 'word') return folded.some((t) => (c.value.length >= 3 ? t.startsWith(c.value) : t === c.value));
          if (c.kind === 'phrase') return ` ${folded.join(' ')} `.includes(` ${c.words.join(' ')} `);
          return rowMatches(row.article, c, resolver);
        };
        const expected = rows
          .filter((r) => parsed.include.every((c) => holds(r, c)) && !parsed.exclude.some((c) => holds(r, c)))
          .map((r) => r.article.id)
          .sort()
          .reverse();
        expect(result.totalIsExact).toBe(true);
        expect(result.ids).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
