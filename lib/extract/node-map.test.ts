// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matchTextNodes, matchTextNodesStepwise } from './node-map';

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

  it('with `splits`, matches text the page holds in adjacent text nodes to all of them, and goes on after them', () => {
    const doc = load('<p>Kim Jong Un met Putin.</p><p>Then Lavrov spoke.</p>');
    const first = doc.querySelector('p')!.firstChild as Text;
    const second = first.splitText(4);
    const third = second.splitText(7); // "Kim " + "Jong Un" + " met Putin."
    const copy = load('<p>Kim Jong Un met Putin.</p><p>Then Lavrov spoke.</p>'); // as the page's HTML reads
    const [a, b] = [...copy.querySelectorAll('p')].map((p) => p.firstChild!);
    expect(matchTextNodes(copy.body, doc.body).has(a!)).toBe(false); // no twin without splits
    const splits = new Map<Node, Text[]>();
    const map = matchTextNodes(copy.body, doc.body, splits);
    expect(splits.get(a!)).toEqual([first, second, third]);
    expect(map.get(a!)).toBe(first);
    expect(map.get(b!)).toBe(doc.querySelectorAll('p')[1]!.firstChild);
  });

  it('with `splits`, never takes adjacent nodes that only begin the text', () => {
    const doc = load('<p>Kim Jong</p>');
    doc.querySelector('p')!.append(doc.createTextNode(' Il'));
    const copy = load('<p>Kim Jong Un</p>');
    const splits = new Map<Node, Text[]>();
    expect(matchTextNodes(copy.body, doc.body, splits).size).toBe(0);
    expect(splits.size).toBe(0);
  });
});

describe('matchTextNodesStepwise', () => {
  it('pauses on a long page and ends with the same map as matchTextNodes, also when the page changed meanwhile', () => {
    // A portal-like page: thousands of link texts before a short article.
    const links = Array.from({ length: 1600 }, (_, i) => `<li><a href="/${i}">Headline ${i}</a></li>`).join('');
    const doc = load(`<ul>${links}</ul><article><p>Kim met Putin.</p><p>They talked.</p></article>`);
    const clone = doc.cloneNode(true) as Document;
    const article = clone.querySelector('article')!;
    const whole = matchTextNodes(article, doc.body);
    const steps = matchTextNodesStepwise(article, doc.body);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      // The page adds a headline while Backstory is paused: pairing carries on.
      if (pauses === 2) doc.querySelector('ul')!.append(doc.createElement('li'));
      step = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect([...step.value.entries()]).toEqual([...whole.entries()]);
    expect([...step.value.values()].map((n) => (n as Text).data)).toEqual(['Kim met Putin.', 'They talked.']);
  }, 30_000);

  it('matches text Readability’s retry joined to the page’s pieces, over the <br>s and scripts it removed, but not over other text', () => {
    const doc = load('<div>Kim Jong Un<br><br>met<script>track()</script> Putin<b>, </b>then left.</div>');
    // Readability's copy for a retry has the <br>s and the script removed: reparsed, their neighbours are one node.
    const article = load('<p>Kim Jong Un</p><p>met Putin</p><p>, then left.</p>').body;
    const splits = new Map<Node, Text[]>();
    const map = matchTextNodes(article, doc.body, splits);
    const [kim, met] = [...article.querySelectorAll('p')].map((p) => p.firstChild!);
    expect(map.get(kim!)).toBe(doc.querySelector('div')!.firstChild);
    expect(splits.get(met!)?.map((t) => t.data)).toEqual(['met', ' Putin']);
    // ", then left." is no run of the page's: ", " stands inside an element with text of its own.
    expect([...map.keys()]).toHaveLength(2);
  });
});
