// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selectionSentence, sentenceAround } from './sentence';

const TEXT =
  'North Korea’s Kim Jong Un rolled into Russia on Tuesday. Kremlin spokesman Dmitry Peskov confirmed only that Kim had entered Russia. U.S. officials warned of an arms deal.';

describe('sentenceAround', () => {
  it('finds the sentence of a selection', () => {
    const at = TEXT.indexOf('Dmitry Peskov');
    expect(sentenceAround(TEXT, at, at + 'Dmitry Peskov'.length)).toBe('Kremlin spokesman Dmitry Peskov confirmed only that Kim had entered Russia.');
  });
  it('does not stop at initials', () => {
    const at = TEXT.indexOf('officials');
    expect(sentenceAround(TEXT, at)).toBe('U.S. officials warned of an arms deal.');
  });
  it('handles the first sentence and text without a full stop', () => {
    expect(sentenceAround(TEXT, 2)).toBe('North Korea’s Kim Jong Un rolled into Russia on Tuesday.');
    expect(sentenceAround('no stop here', 3)).toBe('no stop here');
  });
});

describe('selectionSentence', () => {
  it('reads the sentence around the live selection', () => {
    document.body.innerHTML = `<p>First one. Then <b>Vladimir Putin</b> spoke at length. Last.</p>`;
    const b = document.querySelector('b')!;
    const range = document.createRange();
    range.selectNodeContents(b);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    expect(selectionSentence(sel)).toBe('Then Vladimir Putin spoke at length.');
    sel.removeAllRanges();
    expect(selectionSentence(sel)).toBeNull();
  });
});
