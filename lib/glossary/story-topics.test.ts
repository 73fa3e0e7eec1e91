import { describe, expect, it } from 'vitest';
import { storiesUntold } from './story-topics';

const related = (id: string) => (id === 'un-sanctions-nk' ? ['north-korea', 'kim-jong-un'] : []);
const hit = (...full: string[]) => ({ full, short: [] as string[] });

describe('storiesUntold', () => {
  it('finds a topic none of whose related entries the article names', () => {
    const topic = hit('un-sanctions-nk');
    expect(storiesUntold([hit('iran'), topic], [topic], related)).toEqual(new Set(['un-sanctions-nk']));
  });

  it('keeps a topic whose story the article names, in full or as a short reading', () => {
    const topic = hit('un-sanctions-nk');
    expect(storiesUntold([topic, hit('north-korea')], [topic], related).size).toBe(0);
    expect(storiesUntold([topic, { full: [], short: ['kim-jong-un', 'kim-yo-jong'] }], [topic], related).size).toBe(0);
  });

  it('does not let the topic ground itself, however often it is named', () => {
    const a = hit('un-sanctions-nk');
    const b = hit('un-sanctions-nk');
    expect(storiesUntold([a, b], [a, b], related)).toEqual(new Set(['un-sanctions-nk']));
  });
});
