/**
 * A Vite plugin that makes the public-suffix list (tldts, used by the reading list's canonical URLs)
 * cheap to parse in the service worker, which parses its whole script on every wake. tldts ships the
 * list as four typed arrays written as JavaScript array literals (about 25,000 numbers) and one 70 KB
 * string constant read in three places, which the minifier inlined at each use: 277 KB of the
 * worker's 518 KB, and most of the growth of its parse time since the reading list started using it.
 * Here the arrays become JSON strings read by `JSON.parse` (a string literal scans far faster than
 * an array literal, and JSON parses faster than script), and the string is wrapped in a call the
 * minifier cannot fold, so it stays one variable. The values are exactly the same (psl-labels.test.ts).
 */
import type { Plugin } from 'vite';

/** The module of tldts that holds the list. */
const TRIE_MODULE = /[\\/]tldts[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]trie\.js$/;
const LABELS = /^export const labelText = (".*");$/m;
const ARRAY = /^export const (\w+) = \/\*#__PURE__\*\/ new (Uint8Array|Uint16Array)\((\[[\d,\s]*\])\);$/gm;

/**
 * tldts's trie module rewritten as described above; null when `id` is not that module or its layout
 * is not the one this expects (then it is bundled as it is: slower to parse, still correct).
 */
export function compactPublicSuffixes(code: string, id: string): string | null {
  if (!TRIE_MODULE.test(id) || !LABELS.test(code)) return null;
  let arrays = 0;
  const out = code
    .replace(ARRAY, (_, name: string, type: string, list: string) => {
      arrays++;
      const json = JSON.stringify((JSON.parse(list) as number[]).join(','));
      return `export const ${name} = /* @__PURE__ */ new ${type}(JSON.parse("[" + ${json} + "]"));`;
    })
    .replace(LABELS, (_, literal: string) => `export const labelText = /* @__PURE__ */ globalThis.String(${literal});`);
  return arrays > 0 ? out : null;
}

/** The plugin: see `compactPublicSuffixes`. */
export function compactPublicSuffixList(): Plugin {
  return {
    name: 'backstory:compact-public-suffix-list',
    transform(code, id) {
      const out = compactPublicSuffixes(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
