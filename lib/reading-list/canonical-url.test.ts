import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalizeUrl, cleanUrl, isTrackingParam, registrableDomain, siteKeysOf, siteOf } from './canonical-url';

describe('canonicalizeUrl', () => {
  it.each([
    ['drops utm_* parameters', 'https://news.example/a?utm_source=tw&utm_medium=social&utm_campaign=x', 'https://news.example/a'],
    ['drops click ids', 'https://news.example/a?fbclid=IwAR0&gclid=Cj0&msclkid=1&dclid=2&gbraid=3&wbraid=4', 'https://news.example/a'],
    ['keeps real parameters, sorted', 'https://news.example/read?page=2&id=7&utm_term=k', 'https://news.example/read?id=7&page=2'],
    ['keeps repeated parameters in their order', 'https://news.example/s?t=b&q=x&t=a', 'https://news.example/s?q=x&t=b&t=a'],
    ['drops the fragment', 'https://news.example/a#comments', 'https://news.example/a'],
    ['keeps a hash-bang route', 'https://news.example/#!/story/42/', 'https://news.example/#!/story/42'],
    ['keeps a hash-bang route without a slash', 'https://groups.google.com/forum/#!topic/jupyter/abc123', 'https://groups.google.com/forum#!topic/jupyter/abc123'],
    ['keeps an old Gawker-style route', 'http://lifehacker.com/?utm_source=x#!5190354/ten-tips', 'http://lifehacker.com/#!5190354/ten-tips'],
    ['keeps a #/ route', 'https://app.example/#/read/7', 'https://app.example/#/read/7'],
    ['drops an empty hash-bang', 'https://news.example/a#!', 'https://news.example/a'],
    ['drops a trailing slash', 'https://news.example/world/story/', 'https://news.example/world/story'],
    ['drops several trailing slashes', 'https://news.example/world/story///', 'https://news.example/world/story'],
    ['collapses doubled slashes', 'https://news.example//world//story', 'https://news.example/world/story'],
    ['keeps the root slash', 'https://news.example', 'https://news.example/'],
    ['keeps the root slash with a query', 'https://news.example/?id=1', 'https://news.example/?id=1'],
    ['lower-cases scheme and host, keeps path case', 'HTTPS://News.Example/World/Story', 'https://news.example/World/Story'],
    ['drops a default port', 'https://news.example:443/a', 'https://news.example/a'],
    ['keeps another port', 'http://127.0.0.1:8080/a/', 'http://127.0.0.1:8080/a'],
    ['drops credentials', 'https://user:pw@news.example/a', 'https://news.example/a'],
    ['drops an empty query', 'https://news.example/a?', 'https://news.example/a'],
    ['drops a query of only tracking', 'https://news.example/a/?utm_source=x#top', 'https://news.example/a'],
    ['keeps parameters that look like tracking only in part', 'https://news.example/a?utmost=1&ref=home', 'https://news.example/a?ref=home&utmost=1'],
    ['case-insensitive tracking names', 'https://news.example/a?UTM_Source=x&FBCLID=y', 'https://news.example/a'],
    ['decoded and re-encoded the same way', 'https://news.example/a?q=kim%20jong%20un', 'https://news.example/a?q=kim+jong+un'],
  ])('%s', (_, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('prefers the page’s canonical link, cleaned the same way', () => {
    expect(canonicalizeUrl('https://m.news.example/a?utm_source=x', 'https://news.example/article/a/?utm_medium=y#x')).toBe(
      'https://news.example/article/a',
    );
  });

  it('ignores a canonical on another site: the page’s own address is the key (a page cannot take over a saved article)', () => {
    expect(canonicalizeUrl('https://portal.example/news/123', 'https://wire.example/story/abc')).toBe('https://portal.example/news/123');
    expect(canonicalizeUrl('https://evil.example/copy?utm_source=x', 'https://apnews.com/article/kim-putin')).toBe('https://evil.example/copy');
  });

  it.each([
    ['a subdomain of the same site', 'https://m.bbc.co.uk/news/1', 'https://www.bbc.co.uk/news/1', 'https://www.bbc.co.uk/news/1'],
    ['one site under a two-label public suffix', 'https://news.example.co.uk/a', 'https://www.example.co.uk/a', 'https://www.example.co.uk/a'],
    ['two sites under co.uk', 'https://attacker.co.uk/a', 'https://example.co.uk/a', 'https://attacker.co.uk/a'],
    ['two sites under github.io (a private suffix)', 'https://mallory.github.io/a', 'https://alice.github.io/a', 'https://mallory.github.io/a'],
    ['one github.io site', 'https://alice.github.io/a?x=1', 'https://alice.github.io/a', 'https://alice.github.io/a'],
    ['http and https of one site', 'http://example.com/a', 'https://example.com/a', 'https://example.com/a'],
    ['an IP address and a name', 'http://127.0.0.1:5555/a', 'https://news.example/a', 'http://127.0.0.1:5555/a'],
    ['two IP addresses', 'http://10.0.0.1/a', 'http://10.0.0.2/a', 'http://10.0.0.1/a'],
    ['a lookalike suffix', 'https://example.com.evil.example/a', 'https://example.com/a', 'https://example.com.evil.example/a'],
  ])('canonical domain rule: %s', (_, page, hint, expected) => {
    expect(canonicalizeUrl(page, hint)).toBe(expected);
  });

  it('registrableDomain is public-suffix aware', () => {
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('a.b.example.com')).toBe('example.com');
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
  });

  it('ignores a canonical that points at the site root from an article page', () => {
    expect(canonicalizeUrl('https://news.example/world/story-1?utm_source=x', 'https://news.example/')).toBe('https://news.example/world/story-1');
  });

  it('accepts a root canonical on the root page', () => {
    expect(canonicalizeUrl('https://news.example/?utm_source=x', 'https://news.example/')).toBe('https://news.example/');
  });

  it.each([['javascript:alert(1)'], ['file:///etc/passwd'], ['not a url'], [''], ['data:text/html,hi'], ['ftp://x.example/a']])(
    'refuses %s as the page URL',
    (input) => {
      expect(canonicalizeUrl(input)).toBeNull();
    },
  );

  it.each([['javascript:alert(1)'], ['not a url'], ['ftp://x.example/a'], [null], ['']])('ignores a bad canonical hint (%s)', (hint) => {
    expect(canonicalizeUrl('https://news.example/a?fbclid=1', hint)).toBe('https://news.example/a');
  });

  it('gives the seed page and its tracked, fragment and slash variants one key', () => {
    const canonical = 'https://news.example/article/north-korea-russia-kim-putin-summit';
    for (const url of ['https://www.news.example/ap-kim-putin.html', 'https://news.example/ap-kim-putin.html?utm_source=x#c']) {
      expect(canonicalizeUrl(url, canonical)).toBe(canonical);
    }
    // Served from elsewhere (a copy on a test server), the page's own address is the key, cleaned.
    expect(canonicalizeUrl('http://127.0.0.1:5555/ap-kim-putin.html?utm_source=x#c', canonical)).toBe('http://127.0.0.1:5555/ap-kim-putin.html');
  });

  it('drops a fragment that is only slashes, and stays the same when applied again', () => {
    const once = canonicalizeUrl('http://a.aa#//');
    expect(once).toBe('http://a.aa/');
    expect(canonicalizeUrl(once!)).toBe(once);
  });

  it('is idempotent on any http URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = canonicalizeUrl(url);
        if (once === null) return;
        expect(canonicalizeUrl(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('never merges different articles', () => {
  const segment = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
  const param = fc.tuple(fc.constantFrom('id', 'p', 'page', 'story', 'q', 'v', 'article'), segment);
  it('two URLs that differ in a #! route, the path or a meaningful query parameter get different keys', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('https://groups.google.com/forum/', 'http://lifehacker.com/', 'https://news.example/'),
        fc.array(segment, { minLength: 0, maxLength: 3 }),
        fc.array(param, { maxLength: 3 }),
        fc.option(fc.array(segment, { minLength: 1, maxLength: 3 }), { nil: null }),
        fc.constantFrom('route', 'path', 'query'),
        segment,
        (base, path, query, route, change, extra) => {
          const build = (p: string[], q: Array<[string, string]>, r: string[] | null) =>
            `${base}${p.join('/')}${q.length ? `?${q.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}${r ? `#!${r.join('/')}` : ''}`;
          const a = build(path, query, route);
          const b =
            change === 'route' ? build(path, query, [...(route ?? []), extra]) : change === 'path' ? build([...path, extra], query, route) : build(path, [...query, ['zz', extra]], route);
          expect(canonicalizeUrl(a)).not.toBe(canonicalizeUrl(b));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('helpers', () => {
  it('recognises tracking parameters', () => {
    expect(isTrackingParam('utm_content')).toBe(true);
    expect(isTrackingParam('pk_campaign')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('page')).toBe(false);
  });

  it('cleanUrl returns null for a non-http URL', () => {
    expect(cleanUrl('mailto:a@b.example')).toBeNull();
  });

  it('names the site without www', () => {
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(siteOf('https://WWW2.Example.com/')).toBe('example.com');
    expect(siteOf('nope')).toBe('');
  });

  it('lists a site and its parents', () => {
    expect(siteKeysOf('news.bbc.co.uk')).toEqual(['news.bbc.co.uk', 'bbc.co.uk', 'co.uk']);
    expect(siteKeysOf('example.com')).toEqual(['example.com']);
    expect(siteKeysOf('localhost')).toEqual(['localhost']);
    expect(siteKeysOf('127.0.0.1')).toEqual(['127.0.0.1']);
  });
});
