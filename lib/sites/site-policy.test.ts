import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSitePolicy, watchSitePolicy, type SitePolicy } from './site-policy';
import { setSiteEnabled } from './site-settings';

beforeEach(() => fakeBrowser.reset());

describe('site policy, read the light way', () => {
  it('reads every site as on when nothing is stored, and a malformed entry as empty', async () => {
    expect(await getSitePolicy()).toEqual({ mode: 'all', allowed: [], blocked: [] });
    await browser.storage.local.set({ disabledSites: 'example.com', siteMode: 'bogus', allowedSites: ['a.example', 3] });
    expect(await getSitePolicy()).toEqual({ mode: 'all', allowed: ['a.example'], blocked: [] });
  });

  it('reads what the settings write, and tells a watcher about policy changes only', async () => {
    const seen: SitePolicy[] = [];
    const unwatch = watchSitePolicy((p) => seen.push(p));
    await browser.storage.local.set({ unrelated: 1 });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
    await setSiteEnabled('www.news.example', false);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)?.blocked).toEqual(['news.example']);
    unwatch();
  });
});
