import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';

describe('parseQuery: operators are own keys only', () => {
  it('"constructor:x" and "is:constructor" are no operator or option of Object.prototype', () => {
    const q = parseQuery('constructor:putin is:constructor');
    expect(q.include.some((c) => c.kind === 'entity' || c.kind === 'is')).toBe(false);
    expect(q.problems.length).toBe(1);
  });

  it('still knows its real operators', () => {
    expect(parseQuery('is:archived').include).toEqual([{ kind: 'is', value: 'archived' }]);
  });
});
