// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchArticle, originPattern } from './fetch-article';

const SEED = readFileSync(join(import.meta.dirname, '../../entrypoints/welcome/demo-article.html'), 'utf8');
const HOSTILE = readFileSync(join(import.meta.dirname, '../../tests/fixtures/hostile-article.html'), 'utf8');

function fakeFetch(body: string, init: { status?: number; type?: string; url?: string } = {}): typeof fetch {
  return (async () => {
    const response = new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.type ?? 'text/html; charset=utf-8' } });
    Object.defineProperty(response, 'url', { value: init.url ?? 'https://news.example/article/kim' });
    return response;
  }) as typeof fetch;
}

describe('fetchArticle (a "not downloaded" item, fetched when the reader asks)', () => {
  it('extracts the article as a save would, without the page around it', async () => {
    const a = await fetchArticle('https://news.example/article/kim', fakeFetch(SEED));
    expect(a.title).toMatch(/Kim is in Russia/);
    expect(a.text).toContain('Ussuriysk');
    expect(a.text).not.toContain('Related stories');
    expect(a.html).not.toMatch(/<form|<script|Advertisement/);
    expect(a.publishedAt).toBe(Date.parse('2023-09-12T06:14:00Z'));
  });

  it('sanitises what it fetched and makes links absolute against the final address', async () => {
    const a = await fetchArticle('https://hostile.example/x', fakeFetch(HOSTILE, { url: 'https://hostile.example/world/summit' }));
    expect(a.html).not.toMatch(/<script|<iframe|<form|onerror|onclick|javascript:/i);
    expect(a.html).toContain('href="https://hostile.example/world/related-story"');
  });

  it('explains failures', async () => {
    await expect(fetchArticle('https://x.example/a', fakeFetch('gone', { status: 404 }))).rejects.toThrow(/404/);
    await expect(fetchArticle('https://x.example/a', fakeFetch('%PDF', { type: 'application/pdf' }))).rejects.toThrow(/not lead to a web page/);
  });

  it('asks for one site only', () => {
    expect(originPattern('https://www.news.example/a/b?c=1')).toBe('https://www.news.example/*');
  });
});
