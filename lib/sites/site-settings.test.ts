import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coversSite, getSitePolicy, isSiteEnabled, parseSiteInput, setSiteEnabled, setSitePolicy, siteEnabledBy, watchSitePolicy } from './site-settings';

beforeEach(() => fakeBrowser.reset());

describe('site settings', () => {
  it('keys sites without www and covers subdomains', () => {
    expect(coversSite('example.com', 'www.example.com')).toBe(true);
    expect(coversSite('example.com', 'news.example.com')).toBe(true);
    expect(coversSite('example.com', 'badexample.com')).toBe(false);
  });

  it('parses what a reader types into a site, or refuses it', () => {
    expect(parseSiteInput(' https://www.Example.com/news?x=1 ')).toBe('example.com');
    expect(parseSiteInput('apnews.com:8080')).toBe('apnews.com');
    expect(parseSiteInput('not a site')).toBeNull();
    expect(parseSiteInput('')).toBeNull();
  });

  it('keeps the original block-list behaviour by default', () => {
    expect(isSiteEnabled('www.news.example', ['news.example'])).toBe(false);
    expect(isSiteEnabled('other.example', ['news.example'])).toBe(true);
  });

  it('runs only on allowed sites in "only sites I allow" mode, and never on a blocked one', () => {
    const policy = { mode: 'allowed' as const, allowed: ['apnews.com', 'bbc.co.uk'], blocked: ['sport.bbc.co.uk'] };
    expect(siteEnabledBy(policy, 'apnews.com')).toBe(true);
    expect(siteEnabledBy(policy, 'www.bbc.co.uk')).toBe(true);
    expect(siteEnabledBy(policy, 'sport.bbc.co.uk')).toBe(false);
    expect(siteEnabledBy(policy, 'example.com')).toBe(false);
  });

  it('the per-site switch works in both modes', async () => {
    await setSiteEnabled('www.news.example', false);
    expect(await getSitePolicy()).toEqual({ mode: 'all', allowed: [], blocked: ['news.example'] });
    await setSiteEnabled('news.example', true);
    expect((await getSitePolicy()).blocked).toEqual([]);

    await setSitePolicy({ mode: 'allowed' });
    expect(siteEnabledBy(await getSitePolicy(), 'news.example')).toBe(false);
    await setSiteEnabled('news.example', true);
    expect(siteEnabledBy(await getSitePolicy(), 'news.example')).toBe(true);
    await setSiteEnabled('news.example', false);
    expect(siteEnabledBy(await getSitePolicy(), 'news.example')).toBe(false);
  });

  it('turning a subdomain on removes the parent entry that blocked it', async () => {
    await setSitePolicy({ blocked: ['example.com', 'other.org'] });
    await setSiteEnabled('news.example.com', true);
    expect((await getSitePolicy()).blocked).toEqual(['other.org']);
  });

  it('tells watchers the whole policy', async () => {
    const seen: string[] = [];
    const unwatch = watchSitePolicy((p) => seen.push(p.mode));
    await setSitePolicy({ mode: 'allowed', allowed: ['https://apnews.com/x', 'junk junk'] });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.at(-1)).toBe('allowed');
    expect((await getSitePolicy()).allowed).toEqual(['apnews.com']);
    unwatch();
  });
});
