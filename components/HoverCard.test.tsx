// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardEntry } from '@/lib/messaging/protocol';
import { formatAsOf, HoverCard } from './HoverCard';

const KIM: CardEntry = {
  id: 'kim-jong-un',
  kind: 'person',
  name: 'Kim Jong Un',
  summary: 'Leader of North Korea since 2011',
  note: 'Third leader of the Kim dynasty.',
  facts: [
    { label: 'Born', value: '8 January 1984' },
    { label: 'Leader since', value: 'December 2011' },
  ],
  links: [{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Kim_Jong_Un' }],
  asOf: '2024-12-31',
};

let root: HTMLElement;
function mount(props: Partial<Parameters<typeof HoverCard>[0]> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const handlers = { onPin: vi.fn(), onClose: vi.fn() };
  render(<HoverCard entry={KIM} candidates={[]} surface="Kim" pinned={false} theme="light" acceptUntrusted {...handlers} {...props} />, root);
  return handlers;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('HoverCard', () => {
  it('shows name, kind, summary, facts, as-of date and the reference link', () => {
    mount();
    const card = root.querySelector('[role="dialog"]')!;
    expect(card.getAttribute('aria-labelledby')).toBe('backstory-card-title');
    expect(root.querySelector('#backstory-card-title')?.textContent).toBe('Kim Jong Un');
    expect(card.textContent).toContain('Person');
    expect(card.textContent).toContain('Leader of North Korea since 2011');
    expect([...root.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Born', 'Leader since']);
    expect(card.textContent).toContain('As of 31 Dec 2024');
    const link = root.querySelector('a')!;
    expect(link.href).toBe('https://en.wikipedia.org/wiki/Kim_Jong_Un');
    expect(link.rel).toContain('noopener');
  });

  it('says the notes are in English, and marks them so, on an article in another language', () => {
    mount({ entry: { ...KIM, notesLang: 'en' } });
    expect(root.textContent).toContain('Notes in English.');
    expect(root.querySelector('.bs-note')!.getAttribute('lang')).toBe('en');
    render(null, root);
    root.remove();
    mount();
    expect(root.textContent).not.toContain('Notes in English.');
  });

  it('never renders a non-http link', () => {
    mount({ entry: { ...KIM, links: [{ title: 'Bad', url: 'javascript:alert(1)' }] } });
    expect(root.querySelector('a')).toBeNull();
  });

  it('says how the article misspelled the name', () => {
    mount({ misspelling: 'Vladisvostok' });
    expect(root.textContent).toContain('Spelled “Vladisvostok” in this article.');
  });

  it('offers the readings of an ambiguous name', () => {
    mount({ entry: null, surface: 'Kim', candidates: [KIM, { ...KIM, id: 'kim-yo-jong', name: 'Kim Yo Jong', summary: 'Sister of Kim Jong Un' }] });
    expect(root.textContent).toContain('Ambiguous name');
    expect([...root.querySelectorAll('.bs-choices strong')].map((s) => s.textContent)).toEqual(['Kim Jong Un', 'Kim Yo Jong']);
  });

  it('lets the reader pick the reading of an ambiguous name, or reject a resolved one', () => {
    const onChoose = vi.fn();
    mount({ entry: null, surface: 'Kim', candidates: [KIM, { ...KIM, id: 'kim-yo-jong', name: 'Kim Yo Jong' }], onChoose });
    root.querySelector<HTMLButtonElement>('button[aria-label="It is Kim Yo Jong"]')!.click();
    expect(onChoose.mock.calls[0]?.[0]).toBe('kim-yo-jong');
    render(null, root);
    const onReject = vi.fn();
    mount({ onReject });
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Not this “Kim”')!.click();
    expect(onReject).toHaveBeenCalled();
  });

  it('in a page, acts on no synthetic click: pin, close, open panel, it is / not this one', () => {
    const onOpenPanel = vi.fn();
    const onReject = vi.fn();
    const onChoose = vi.fn();
    const { onPin, onClose } = mount({ acceptUntrusted: false, onOpenPanel, onReject });
    for (const button of root.querySelectorAll('button')) button.click();
    render(null, root);
    mount({ acceptUntrusted: false, entry: null, candidates: [KIM], onChoose });
    for (const button of root.querySelectorAll('button')) button.click();
    expect(root.querySelectorAll('button').length).toBeGreaterThan(2);
    expect([onPin, onClose, onOpenPanel, onReject, onChoose].map((f) => f.mock.calls.length)).toEqual([0, 0, 0, 0, 0]);
  });

  it('pin and close buttons are labelled and call back', () => {
    const { onPin, onClose } = mount();
    const pin = root.querySelector<HTMLButtonElement>('button[aria-label="Pin card open"]')!;
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    pin.click();
    expect(onPin).toHaveBeenCalledWith(true);
    root.querySelector<HTMLButtonElement>('button[aria-label="Close card"]')!.click();
    expect(onClose).toHaveBeenCalled();
  });

  it('offers "Open in side panel" when given, and shows why it could not open', () => {
    const onOpenPanel = vi.fn();
    mount({ onOpenPanel, panelNote: 'Firefox opens sidebars only from its own controls.' });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Open in side panel')!;
    button.click();
    expect(onOpenPanel).toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Firefox opens sidebars only from its own controls.');
  });

  it('has no side-panel action unless asked', () => {
    mount();
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Open in side panel')).toBe(false);
  });

  it('formats ISO dates and passes other strings through', () => {
    expect(formatAsOf('2023-09-12')).toMatch(/^12 Sept? 2023$/);
    expect(formatAsOf('mid-2024')).toBe('mid-2024');
  });
});
