import { describe, expect, it } from 'vitest';
import { withSitePermission } from './site-permission';

function fakeApi() {
  const removed: string[][] = [];
  return { removed, api: { remove: async (p: { origins: string[] }) => (removed.push(p.origins), true) } };
}

describe('withSitePermission', () => {
  it('gives the site back after the fetch', async () => {
    const { api, removed } = fakeApi();
    const out = await withSitePermission(api, 'https://news.example/*', Promise.resolve(true), false, async () => 'text');
    expect(out).toEqual({ ok: true, value: 'text' });
    expect(removed).toEqual([['https://news.example/*']]);
  });

  it('gives it back when the fetch fails too, and the error still reaches the reader', async () => {
    const { api, removed } = fakeApi();
    await expect(withSitePermission(api, 'https://news.example/*', Promise.resolve(true), false, async () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    expect(removed).toEqual([['https://news.example/*']]);
  });

  it('keeps a permission the reader had granted before, and fetches nothing when they decline', async () => {
    const { api, removed } = fakeApi();
    await withSitePermission(api, 'https://news.example/*', Promise.resolve(true), true, async () => 'x');
    let ran = false;
    expect(await withSitePermission(api, 'https://news.example/*', Promise.resolve(false), false, async () => (ran = true))).toEqual({ ok: false });
    expect(ran).toBe(false);
    expect(removed).toEqual([]);
  });
});
