// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matchTextNodes } from './node-map';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('matchTextNodes', () => {
  it('finds the live twin of each text node Readability moved, after the rest of the clone was removed', () => {
    const doc = load('<nav>Home</nav><div id="a"><p>One <b>two</b></p><aside>Related</aside><p>three</p></div><footer>Home</footer>');
    const clone = doc.cloneNode(true) as Document;
    // What Readability does to its copy: a new article element, the kept paragraphs moved into it.
    const article = clone.createElement('div');
    for (const p of [...clone.querySelectorAll('p')]) article.append(p);
    clone.body.replaceChildren(article);
    const map = matchTextNodes(article, doc.body);
    const texts = [...article.querySelectorAll('p, b')].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3));
    expect(texts.map((t) => (t as Text).data)).toEqual(['One ', 'two', 'three']);
    for (const t of texts) {
      const live = map.get(t)!;
      expect(live.ownerDocument).toBe(doc);
      expect((live as Text).data).toBe((t as Text).data);
    }
    expect(map.get(texts[2]!)!.parentElement).toBe(doc.querySelectorAll('p')[1]);
  });

  it('never matches later than the twin: a repeated text maps to its own occurrence', () => {
    const doc = load('<p>Putin</p><p>said</p><p>Putin</p>');
    const clone = doc.cloneNode(true) as Document;
    const ps = [...clone.querySelectorAll('p')];
    ps[1]!.remove(); // Readability dropped the middle paragraph
    const map = matchTextNodes(clone.body, doc.body);
    const live = [...doc.querySelectorAll('p')];
    expect(map.get(ps[0]!.firstChild!)).toBe(live[0]!.firstChild);
    expect(map.get(ps[2]!.firstChild!)).toBe(live[2]!.firstChild);
  });

  it('leaves text with no live twin unmatched and goes on matching after it', () => {
    const doc = load('<p>Kim</p><p>Jong Un</p>');
    const clone = doc.cloneNode(true) as Document;
    const [a, b] = [...clone.querySelectorAll('p')];
    a!.before(clone.createTextNode('made up'));
    const map = matchTextNodes(clone.body, doc.body);
    expect(map.size).toBe(2);
    expect(map.get(b!.firstChild!)).toBe(doc.querySelectorAll('p')[1]!.firstChild);
  });
});
