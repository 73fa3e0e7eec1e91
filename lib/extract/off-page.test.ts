// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from './article';
import { pointAt } from './article-text';
import { extractArticleOffPage, type PageParser } from './off-page';
import { parsePageHtml } from './page-parse';
import { requestOffPageParse } from './parse-request';

const SEED = readFileSync(resolve(import.meta.dirname, '../../entrypoints/welcome/demo-article.html'), 'utf8');
const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
/** The extension document's parse, run here in the same DOM implementation. */
const offPage: PageParser = async (html, url) => parsePageHtml(html, url);

/** A page Readability takes for an article, with `inside` in its second paragraph. */
const story = (inside: string) => `<html lang="en"><head><title>Summit</title></head><body><article>
  <h1>Summit</h1>
  <p>${'Kim Jong Un arrived in Vladivostok by armoured train on Wednesday for talks with Russian officials. '.repeat(3)}</p>
  <p>${inside}</p>
  <p>${'The two leaders discussed the war in Ukraine, sanctions and a possible arms deal, officials said. '.repeat(3)}</p>
</article></body></html>`;

/**
 * A short fable laid out with `<br>` chains in a box Readability's first attempt drops as a sidebar:
 * finding too little text, it rebuilds the page from its own HTML copy and tries again, and text
 * that only the removed `<br>`s kept apart comes back joined, in nodes the page does not have.
 */
const FABLE = `<html><head><title>The greedy dog</title></head><body><div><a href="/">Fables</a> &gt; <a href="/aesop/">Aesop</a></div><div class="sidebar">
  <font size="+2">A fable for the new year</font><br>
  <br>
  <br>
  The greedy dog<br>
  <br>
  A dog was carrying a piece of meat home in its mouth. Crossing a bridge over a river, it saw its own reflection in the water below.<br>
  Taking it for another dog with a bigger piece of meat, it snapped at it, and dropped its own into the river.<br>
  <br>
  Moral: grasp at the shadow and you lose the substance.
</div></body></html>`;

describe('extractArticleOffPage', () => {
  it('gives the seed page the same article, on the same live nodes, as parsing on the page', async () => {
    const doc = load(SEED);
    const before = doc.documentElement.outerHTML;
    const local = extractArticle(doc);
    const remote = await extractArticleOffPage(doc, offPage, extractArticle);
    expect(remote.fallback).toBeUndefined();
    expect(remote.status).toBe('article');
    if (remote.status !== 'article' || local.status !== 'article') return;
    expect(remote.article.text).toBe(local.article.text);
    expect(remote.article.segments.map((s) => [s.node, s.start, s.length])).toEqual(local.article.segments.map((s) => [s.node, s.start, s.length]));
    expect(remote.article.meta).toEqual(local.article.meta);
    expect(remote.timings.offPage).toBeGreaterThanOrEqual(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps apart text that Readability brings together by removing what stood between it', async () => {
    // Readability drops the button: "met " and "Vladimir Putin…" end up side by side in its article.
    const doc = load(story('Kim Jong Un met <button>Share</button>Vladimir Putin at the Vostochny Cosmodrome, the Kremlin said in a statement on Wednesday evening after the talks ended.'));
    const result = await extractArticleOffPage(doc, offPage, extractArticle);
    expect(result.fallback).toBeUndefined();
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    expect(result.article.text).toContain('Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome');
    const putin = result.article.segments.find((s) => s.node.data.startsWith('Vladimir Putin'));
    expect(putin?.node.isConnected).toBe(true);
  });

  it('maps text the page holds in adjacent text nodes, which its HTML carries as one, piece by piece', async () => {
    const doc = load(story('Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome, the Kremlin said in a statement on Wednesday evening after the talks ended.'));
    const node = [...doc.querySelectorAll('p')][1]!.firstChild as Text;
    const rest = node.splitText(20); // as a script can leave it: "Kim Jong Un met Vlad" + "imir Putin at…"
    const result = await extractArticleOffPage(doc, offPage, extractArticle);
    expect(result.fallback).toBeUndefined();
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    const { text, segments } = result.article;
    const at = text.indexOf('Kim Jong Un met Vladimir Putin');
    expect(at).toBeGreaterThanOrEqual(0);
    // "Vladimir Putin" starts in one live node and ends in the next.
    const start = pointAt(segments, text.indexOf('Vladimir'), false)!;
    const end = pointAt(segments, text.indexOf('Vladimir') + 'Vladimir Putin'.length, true)!;
    expect([start.node, end.node]).toEqual([node, rest]);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe('Vladimir Putin');
  });

  it('does not parse again on the page for text Readability joined itself, which has no twin there either', async () => {
    const doc = load(FABLE);
    const parseOnPage = vi.fn(extractArticle);
    const remote = await extractArticleOffPage(doc, offPage, parseOnPage, { force: true });
    const local = extractArticle(doc, { force: true });
    expect(parseOnPage).not.toHaveBeenCalled();
    expect(remote.fallback).toBeUndefined();
    expect(remote.status).toBe('article');
    if (remote.status !== 'article' || local.status !== 'article') return;
    expect(remote.article.text).toBe(local.article.text);
    expect(remote.article.segments.map((s) => [s.node, s.start, s.length])).toEqual(local.article.segments.map((s) => [s.node, s.start, s.length]));
    expect(remote.article.text).toContain('Taking it for another dog');
  });

  it('gives the whole fable, text Readability joined included, on both paths, drawn on the page’s own nodes', async () => {
    const doc = load(FABLE);
    const local = extractArticle(doc, { force: true });
    const remote = await extractArticleOffPage(doc, offPage, extractArticle, { force: true });
    for (const result of [local, remote]) {
      expect(result.status).toBe('article');
      if (result.status !== 'article') return;
      const { text, segments } = result.article;
      for (const line of ['The greedy dog', 'A dog was carrying a piece of meat home', 'Moral: grasp at the shadow']) expect(text).toContain(line);
      // The <br>s that stood between the title and the story still part them.
      expect(text).toMatch(/year\n\n[\s\S]*The greedy dog/);
      const at = text.indexOf('greedy dog');
      const start = pointAt(segments, at, false)!;
      const end = pointAt(segments, at + 'greedy dog'.length, true)!;
      expect(start.node.isConnected && doc.body.contains(start.node)).toBe(true);
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      expect(range.toString()).toBe('greedy dog');
    }
  });

  it('parses on the page when the article it gets back is not the page’s (the page changed meanwhile)', async () => {
    const doc = load(story('Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome, the Kremlin said in a statement on Wednesday evening after the talks ended.'));
    const result = await extractArticleOffPage(doc, async (html, url) => parsePageHtml(html.replace('Vostochny', 'Vostochnyy'), url), extractArticle);
    expect(result.fallback).toBe('unmapped');
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    expect(result.article.text).toContain('the Vostochny Cosmodrome');
  });

  it('parses on the page when the parser fails, is missing or cannot answer', async () => {
    const doc = load(SEED);
    const failing = await extractArticleOffPage(doc, () => Promise.reject(new Error('closed')), extractArticle);
    expect(failing.fallback).toBe('failed');
    expect(failing.status).toBe('article');
    expect((await extractArticleOffPage(doc, async () => null, extractArticle)).fallback).toBe('failed');
    const none = await extractArticleOffPage(doc, null, extractArticle);
    expect(none.fallback).toBe('no-parser');
    expect(none.status).toBe('article');
  });

  it('loads nothing to parse on the page unless it falls back (the content script fetches that parser on demand)', async () => {
    const parseOnPage = vi.fn(extractArticle);
    expect((await extractArticleOffPage(load(SEED), offPage, parseOnPage)).status).toBe('article');
    expect(parseOnPage).not.toHaveBeenCalled();
    const fellBack = await extractArticleOffPage(load(SEED), async () => null, parseOnPage);
    expect(fellBack).toMatchObject({ status: 'article', fallback: 'failed' });
    expect(parseOnPage).toHaveBeenCalledTimes(1);
  });

  it('takes the parser’s word that a page is no article', async () => {
    const result = await extractArticleOffPage(load(SEED), async () => ({ article: null, ms: 1 }), extractArticle);
    expect(result.status).toBe('not-article');
    expect(result.fallback).toBeUndefined();
  });

  it('never posts a page the gate turns away', async () => {
    const parser = vi.fn(offPage);
    expect((await extractArticleOffPage(load('<html><body><nav><a href="/">Home</a></nav><p>Short note.</p></body></html>'), parser, extractArticle)).status).toBe('not-article');
    expect((await extractArticleOffPage(load(`<body>${'<span></span>'.repeat(31_000)}</body>`), parser, extractArticle)).status).toBe('too-large');
    expect(parser).not.toHaveBeenCalled();
  });

  it('reads the answer to a request already sent (the gate’s, while the analyser loaded) instead of posting the page again', async () => {
    const doc = load(SEED);
    const gateParser = vi.fn(offPage);
    const sent = requestOffPageParse(doc, gateParser, async () => undefined, () => performance.now());
    const ownParser = vi.fn(offPage);
    const result = await extractArticleOffPage(doc, ownParser, extractArticle, { force: true, sent });
    expect(result.fallback).toBeUndefined();
    expect(result.status).toBe('article');
    expect(gateParser).toHaveBeenCalledTimes(1);
    expect(ownParser).not.toHaveBeenCalled();
    const local = extractArticle(load(SEED));
    if (result.status !== 'article' || local.status !== 'article') return;
    expect(result.article.text).toBe(local.article.text);
  });

  it('parses on the page when the request already sent failed or could not be made', async () => {
    const doc = load(SEED);
    const failed = requestOffPageParse(doc, () => Promise.reject(new Error('closed')), async () => undefined, () => performance.now());
    expect(await extractArticleOffPage(doc, offPage, extractArticle, { force: true, sent: failed })).toMatchObject({ status: 'article', fallback: 'failed' });
    const broken = Promise.reject(new Error('no document'));
    expect(await extractArticleOffPage(doc, null, extractArticle, { force: true, sent: broken })).toMatchObject({ status: 'article', fallback: 'failed' });
  });
});

describe('parsePageHtml', () => {
  it('resolves the article’s links against the page, not the extension document', () => {
    const html = story('Read <a href="/world/asia">more from Asia</a> and <a href="../story/2">the earlier story</a> from our correspondents in Seoul and Moscow this week.');
    const { article } = parsePageHtml(html, 'https://news.example/article/summit');
    expect(article?.html).toContain('href="https://news.example/world/asia"');
    expect(article?.html).toContain('href="https://news.example/story/2"');
    const withBase = parsePageHtml(html.replace('<head>', '<head><base href="https://cdn.example/a/">'), 'https://news.example/article/summit');
    expect(withBase.article?.html).toContain('href="https://cdn.example/story/2"');
  });

  it('answers null for a page without an article', () => {
    expect(parsePageHtml('<html><body></body></html>', 'https://news.example/').article).toBeNull();
  });
});

describe('extractArticleOffPage with a probe (a page’s first analysis)', () => {
  it('stops at the copy when the probe says so: the copy’s text, no segments, the live root, and the live text on request', async () => {
    const doc = load(SEED);
    const plain = await extractArticleOffPage(doc, offPage, extractArticle);
    const asked: string[] = [];
    const probed = await extractArticleOffPage(doc, offPage, extractArticle, { probe: async (text) => (asked.push(text), true) });
    expect(plain.status).toBe('article');
    expect(probed.status).toBe('article');
    if (plain.status !== 'article' || probed.status !== 'article') return;
    expect(asked).toEqual([probed.article.text]);
    expect(probed.article.segments).toEqual([]);
    expect(probed.probed).toBeDefined();
    // The copy's text holds every word of the live text.
    const words = (t: string) => new Set(t.split(/\s+/).filter(Boolean));
    const copyWords = words(probed.article.text);
    expect([...words(plain.article.text)].filter((w) => !copyWords.has(w))).toEqual([]);
    // The live root holds the article's live text nodes, and the live text comes when asked.
    const root = probed.probed!.liveRoot!;
    expect(plain.article.segments.every((s) => root.contains(s.node))).toBe(true);
    expect((await probed.probed!.exact()).text).toBe(plain.article.text);
  });

  it('goes on to the live text when the probe finds something to show', async () => {
    const doc = load(SEED);
    const plain = await extractArticleOffPage(doc, offPage, extractArticle);
    const probed = await extractArticleOffPage(doc, offPage, extractArticle, { probe: async () => false });
    expect(probed.probed).toBeUndefined();
    if (plain.status !== 'article' || probed.status !== 'article') throw new Error('no article');
    expect(probed.article.text).toBe(plain.article.text);
    expect(probed.article.segments.length).toBe(plain.article.segments.length);
  });

  it('asks nothing when the page parses itself (no parser)', async () => {
    const probe = vi.fn(async () => true);
    const result = await extractArticleOffPage(load(SEED), null, extractArticle, { probe });
    expect(result.fallback).toBe('no-parser');
    expect(probe).not.toHaveBeenCalled();
  });
});

describe('a long article is not probed', () => {
  it('reads the live text at once: one question to the background, not two', async () => {
    const probe = vi.fn(async () => true);
    const long = story(`${'The harbour council met again to discuss the lighthouse and its costs at length. '.repeat(800)}`);
    const result = await extractArticleOffPage(load(long), offPage, extractArticle, { probe });
    expect(probe).not.toHaveBeenCalled();
    expect(result.probed).toBeUndefined();
    expect(result.status).toBe('article');
  });
});
