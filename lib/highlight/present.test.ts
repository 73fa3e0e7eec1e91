import { describe, expect, it } from 'vitest';
import { firstMentions, highlightGroups, presentMentions, type PresentableMention } from './present';

/** A stand-in for a live range: these rules only pass ranges along. */
const range = (label: string) => ({ label }) as unknown as Range;

function mention(surface: string, entryId: string | null, extra: Partial<PresentableMention> = {}): PresentableMention & { label: string } {
  return { label: surface, range: range(surface), group: entryId ? 'person' : 'ambiguous', surface, entry: entryId ? { id: entryId } : null, privateName: false, ...extra };
}

describe('firstMentions', () => {
  it('keeps each entry’s first mention, whatever name it went by', () => {
    const list = [mention('Vladimir Putin', 'putin'), mention('Putin', 'putin'), mention('Kim Jong Un', 'kim'), mention('Kim', 'kim')];
    expect(firstMentions(list).map((m) => m.surface)).toEqual(['Vladimir Putin', 'Kim Jong Un']);
  });

  it('counts an ambiguous name once whatever its case: the reader view and the page agree', () => {
    // The reader's own filter kept "GEORGIA" as a second name while the content script did not.
    const list = [mention('Georgia', null), mention('GEORGIA', null), mention('georgia', null), mention('Jordan', null)];
    expect(firstMentions(list).map((m) => m.surface)).toEqual(['Georgia', 'Jordan']);
  });

  it('keeps an ambiguous name apart from an entry of the same spelling', () => {
    const list = [mention('Georgia', 'georgia-country'), mention('Georgia', null)];
    expect(firstMentions(list)).toHaveLength(2);
  });
});

describe('presentMentions', () => {
  const list = [mention('Putin', 'putin'), mention('Putin', 'putin')];

  it('shows every mention, the first of each name, or none, by the highlight style', () => {
    expect(presentMentions(list, 'all')).toHaveLength(2);
    expect(presentMentions(list, 'first')).toHaveLength(1);
    expect(presentMentions(list, 'none')).toEqual([]);
  });

  it('returns a new list the caller may change', () => {
    expect(presentMentions(list, 'all')).not.toBe(list);
  });
});

describe('highlightGroups', () => {
  it('groups bundled names’ ranges by kind and keeps the reader’s own names out of CSS.highlights', () => {
    const putin = mention('Putin', 'putin');
    const place = mention('Vladivostok', 'vladivostok', { group: 'place' });
    const jane = mention('Jane Doe', 'user-jane', { privateName: true });
    const odd = mention('Georgia', null);
    const { groups, secret } = highlightGroups([putin, jane, place, odd]);
    expect([...groups.keys()]).toEqual(['person', 'place', 'ambiguous']);
    expect(groups.get('person')).toEqual([putin.range]);
    expect(groups.get('place')).toEqual([place.range]);
    expect(secret).toEqual([jane]);
    expect([...groups.values()].flat()).not.toContain(jane.range);
  });
});
