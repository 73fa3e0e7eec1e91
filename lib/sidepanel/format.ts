/** Small formatting helpers for the panel's header. Pure. */
import { t } from '@/lib/i18n/i18n';

/**
 * "12 Sep 2023" (in the browser's locale unless one is given) for an ISO date or date-time; other
 * strings pass through; null stays null.
 */
export function formatPublished(value: string | null | undefined, locale?: string): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return trimmed || null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed);
  if (Number.isNaN(date.getTime())) return trimmed;
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The site's name, or its host without "www.", or null. */
export function siteLabel(siteName: string | null | undefined, url: string | null | undefined): string | null {
  if (siteName?.trim()) return siteName.trim();
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "By Wire Staff" unless the byline already starts with "By". */
export function formatByline(byline: string | null | undefined): string | null {
  const b = byline?.replace(/\s+/g, ' ').trim();
  if (!b) return null;
  return /^by\b/i.test(b) ? b : t('sidepanel.byline', [b]);
}
