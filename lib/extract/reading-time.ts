/**
 * Reading time as Firefox Reader View computes it: characters per minute by language, with a
 * variance that gives a fast and a slow estimate.
 *
 * Source: Firefox `toolkit/components/reader/ReaderMode.sys.mjs`, `_getReadingSpeedForLanguage` and
 * `_assignReadTime` (rates from Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading
 * Performance: The New International Reading Speed Texts IReST", IOVS 2012,
 * https://iovs.arvojournals.org/article.aspx?articleid=2166061). Firefox looks the language up
 * as given and falls back to English; Backstory first reduces a tag like "en-GB" or "pt_BR" to its
 * primary subtag, so regional tags get their language's rate instead of English's.
 *
 * The one table of reading speeds: the side panel's range and the reading list's minutes both
 * read it.
 */
import { t } from '@/lib/i18n/i18n';

export interface ReadingSpeed {
  /** Characters per minute. */
  cpm: number;
  variance: number;
}

/**
 * Firefox Reader View's table, with one key corrected: Firefox keys Japanese `jw` (the withdrawn code
 * for Javanese), which a page's `lang="ja"` never matches, so Japanese read at the English rate.
 */
export const READING_SPEEDS: Readonly<Record<string, ReadingSpeed>> = {
  en: { cpm: 987, variance: 118 },
  ar: { cpm: 612, variance: 88 },
  de: { cpm: 920, variance: 86 },
  es: { cpm: 1025, variance: 127 },
  fi: { cpm: 1078, variance: 121 },
  fr: { cpm: 998, variance: 126 },
  he: { cpm: 833, variance: 130 },
  it: { cpm: 950, variance: 140 },
  ja: { cpm: 357, variance: 56 },
  nl: { cpm: 978, variance: 143 },
  pl: { cpm: 916, variance: 126 },
  pt: { cpm: 913, variance: 145 },
  ru: { cpm: 986, variance: 175 },
  sk: { cpm: 885, variance: 145 },
  sv: { cpm: 917, variance: 156 },
  tr: { cpm: 1054, variance: 156 },
  zh: { cpm: 255, variance: 29 },
};

/** The reading speed for a BCP 47 language tag; English when the language is unknown or absent. */
export function readingSpeedFor(lang: string | null | undefined): ReadingSpeed {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (Object.hasOwn(READING_SPEEDS, primary) ? READING_SPEEDS[primary] : undefined) ?? READING_SPEEDS.en!;
}

export interface ReadingTime {
  /** Minutes for a fast reader (cpm + variance), rounded up as Firefox does. */
  fast: number;
  /** Minutes for a slow reader (cpm − variance). */
  slow: number;
}

/** Reading time of a text of `length` characters, as a fast–slow range in whole minutes. */
export function readingTime(length: number, lang: string | null | undefined): ReadingTime {
  const { cpm, variance } = readingSpeedFor(lang);
  const n = Math.max(0, length);
  return { fast: Math.ceil(n / (cpm + variance)), slow: Math.ceil(n / (cpm - variance)) };
}

/** "3 min", "3–4 min", or "Under a minute" as Reader View shows it. */
export function formatReadingTime({ fast, slow }: ReadingTime): string {
  const n = (v: number) => v.toLocaleString();
  if (slow <= 1) return slow === 0 ? t('sidepanel.time.underMinute') : t('sidepanel.time.minutes', [n(1)]);
  const low = Math.max(1, fast);
  return low === slow ? t('sidepanel.time.minutes', [n(slow)]) : t('sidepanel.time.range', [n(low), n(slow)]);
}
