import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactPublicSuffixes } from './psl-labels';

const require = createRequire(import.meta.url);
const TRIE = join(dirname(require.resolve('tldts/package.json')), 'dist/es6/src/data/trie.js');

/** The module's exports, evaluated as a function body (exports turned into properties of one object). */
function evaluate(code: string): Record<string, unknown> {
  const body = code.replace(/^\/\/# sourceMappingURL=.*$/m, '').replace(/^export const (\w+) = /gm, 'out.$1 = ');
  return new Function('out', `${body}; return out;`)({}) as Record<string, unknown>;
}

describe('the public-suffix list compacted for the service worker', () => {
  const original = readFileSync(TRIE, 'utf8');

  it('holds exactly the same arrays and labels as tldts ships', () => {
    const compacted = compactPublicSuffixes(original, TRIE);
    expect(compacted).not.toBeNull();
    const before = evaluate(original);
    const after = evaluate(compacted!);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const key of Object.keys(before)) {
      const a = after[key];
      const b = before[key];
      expect(a?.constructor, key).toBe(b?.constructor);
      expect(a, key).toEqual(b);
    }
    expect((after.edgeChild as Uint16Array).length).toBeGreaterThan(10_000);
  });

  it('writes no array literal and the labels only once', () => {
    const compacted = compactPublicSuffixes(original, TRIE)!;
    expect(compacted).not.toMatch(/new Uint(8|16)Array\(\[/);
    expect(compacted).toMatch(/labelText = \/\* @__PURE__ \*\/ globalThis\.String\("/);
  });

  it('leaves every other module, and a trie module of another layout, alone', () => {
    expect(compactPublicSuffixes(original, '/x/lib/glossary/matcher.ts')).toBeNull();
    expect(compactPublicSuffixes('export const x = 1;', TRIE)).toBeNull();
  });
});
