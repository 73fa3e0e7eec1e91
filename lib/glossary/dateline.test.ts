/** A wire story's dateline (dateline.ts), alone and through the bundled packs' matcher. */
import { describe, expect, it } from 'vitest';
import { inDateline } from './dateline';
import { compileMatcher } from './matcher';
import { BUNDLED_PACKS } from './packs/index';

const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);

describe('inDateline', () => {
  it.each([
    ['PHOENIX (AP) — Taiwan Semiconductor said.', 0],
    ['SALT LAKE CITY, Utah (Reuters) — A judge ruled.', 5],
    ['Headline here\nMOBILE, Ala. — Storms hit.', 14],
    ['LONDON — Shares fell.', 0],
  ])('%s: the word at %i is in the dateline', (text, at) => expect(inDateline(text, at)).toBe(true));
  it.each([
    ['THE PHOENIX RISES AGAIN', 4],
    ['We saw PHOENIX (AP) — no.', 7],
    ['PHOENIX RISING is a film about the bird.', 0],
  ])('%s: the word at %i is not', (text, at) => expect(inDateline(text, at)).toBe(false));
});

describe('a place named like an everyday word, in a dateline', () => {
  // dev/b1-12.
  it('matches in capitals there, and nowhere else in capitals', () => {
    expect(found('PHOENIX (AP) — Taiwan Semiconductor Manufacturing Co. said it would expand.')).toContainEqual(['PHOENIX', 'city-5308655']);
    expect(found('THE PHOENIX RISES AGAIN').map(([s]) => s)).not.toContain('PHOENIX');
    expect(found('The phoenix rises again.').map(([s]) => s)).not.toContain('phoenix');
  });
});
