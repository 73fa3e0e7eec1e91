import { describe, expect, it } from 'vitest';
import { candidatesUrl, editionBase, resolveEndpoint, summaryUrl } from './endpoint';

describe('the test endpoint', () => {
  it('is honoured only for an http loopback origin', () => {
    expect(resolveEndpoint('http://127.0.0.1:41234')).toEqual({ kind: 'local', base: 'http://127.0.0.1:41234' });
    expect(resolveEndpoint('http://localhost:8080/')).toEqual({ kind: 'local', base: 'http://localhost:8080' });
    for (const value of [
      undefined,
      null,
      42,
      '',
      'not a url',
      'https://127.0.0.1:5000',
      'http://127.0.0.1.evil.example:5000',
      'http://evil.example',
      'http://user:pw@127.0.0.1:5000',
      'http://127.0.0.1:5000/elsewhere',
      'http://127.0.0.1:5000/?q=1',
      'http://[::1]:5000',
      'https://en.wikipedia.org',
      `http://localhost:1/${'x'.repeat(300)}`,
    ]) {
      expect(resolveEndpoint(value)).toEqual({ kind: 'wikipedia' });
    }
  });
});

describe('request URLs', () => {
  it('go to the language edition on Wikipedia, or under /{lang} on the test server', () => {
    expect(summaryUrl({ kind: 'wikipedia' }, 'en', 'Kirill Dmitriev')).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/Kirill_Dmitriev');
    expect(summaryUrl({ kind: 'local', base: 'http://127.0.0.1:9' }, 'de', 'AC/DC')).toBe('http://127.0.0.1:9/de/api/rest_v1/page/summary/AC%2FDC');
    expect(summaryUrl({ kind: 'wikipedia' }, 'en', 'Kim’s ?#')).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/Kim%E2%80%99s_%3F%23');
  });

  it('ask the Action API for a disambiguation page’s article links with descriptions', () => {
    const url = new URL(candidatesUrl({ kind: 'wikipedia' }, 'en', 'Sergei Ivanov'));
    expect(url.origin + url.pathname).toBe('https://en.wikipedia.org/w/api.php');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'query',
      format: 'json',
      formatversion: '2',
      generator: 'links',
      titles: 'Sergei Ivanov',
      gplnamespace: '0',
      gpllimit: 'max',
      prop: 'description',
      origin: '*',
    });
  });

  it('refuse a language that is not a Wikipedia code', () => {
    expect(() => editionBase({ kind: 'wikipedia' }, 'evil.example/x')).toThrow(/language code/);
  });
});
