/** Article metadata read from the page head: what Readability does not give, or gives less reliably. */

/** The page's canonical URL: `<link rel=canonical>`, else `og:url`, else null. Relative values resolve against the page. */
export function canonicalUrl(doc: Document): string | null {
  const raw =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!raw) return null;
  try {
    const url = new URL(raw, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The document language: `<html lang>`, `content-language`, the Open Graph `og:locale`, or the
 * JSON-LD `inLanguage` of the page's article, whichever the page gives first; null when it says
 * nothing (the background then detects the language from the text, lib/glossary/language.ts).
 */
export function documentLanguage(doc: Document): string | null {
  const lang =
    doc.documentElement?.getAttribute('lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ||
    jsonLdLanguage(doc);
  return lang ? lang.trim().slice(0, 35) || null : null;
}

/** JSON-LD blocks larger than this are not read for a language (a page's whole catalogue, not its article). */
const MAX_JSON_LD = 100_000;
const MAX_JSON_LD_BLOCKS = 5;

/** The first `inLanguage` of the page's JSON-LD (a string, or an object's `alternateName`/`name`), or null. */
export function jsonLdLanguage(doc: Document): string | null {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(0, MAX_JSON_LD_BLOCKS);
  for (const block of blocks) {
    const source = block.textContent ?? '';
    if (source.length > MAX_JSON_LD || !source.includes('inLanguage')) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // a page's broken JSON-LD is not ours to fix
    }
    const found = findInLanguage(data, 0);
    if (found) return found;
  }
  return null;
}

function findInLanguage(node: unknown, depth: number): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findInLanguage(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const value = record.inLanguage;
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value && typeof value === 'object') {
    const named = (value as Record<string, unknown>).alternateName ?? (value as Record<string, unknown>).name;
    if (typeof named === 'string' && named.trim()) return named.trim();
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = findInLanguage(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}
