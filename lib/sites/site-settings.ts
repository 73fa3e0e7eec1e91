/**
 * Where Backstory runs. Sites are keyed by host name without a leading "www."; an entry also covers
 * its subdomains ("example.com" covers "news.example.com"). Two lists and a mode, in `storage.local`
 * and watched by every content script, so a change takes effect on open pages without a reload:
 * - mode `all` ("every article"): runs everywhere except the blocked sites (`disabledSites`);
 * - mode `allowed` ("only sites I allow"): runs only on the allowed sites, and never on a blocked one.
 */
import { storedItem } from '@/lib/settings/stored-item';
import { coversSite, getSitePolicy, SITE_POLICY_KEYS, siteKey, type SiteMode, type SitePolicy } from './site-policy';

export { coversSite, getSitePolicy, isSiteEnabled, siteEnabledBy, siteKey, watchSitePolicy, type SiteMode, type SitePolicy } from './site-policy';

/** The block list (the popup's per-site switch writes here). */
export const disabledSites = storedItem<string[]>(`local:${SITE_POLICY_KEYS.blocked}`, []);
export const allowedSites = storedItem<string[]>(`local:${SITE_POLICY_KEYS.allowed}`, []);
export const siteMode = storedItem<SiteMode>(`local:${SITE_POLICY_KEYS.mode}`, 'all');

/**
 * Turns what a reader typed ("https://www.Example.com/news", "example.com:8080") into a site key,
 * or null when it is not a host name.
 */
export function parseSiteInput(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(s)) return null;
  return siteKey(s);
}

/**
 * Turns Backstory on or off for a site. Off: the site joins the block list (and leaves the allow
 * list). On: every block-list entry covering it is removed and, in "only sites I allow" mode, the
 * site joins the allow list.
 */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const key = siteKey(hostname);
  const { mode, allowed, blocked } = await getSitePolicy();
  if (enabled) {
    await disabledSites.setValue(blocked.filter((e) => !coversSite(e, key)));
    if (mode === 'allowed' && !allowed.some((e) => coversSite(e, key))) await allowedSites.setValue([...allowed, key]);
  } else {
    await allowedSites.setValue(allowed.filter((e) => e !== key));
    await disabledSites.setValue([...new Set([...blocked, key])]);
  }
}

/** Replaces the whole policy (settings page, import). Entries are normalised and de-duplicated. */
export async function setSitePolicy(policy: Partial<SitePolicy>): Promise<void> {
  const clean = (list: readonly string[]) => [...new Set(list.map((s) => parseSiteInput(s)).filter((s): s is string => !!s))];
  if (policy.mode) await siteMode.setValue(policy.mode === 'allowed' ? 'allowed' : 'all');
  if (policy.allowed) await allowedSites.setValue(clean(policy.allowed));
  if (policy.blocked) await disabledSites.setValue(clean(policy.blocked));
}
