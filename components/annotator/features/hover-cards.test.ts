// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { LiveMention } from '@/lib/highlight/page-model';
import type { FeatureContext } from './types';
import { hoverCards } from './hover-cards';

/** The listeners the feature puts on the page when started on `mentions`. */
function listenersFor(mentions: LiveMention[]): string[] {
  const onDocument = vi.spyOn(document, 'addEventListener');
  const onWindow = vi.spyOn(window, 'addEventListener');
  const run = new AbortController();
  hoverCards.start({ page: { mentions }, highlights: {}, cards: {}, signal: run.signal } as unknown as FeatureContext);
  run.abort();
  const types = [...onDocument.mock.calls, ...onWindow.mock.calls].map(([type]) => type);
  onDocument.mockRestore();
  onWindow.mockRestore();
  return types;
}

describe('hover cards', () => {
  it('listen to nothing on a page with nothing underlined: moving the pointer there costs no hit-testing', () => {
    expect(listenersFor([])).toEqual([]);
  });

  it('follow the pointer, Escape and scrolling where there are mentions', () => {
    document.body.innerHTML = '<p>Seoul</p>';
    const text = document.body.firstChild!.firstChild as Text;
    const range = document.createRange();
    range.selectNodeContents(text);
    const mention = { index: 0, range, nodes: [text], group: 'place', entry: null, candidates: [], surface: 'Seoul', privateName: false } as unknown as LiveMention;
    expect(listenersFor([mention])).toEqual(expect.arrayContaining(['pointermove', 'keydown', 'scroll', 'resize']));
  });
});
