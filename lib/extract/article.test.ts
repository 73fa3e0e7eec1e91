// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article';
import { collectArticleText, collectArticleTextStepwise, pointAt } from './article-text';
import { matchTextNodes } from './node-map';

const SEED = readFileSync(resolve(import.meta.dirname, '../../entrypoints/welcome/demo-article.html'), 'utf8');

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The live text the article text maps to between two offsets. */
function liveText(doc: Document, segments: ReturnType<typeof collectArticleText>['segments'], start: number, end: number): string {
  const a = pointAt(segments, start, false)!;
  const b = pointAt(segments, end, true)!;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.toString();
}

describe('clone-to-live mapping', () => {
  it('maps text split by inline tags, &nbsp; and entities back to live nodes', () => {
    const doc = load('<p>Vladimir <b>Putin</b> met Kim&nbsp;Jong&nbsp;Un in Vladi&shy;vostok &amp; Us<i>suri</i>ysk.</p>');
    const clone = doc.cloneNode(true) as Document;
    const map = matchTextNodes(clone.body, doc.body);
    const { text, segments } = collectArticleText(clone.body, map);
    expect(text).toBe('Vladimir Putin met Kim\u00a0Jong\u00a0Un in Vladi\u00advostok & Ussuriysk.');
    for (const s of segments) expect(s.node.ownerDocument).toBe(doc); // live nodes, not clone nodes
    const find = (needle: string) => text.indexOf(needle);
    expect(liveText(doc, segments, find('Vladimir'), find('Vladimir') + 'Vladimir Putin'.length)).toBe('Vladimir Putin');
    const us = find('Ussuriysk');
    expect(liveText(doc, segments, us, us + 9)).toBe('Ussuriysk');
    const range = doc.createRange();
    const a = pointAt(segments, us, false)!;
    const b = pointAt(segments, us + 9, true)!;
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    expect(range.startContainer.parentElement?.tagName).toBe('P');
    expect(range.endContainer.parentElement?.tagName).toBe('P'); // ends in the text after </i>, not the next node
  });

  it('separates blocks so words of two paragraphs never join', () => {
    const doc = load('<div><p>North</p><p>Korea</p></div>');
    const clone = doc.cloneNode(true) as Document;
    const { text } = collectArticleText(clone.body, matchTextNodes(clone.body, doc.body));
    expect(text).toBe('North\n\nKorea');
  });

  it('leaves out form fields, editable regions and code', () => {
    const doc = load(
      '<p>Putin spoke.</p><textarea>Putin textarea</textarea><div contenteditable="true">Putin editable</div><pre>Putin code</pre><form><label>Putin form</label></form>',
    );
    const clone = doc.cloneNode(true) as Document;
    const { text } = collectArticleText(clone.body, matchTextNodes(clone.body, doc.body));
    expect(text).toBe('Putin spoke.');
  });

  it('leaves out a whole document the reader is editing (designMode)', () => {
    const doc = load('<p>Putin spoke.</p><div><p>Kim listened.</p></div>');
    const clone = doc.cloneNode(true) as Document;
    doc.designMode = 'on';
    expect(collectArticleText(clone.body, matchTextNodes(clone.body, doc.body)).text).toBe('');
  });
});

describe('collecting a long article in steps', () => {
  it('pauses on a long article, and still reads every paragraph apart, in order, mapped to the page', () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Paragraph <b>${i}</b> ends here.</p>`).join('');
    const doc = load(`<article>${paragraphs}<div class="share-tools"><p>Share this</p></div></article>`);
    const clone = doc.cloneNode(true) as Document;
    const map = matchTextNodes(clone.body, doc.body);
    const steps = collectArticleTextStepwise(clone.body, map);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(1);
    const { text, segments } = step.value;
    expect(text.split('\n\n')).toEqual(Array.from({ length: 600 }, (_, i) => `Paragraph ${i} ends here.`));
    const at = text.indexOf('Paragraph 599');
    expect(liveText(doc, segments, at, at + 'Paragraph 599'.length)).toBe('Paragraph 599');
    expect(collectArticleText(clone.body, map)).toEqual(step.value);
  });
});

describe('page furniture inside the article', () => {
  const para = (t: string) => `<p>${t} ${'The talks went on into the evening, officials said, with trade and energy on the table. '.repeat(3)}</p>`;
  const page = (inner: string) =>
    load(`<html><head><title>Putin meets Kim</title></head><body><main><article class="story">${inner}</article></main></body></html>`);

  it('leaves out sign-up boxes, share and tag bars, comments and "more" lists, but keeps the story', () => {
    const doc = page(
      para('Vladimir Putin met Kim Jong Un.') +
        '<div class="Newsletter_box__W3pLd"><p>Sign up for the Seoul briefing, every morning from our correspondents.</p></div>' +
        para('Sergei Lavrov joined them.') +
        '<section class="talkbacks"><p>Comment: what about Tokyo and Beijing, and the rest of the region?</p></section>' +
        '<ul class="more-galleries"><li><a href="/a">Pictures of Pyongyang and its parades this year</a></li></ul>' +
        para('Peskov declined to comment.'),
    );
    const result = extractArticle(doc);
    if (result.status !== 'article') throw new Error(result.status);
    expect(result.article.text).toContain('Sergei Lavrov joined them.');
    expect(result.article.text).toContain('Peskov declined');
    expect(result.article.text).not.toContain('Seoul briefing');
    expect(result.article.text).not.toContain('Tokyo');
    expect(result.article.text).not.toContain('Pyongyang');
  });

  it('stops at a "next article" marker of an infinite-scroll page', () => {
    const doc = page(para('Vladimir Putin met Kim Jong Un.') + para('Sergei Lavrov joined them.') + '<div class="next-article-divider">Next article</div>' + para('Xi Jinping visited Hanoi.'));
    const result = extractArticle(doc);
    if (result.status !== 'article') throw new Error(result.status);
    expect(result.article.text).toContain('Lavrov');
    expect(result.article.text).not.toContain('Hanoi');
  });

  it('reads XHTML served as XML, mapped to its live nodes', () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Putin meets Kim</title></head><body><article>${para('Vladimir Putin met Kim Jong Un.')}${para('Sergei Lavrov joined them.')}${para('Peskov declined.')}</article></body></html>`;
    const doc = new DOMParser().parseFromString(xhtml, 'application/xhtml+xml');
    const result = extractArticle(doc);
    if (result.status !== 'article') throw new Error(result.status);
    expect(result.article.text).toContain('Vladimir Putin met Kim Jong Un.');
    for (const s of result.article.segments) expect(s.node.ownerDocument).toBe(doc);
  });
});

describe('extractArticle on the seed page', () => {
  it('extracts the article body only, mapped to the live page, without touching it', () => {
    const doc = load(SEED);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc);
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    const { text, segments, meta } = result.article;
    expect(text).toContain('Kim Jong Un rolled into Russia');
    expect(text).toContain('Ussuriysk');
    // Nothing from the trending bar, related stories, newsletter or comments.
    expect(text).not.toContain('Trending');
    expect(text).not.toContain('Kim Yo Jong');
    expect(text).not.toContain('arms deal?');
    expect(text).not.toContain('morning briefing');
    for (const s of segments) {
      expect(s.node.isConnected).toBe(true);
      expect(s.node.ownerDocument).toBe(doc);
      expect(s.node.parentElement?.closest('article')).not.toBeNull();
    }
    expect(meta.canonicalUrl).toBe('https://news.example/article/north-korea-russia-kim-putin-summit');
    expect(meta.siteName).toBe('World News Wire');
    expect(meta.lang).toBe('en');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says a page without an article is not one', () => {
    const doc = load('<html><body><nav><a href="/">Home</a></nav><p>Short note.</p></body></html>');
    expect(extractArticle(doc).status).toBe('not-article');
  });

  it('refuses pages over the element bound before parsing', () => {
    const doc = load(`<body>${'<span></span>'.repeat(31_000)}</body>`);
    expect(extractArticle(doc).status).toBe('too-large');
  });
});
