// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leanPageHtml } from './lean-html';
import { parsePageHtml, type ParsePageResult } from './page-parse';

const CORPUS = [resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages')].find((p) => existsSync(p));

const serialised = (html: string): string => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;

describe('leanPageHtml', () => {
  it('leaves out scripts and style sheets, wherever they stand', () => {
    const html = serialised(
      '<html><head><style>p{color:red}</style><script src="/app.js"></script></head><body><p>Kim met Putin.</p><script>window.__STATE__={"a":"<b>x</b>"}</script><style media="print">p{}</style></body></html>',
    );
    const lean = leanPageHtml(html);
    expect(lean).not.toMatch(/<script|<style|__STATE__|color:red/);
    expect(lean).toContain('<p>Kim met Putin.</p>');
  });

  it('keeps JSON-LD, which Readability reads the article’s metadata from, and noscript images', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>';
    const html = serialised(`<html><head>${ld}</head><body><noscript><img src="a.jpg"></noscript><p>Text.</p></body></html>`);
    const lean = leanPageHtml(html);
    expect(lean).toContain(ld);
    expect(lean).toContain('<noscript>');
  });

  it('keeps the text on either side of a removed script two text nodes, as on the page', () => {
    const lean = leanPageHtml(serialised('<p>Seoul<script>1</script> said</p>'));
    const p = new DOMParser().parseFromString(lean, 'text/html').querySelector('p')!;
    expect([...p.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent)).toEqual(['Seoul', ' said']);
  });

  it('does not take a custom element whose name begins with "script" for a script', () => {
    const html = serialised('<body><script-loader>Kim met Putin.</script-loader><styled-text>Moscow</styled-text></body>');
    expect(leanPageHtml(html)).toBe(html);
  });

  // Readability removes scripts and styles itself, so the article parsed from the lean HTML is the one
  // the whole page gives: the same text nodes (the page maps them back one by one) and the same metadata.
  it.skipIf(!CORPUS)('gives Readability the same article and metadata on every page of the real corpus', () => {
    const pages = readdirSync(CORPUS!).filter((d) => existsSync(resolve(CORPUS!, d, 'source.html')));
    const view = (result: ParsePageResult) => {
      if (!result.article) return null;
      const { html, ...meta } = result.article;
      const root = new DOMParser().parseFromString(html, 'text/html').body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) texts.push(n.textContent!);
      return { meta, texts };
    };
    let saved = 0;
    let total = 0;
    for (const dir of pages) {
      const html = serialised(readFileSync(resolve(CORPUS!, dir, 'source.html'), 'utf8'));
      const lean = leanPageHtml(html);
      total += html.length;
      saved += html.length - lean.length;
      const url = `https://example.com/${dir}/`;
      expect(view(parsePageHtml(lean, url)), dir).toEqual(view(parsePageHtml(html, url)));
    }
    // The corpus pages were trimmed by Readability's authors, and still a fifth of their HTML goes.
    expect(saved / total).toBeGreaterThan(0.15);
  }, 240_000);
});
