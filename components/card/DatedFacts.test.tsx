// @vitest-environment jsdom
/**
 * The card's facts dated to the article, from the background's view (toCardEntry) to what the card
 * renders: Shoigu on a September 2023 article, on a 2025 one, and on one without a date.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard } from '@/components/HoverCard';
import { toCardEntry } from '@/lib/background/analysis-service';
import type { EffectiveEntry } from '@/lib/db/glossary-repo';
import { BUNDLED_PACKS } from '@/lib/glossary/packs';

const shoigu = BUNDLED_PACKS.flatMap((p) => p.entries).find((e) => e.id === 'sergei-shoigu')! as EffectiveEntry;
const TODAY = '2026-12-03';

let root: HTMLElement;
function cardText(day: string | null): string {
  root = document.createElement('div');
  document.body.append(root);
  render(<HoverCard entry={toCardEntry(shoigu, day, TODAY)} candidates={[]} surface="Shoigu" pinned={false} theme="light" onPin={() => {}} onClose={() => {}} />, root);
  // The dated block only: the summary line names both offices for any date.
  return root.querySelector('.bs-dated')!.textContent ?? '';
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('dated facts on the card', () => {
  it('September 2023: Defence Minister then, Security Council since May 2024', () => {
    const text = cardText('2023-09-12');
    expect(text).toContain('In September 2023');
    expect(text).toMatch(/Minister of Defence of Russia \(6 November 2012 – 12 May 2024\)/);
    expect(text).toMatch(/What changed since.*Since 12 May 2024:\s*Secretary of the Security Council of Russia/);
    expect(text.indexOf('Minister of Defence')).toBeLessThan(text.indexOf('Secretary of the Security Council'));
  });

  it('2025: Security Council then, Defence Minister earlier', () => {
    const text = cardText('2025-03-04');
    expect(text).toContain('In March 2025');
    expect(text).toMatch(/Earlier.*6 November 2012 – 12 May 2024:\s*Minister of Defence of Russia/);
    expect(text.indexOf('Secretary of the Security Council')).toBeLessThan(text.indexOf('Minister of Defence'));
  });

  it('no date: the present, flagged as unverified where it is, and a note that the date was unknown', () => {
    const text = cardText(null);
    expect(text).toContain('This article’s date is unknown');
    expect(text).not.toMatch(/In \w+ \d{4}/);
    // The defence ministry ended in 2024: it is never shown as current.
    const facts = root.querySelector('.bs-facts')!.textContent ?? '';
    expect(facts).not.toContain('Minister of Defence');
    expect(facts).toMatch(/Secretary of the Security Council of Russia \(since 12 May 2024\)\s*·\s*not verified after 1 January 2026/);
  });
});
