/**
 * Readability alone, as a content script would run it, for the bench's side-by-side comparisons
 * (scripts/bench.ts, scripts/bench-real.ts).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '..');

const readabilitySource = [
  await readFile(join(ROOT, 'node_modules/@mozilla/readability/Readability-readerable.js'), 'utf8'),
  await readFile(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8'),
].join('\n');

/**
 * Readability alone, in a content-script-like world: the gate, a clone and a parse, as Backstory does and
 * with the same options (Backstory keeps the article as nodes, so neither side pays for Readability's
 * default `innerHTML` serialisation). Split into gate, clone and parse for the phase breakdown.
 */
export async function readabilityAlone(page: Page): Promise<{ gate: number; clone: number; parse: number; total: number }> {
  // Runs where a content script runs: an isolated world (Chromium) or an Xray sandbox (Firefox), not
  // the page's own world. In Firefox the sandbox's wrappers make the same parse 1.4-2.3× slower than
  // in the page's world (seed and one-megabyte pages, measured 2026-11-28), a cost Backstory cannot
  // avoid either; puppeteer's BiDi sandbox may cost somewhat more than a WebExtension content script's.
  // (`isolatedRealm` is puppeteer's own sandbox; internal API, hence the fallback.)
  const frame = page.mainFrame() as unknown as { isolatedRealm?: () => Pick<Page, 'evaluate'> };
  const realm = typeof frame.isolatedRealm === 'function' ? frame.isolatedRealm() : page;
  // A unique comment makes the source new to the engine, so no compiled code is reused from an earlier
  // page in the same renderer: Readability starts cold, as Backstory's content script does on every page.
  const src = `${readabilitySource}\n/* bench ${Math.random()} */`;
  return realm.evaluate((src: string) => {
    type Parser = new (d: Document, o: object) => { parse(): unknown };
    // Evaluated as a function body so the page's CSP (if any) does not matter to the measurement.
    const scope: { Readability?: Parser; isProbablyReaderable?: (d: Document, o: object) => boolean } = {};
    new Function('scope', `var module; ${src}; scope.Readability = Readability; scope.isProbablyReaderable = isProbablyReaderable;`)(scope);
    const t0 = performance.now();
    const readerable = scope.isProbablyReaderable!(document, { minContentLength: 140 });
    const t1 = performance.now();
    let t2 = t1;
    if (readerable) {
      const clone = document.cloneNode(true) as Document;
      t2 = performance.now();
      // (A Function, not an arrow: tsx would wrap a named arrow in a helper the page does not have.)
      new scope.Readability!(clone, { serializer: new Function('n', 'return n'), maxElemsToParse: 30_000 }).parse();
    }
    const t3 = performance.now();
    return { gate: t1 - t0, clone: readerable ? t2 - t1 : 0, parse: readerable ? t3 - t2 : 0, total: t3 - t0 };
  }, src);
}

