import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../messaging/rate-limit';
import { isFromContentScript, PAGE_PARSE_PORT, parseDirect, servePagePort, type ParsePort } from './direct-parse';
import type { ParsePageResult } from './page-parse';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = { id: EXTENSION, url: 'https://news.example/story', tab: { id: 7 } };
const ARTICLE = { html: '<p>Text</p>', title: 'T', byline: null, siteName: null, excerpt: null, lang: 'en', dir: null, publishedTime: null };

/** One end of a port: what was posted on it, whether it was closed, and hooks for the other end. */
function fakePort(name = PAGE_PARSE_PORT, sender: ParsePort['sender'] = PAGE) {
  const posted: unknown[] = [];
  const onMessage: Array<(m: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  const state = { disconnected: false };
  const port: ParsePort = {
    name,
    sender,
    postMessage: (m) => void posted.push(m),
    disconnect: () => void (state.disconnected = true),
    onMessage: { addListener: (l) => void onMessage.push(l) },
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
  };
  return { port, posted, state, send: (m: unknown) => onMessage.forEach((l) => l(m)), drop: () => onDisconnect.forEach((l) => l()) };
}

const roomy = () => ({ parses: new RateLimiter({ capacity: 8, refillPerSecond: 0 }), parseChars: new RateLimiter({ capacity: 1_000, refillPerSecond: 0 }) });
const parseOk = (html: string): ParsePageResult => ({ article: { ...ARTICLE, html }, ms: 3 });

describe('the page’s direct parse', () => {
  it('posts the page once and resolves with the document’s answer, closing its port', async () => {
    const far = fakePort();
    const parse = parseDirect(() => far.port, '<html>x</html>', 'https://news.example/story');
    expect(far.posted).toEqual([{ html: '<html>x</html>', url: 'https://news.example/story' }]);
    far.send({ article: ARTICLE, ms: 4 });
    await expect(parse).resolves.toEqual({ answer: { article: ARTICLE, ms: 4 } });
    expect(far.state.disconnected).toBe(true);
  });

  it('is unreachable when the port closes unanswered (no document open, or it refused the port)', async () => {
    const far = fakePort();
    const parse = parseDirect(() => far.port, '<html></html>', 'https://news.example/');
    far.drop();
    await expect(parse).resolves.toEqual({ unreachable: true });
  });

  it('is unreachable when no port can be opened (the extension was reloaded)', async () => {
    await expect(
      parseDirect(() => {
        throw new Error('Extension context invalidated.');
      }, '<html></html>', 'https://news.example/'),
    ).resolves.toEqual({ unreachable: true });
  });

  it('answers null (the page parses itself) on the document’s error, and ignores what follows', async () => {
    const far = fakePort();
    const parse = parseDirect(() => far.port, '<html></html>', 'https://news.example/');
    far.send({ error: 'Too many parse requests from this tab' });
    far.send({ article: ARTICLE, ms: 1 });
    far.drop();
    await expect(parse).resolves.toEqual({ answer: null });
  });
});

describe('the offscreen document’s side of a page’s port', () => {
  it('parses the page’s one message and replies once', () => {
    const near = fakePort();
    const seen: string[] = [];
    servePagePort(near.port, EXTENSION, roomy(), (html, url) => (seen.push(url), parseOk(html)));
    near.send({ html: '<p>a</p>', url: 'https://news.example/story' });
    near.send({ html: '<p>b</p>', url: 'https://news.example/again' });
    expect(seen).toEqual(['https://news.example/story']);
    expect(near.posted).toEqual([parseOk('<p>a</p>')]);
  });

  it.each([
    ['another extension', { ...PAGE, id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk' }],
    ['an extension page (no tab)', { id: EXTENSION, url: `chrome-extension://${EXTENSION}/popup.html` }],
    ['a tab that is no web page', { id: EXTENSION, url: `chrome-extension://${EXTENSION}/reader.html`, tab: { id: 3 } }],
    ['a sender with nothing to show', {}],
  ])('closes a port from %s unanswered', (_, sender) => {
    const near = fakePort(PAGE_PARSE_PORT, sender);
    let parsed = 0;
    servePagePort(near.port, EXTENSION, roomy(), (html) => (parsed++, parseOk(html)));
    near.send({ html: '<p>a</p>', url: 'https://news.example/' });
    expect(near.state.disconnected).toBe(true);
    expect(parsed).toBe(0);
    expect(near.posted).toEqual([]);
  });

  it.each([
    ['no HTML', { url: 'https://news.example/' }],
    ['a URL that is no web address', { html: '<p>a</p>', url: 'javascript:alert(1)' }],
    ['a URL longer than the background takes', { html: '<p>a</p>', url: `https://news.example/${'x'.repeat(4096)}` }],
    ['not an object', 'parse this'],
  ])('refuses a message with %s without parsing', (_, message) => {
    const near = fakePort();
    let parsed = 0;
    servePagePort(near.port, EXTENSION, roomy(), (html) => (parsed++, parseOk(html)));
    near.send(message);
    expect(parsed).toBe(0);
    expect(near.posted).toEqual([{ error: 'Not a parse request' }]);
  });

  it('holds each tab to its limits: parses beyond the burst, or more characters than allowed, are refused', () => {
    const limits = { parses: new RateLimiter({ capacity: 2, refillPerSecond: 0 }), parseChars: new RateLimiter({ capacity: 1_000, refillPerSecond: 0 }) };
    const replies = [1, 2, 3].map(() => {
      const near = fakePort();
      servePagePort(near.port, EXTENSION, limits, parseOk);
      near.send({ html: '<p>a</p>', url: 'https://news.example/' });
      return near.posted[0];
    });
    expect(replies.map((r) => ('error' in (r as object) ? 'refused' : 'parsed'))).toEqual(['parsed', 'parsed', 'refused']);
    // Another tab has its own buckets; a page too long for what is left of them is refused.
    const other = fakePort(PAGE_PARSE_PORT, { ...PAGE, tab: { id: 8 } });
    servePagePort(other.port, EXTENSION, limits, parseOk);
    other.send({ html: 'x'.repeat(1_001), url: 'https://news.example/' });
    expect(other.posted).toEqual([{ error: 'Too many parse requests from this tab' }]);
  });

  it('replies with the error when the parse throws', () => {
    const near = fakePort();
    servePagePort(near.port, EXTENSION, roomy(), () => {
      throw new TypeError('boom');
    });
    near.send({ html: '<p>a</p>', url: 'https://news.example/' });
    expect(near.posted).toEqual([{ error: 'TypeError: boom' }]);
  });

  it('knows its own content script only on web pages', () => {
    expect(isFromContentScript(PAGE, EXTENSION)).toBe(true);
    expect(isFromContentScript({ ...PAGE, url: 'http://localhost:8080/a' }, EXTENSION)).toBe(true);
    expect(isFromContentScript({ ...PAGE, url: 'file:///home/a.html' }, EXTENSION)).toBe(false);
    expect(isFromContentScript({ ...PAGE, tab: undefined }, EXTENSION)).toBe(false);
  });
});
