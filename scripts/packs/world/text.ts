/**
 * Text helpers of the pack generators (world and regions): folding names the way the matcher does, and
 * the locale-independent number, area, coordinate and list formats the generated notes use.
 */
import type { GlossaryEntry } from '../../../lib/glossary/types.ts';

/**
 * Folds a name the way the matcher's tokenizer does (lower case, no diacritics, no apostrophes, words
 * joined by single spaces), so that comparisons here agree with what the matcher will see.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`´ʼ]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/**
 * True when every letter of `s` is Latin (with or without diacritics) and none is a phonetic symbol
 * (the IPA block, which Unicode also files under Latin): the packs serve English-language news.
 */
export function isLatin(s: string): boolean {
  return [...s].every((ch) => !/\p{L}/u.test(ch) || (/\p{Script=Latin}/u.test(ch) && !/[\u0250-\u02AF\u1D00-\u1DBF]/u.test(ch)));
}

/** Groups digits in threes with commas, independently of the machine's locale. */
export function groupDigits(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export function formatPopulation(p: number): string {
  if (p >= 1_000_000) return `about ${(p / 1_000_000).toFixed(1)} million`;
  if (p >= 10_000) return `about ${groupDigits(Math.round(p / 1000) * 1000)}`;
  return `about ${groupDigits(p)}`;
}

export function formatArea(km2: number): string {
  return `${groupDigits(km2 >= 100 ? Math.round(km2) : Math.round(km2 * 100) / 100)} km²`;
}

export function formatCoordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}

/** "A", "A and B", "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Subregions that read with an article ("in the Caribbean"). */
export function place(area: string): string {
  return area === 'Caribbean' || area === 'Antarctic' ? `the ${area}` : area;
}

export function wikipedia(name: string): GlossaryEntry['links'][number] {
  return { title: `${name} – Wikipedia`, url: `https://en.wikipedia.org/wiki/${encodeURI(name.replaceAll(' ', '_'))}` };
}
