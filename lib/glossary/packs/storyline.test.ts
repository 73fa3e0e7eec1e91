// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/article';
import { compileMatcher, foldName } from '../matcher';
import { ENTRY_KINDS } from '../types';
import { BUNDLED_PACKS } from './index';

const storyline = BUNDLED_PACKS.find((p) => p.id === 'storyline')!;

/** Every entity the seed article names, as issue "Hover to understand" lists them. */
export const SEED_ENTITIES = [
  'kim-jong-un', 'vladimir-putin', 'dmitry-peskov', 'sergei-shoigu', 'jo-chun-ryong',
  'north-korea', 'south-korea', 'russia', 'ukraine', 'seoul', 'moscow', 'vladivostok', 'ussuriysk', 'razdolnaya-river',
  'kremlin', 'kcna', 'ria-novosti', 'yonhap', 'unification-ministry',
  'un-sanctions-north-korea', 'russian-invasion-of-ukraine', 'workers-party-of-korea', 'eastern-economic-forum',
];

describe('storyline pack', () => {
  it('is well formed: kinds, summaries, facts, links, dates, related ids', () => {
    const ids = new Set(storyline.entries.map((e) => e.id));
    expect(ids.size).toBe(storyline.entries.length);
    for (const e of storyline.entries) {
      expect(ENTRY_KINDS).toContain(e.kind);
      expect(e.origin).toBe('storyline');
      expect(e.summary.length, e.id).toBeGreaterThan(10);
      expect(e.notes.split('\n\n').length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.facts.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.facts.length, e.id).toBeLessThanOrEqual(6);
      expect(e.links[0]?.url, e.id).toMatch(/^https:\/\//);
      expect(e.asOf, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const r of e.related) expect(ids, `${e.id} -> ${r}`).toContain(r);
      if (e.kind === 'place') expect(e.coordinates, e.id).toBeDefined();
    }
  });

  it('gives no alias to two entries', () => {
    const owner = new Map<string, string>();
    for (const e of storyline.entries) {
      for (const a of new Set([e.name, ...e.aliases].map(foldName))) {
        expect(owner.get(a) ?? e.id, `${a}: ${owner.get(a)} and ${e.id}`).toBe(e.id);
        owner.set(a, e.id);
      }
    }
  });
});

describe('the seed article', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/welcome/demo-article.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const result = extractArticle(doc);
  if (result.status !== 'article') throw new Error('seed page not extracted');
  const { text } = result.article;
  const mentions = compileMatcher(storyline.entries).match(text);

  it('finds every seed entity and nothing else', () => {
    const found = new Set(mentions.map((m) => m.entryId));
    expect([...found].sort()).toEqual([...SEED_ENTITIES].sort());
  });

  it('resolves every bare "Kim" to Kim Jong Un and marks the misspelt Vladisvostok', () => {
    const kims = mentions.filter((m) => text.slice(m.start, m.end) === 'Kim');
    expect(kims.length).toBeGreaterThanOrEqual(6);
    for (const m of kims) expect(m.entryId).toBe('kim-jong-un');
    expect(mentions.find((m) => m.misspelling)).toMatchObject({ entryId: 'vladivostok', misspelling: 'Vladisvostok' });
  });
});
