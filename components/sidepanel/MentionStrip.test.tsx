// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionStrip } from './MentionStrip';

let root: HTMLElement;
function mount(props: Partial<Parameters<typeof MentionStrip>[0]> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const onReveal = vi.fn();
  const text = 'Kim went to Russia. Later Kim met Putin, and Kim left.';
  const at = (from: number) => text.indexOf('Kim', from);
  const mentions = [{ start: at(0), end: at(0) + 3 }, { start: at(5), end: at(5) + 3 }, { start: at(30), end: at(30) + 3 }];
  render(<MentionStrip name="Kim Jong Un" kind="person" mentions={mentions} textLength={text.length} text={text} onReveal={onReveal} {...props} />, root);
  return { onReveal, mentions, text };
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const ticks = () => [...root.querySelectorAll<HTMLButtonElement>('.sp-tick')];

describe('MentionStrip', () => {
  it('draws one labelled tick per mention, placed by offset', () => {
    const { mentions, text } = mount();
    expect(ticks()).toHaveLength(3);
    expect(ticks().map((t) => Number(t.dataset.start))).toEqual(mentions.map((m) => m.start));
    expect(ticks()[0]!.style.left).toMatch(/^calc\(0% [-+] 0px\)$/);
    const pct = Math.round((mentions[1]!.start / text.length) * 10_000) / 100;
    expect(ticks()[1]!.style.left).toContain(`${pct}%`);
    expect(ticks()[1]!.getAttribute('aria-label')).toMatch(/^Kim Jong Un: mention 2 of 3, \d+% through the article: .*Later Kim met/);
    const group = root.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).toContain('3 mentions');
  });

  it('reveals the clicked mention', () => {
    const { onReveal, mentions } = mount();
    ticks()[2]!.click();
    expect(onReveal).toHaveBeenCalledWith(mentions[2]!.start);
  });

  it('is one tab stop with arrow keys, Home and End between ticks', () => {
    mount();
    expect(ticks().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    ticks()[0]!.focus();
    ticks()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement).toBe(ticks()[1]);
    ticks()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(ticks()[2]);
    ticks()[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement).toBe(ticks()[0]);
  });

  it('labels ticks by position alone when the text is not known', () => {
    mount({ text: null });
    expect(ticks()[0]!.getAttribute('aria-label')).toBe('Kim Jong Un: mention 1 of 3, 0% through the article');
  });
});
