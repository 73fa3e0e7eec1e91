import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EdgeTable, IntList, WordTable } from './int-tables';

describe('IntList', () => {
  it('keeps every pushed value in order across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 200 }), (values) => {
        const list = new IntList(1);
        values.forEach((v, i) => expect(list.push(v)).toBe(i));
        expect([...list.toArray()]).toEqual(values);
      }),
    );
  });
});

describe('WordTable', () => {
  it('numbers distinct words once and finds them as strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (words) => {
        const table = new WordTable();
        const seen = new Map<string, number>();
        for (const w of words) {
          const id = table.intern(w);
          if (!seen.has(w)) seen.set(w, seen.size);
          expect(id).toBe(seen.get(w));
        }
        for (const [w, id] of seen) expect(table.get(w)).toBe(id);
        expect(table.get('\u0000absent')).toBe(-1);
      }),
    );
  });

  it('looks up an ASCII slice of a text folded to lower case, without a string', () => {
    const table = new WordTable();
    const korea = table.intern('korea');
    table.intern('kor');
    const text = 'North KOREA, Korea and Koreans';
    expect(table.getAscii(text, 6, 11)).toBe(korea);
    expect(table.getAscii(text, 13, 18)).toBe(korea);
    expect(table.getAscii(text, 23, 30)).toBe(-1); // "Koreans"
    expect(table.getAscii(text, 0, 5)).toBe(-1); // "North"
    expect(table.getAscii('kOR', 0, 3)).toBe(table.get('kor'));
  });
});

describe('EdgeTable', () => {
  it('returns each recorded child and -1 for absent pairs, across growth', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(5000), fc.nat(5000)), { maxLength: 400, selector: ([a, b]) => `${a}/${b}` }), (pairs) => {
        const edges = new EdgeTable();
        pairs.forEach(([node, word], child) => edges.set(node, word, child));
        pairs.forEach(([node, word], child) => expect(edges.get(node, word)).toBe(child));
        const recorded = new Set(pairs.map(([a, b]) => `${a}/${b}`));
        for (let node = 0; node < 20; node++) if (!recorded.has(`${node}/5001`)) expect(edges.get(node, 5001)).toBe(-1);
      }),
    );
  });
});
