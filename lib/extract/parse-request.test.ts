// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { MAX_OFF_PAGE_HTML, requestOffPageParse } from './parse-request';

const page = (body: string): Document => new DOMParser().parseFromString(`<html><head><title>T</title></head><body>${body}</body></html>`, 'text/html');

describe('requestOffPageParse', () => {
  it('posts the page’s HTML with its address, and hands back the parser’s answer', async () => {
    const doc = page('<p>Kim Jong Un met Vladimir Putin.</p>');
    const parser = vi.fn(async () => ({ article: null, ms: 3 }));
    const request = await requestOffPageParse(doc, parser, async () => undefined, () => performance.now());
    expect(parser).toHaveBeenCalledWith(doc.documentElement.outerHTML, doc.URL);
    if ('tooLong' in request) throw new Error('expected a request');
    await expect(request.answer).resolves.toEqual({ article: null, ms: 3 });
  });

  it('posts the page without its scripts and styles, which the parser would only throw away', async () => {
    const doc = page('<style>p{}</style><p>Kim Jong Un met Vladimir Putin.</p><script>window.state = 1</script>');
    const parser = vi.fn(async () => null);
    await requestOffPageParse(doc, parser, async () => undefined, () => 0);
    const [html] = parser.mock.calls[0] as unknown as [string];
    expect(html).toContain('<p>Kim Jong Un met Vladimir Putin.</p>');
    expect(html).not.toMatch(/<script|<style|window\.state/);
  });

  it('gives the page its thread back before serialising and before posting', async () => {
    const steps: string[] = [];
    const doc = page('<p>Text.</p>');
    await requestOffPageParse(
      doc,
      async () => {
        steps.push('post');
        return null;
      },
      async () => void steps.push('pause'),
      () => 0,
    );
    expect(steps).toEqual(['pause', 'pause', 'post']);
  });

  it('answers null, never rejects, when the parser throws or rejects', async () => {
    const doc = page('<p>Text.</p>');
    for (const parser of [() => Promise.reject(new Error('closed')), () => { throw new Error('gone'); }]) {
      const request = await requestOffPageParse(doc, parser, async () => undefined, () => 0);
      if ('tooLong' in request) throw new Error('expected a request');
      await expect(request.answer).resolves.toBeNull();
    }
  });

  it('does not post a page too long to be worth posting', async () => {
    const doc = page(`<p>${'x'.repeat(MAX_OFF_PAGE_HTML)}</p>`);
    const parser = vi.fn(async () => null);
    expect(await requestOffPageParse(doc, parser, async () => undefined, () => 0)).toMatchObject({ tooLong: true });
    expect(parser).not.toHaveBeenCalled();
  });
});
