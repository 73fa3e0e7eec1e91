/**
 * The per-site switch. Sites are keyed by host name without a leading "www."; the list of sites the
 * reader switched off is kept in `storage.local` and watched by every content script, so a change
 * takes effect on open pages without a reload.
 */
import { storage } from 'wxt/utils/storage';

export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

/** The key a site is remembered under ("www.example.com" and "example.com" are one site). */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether Backstory runs on `hostname` given the stored list. */
export function isSiteEnabled(hostname: string, disabled: readonly string[]): boolean {
  return !disabled.includes(siteKey(hostname));
}

/** Turns Backstory on or off for a site. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const key = siteKey(hostname);
  const current = await disabledSites.getValue();
  const next = enabled ? current.filter((s) => s !== key) : [...new Set([...current, key])];
  await disabledSites.setValue(next);
}
