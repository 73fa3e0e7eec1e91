/** Small display helpers shared by the list and the reader, in the browser's language and locale. */
import { t } from '@/components/design/i18n';
import { isDisplayableMs } from '@/lib/reading-list/formats/dates';

/** "12 Sep 2023" in the browser's locale; '' for no date, and for a stored number that is no date. */
export function formatDate(ms: number | null | undefined): string {
  if (!isDisplayableMs(ms)) return '';
  return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "4 min read", "1 h 5 min read"; '' for no reading time. */
export function formatReadingTime(minutes: number): string {
  if (minutes <= 0) return '';
  return minutes < 60 ? t('library.minRead', [minutes.toLocaleString()]) : t('library.hoursRead', [Math.floor(minutes / 60).toLocaleString(), (minutes % 60).toLocaleString()]);
}

/** "1 article", "1,234 articles" (the number in the browser's locale). */
export function articles(n: number): string {
  return t('library.articles', n, [n.toLocaleString()]);
}
