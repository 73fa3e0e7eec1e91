/**
 * Reading and watching where Backstory runs (the policy lib/sites/site-settings.ts writes), with
 * the extension's storage API directly: one `storage.local.get` and one `onChanged` listener. The
 * content script every page pays for (entrypoints/content/gate.ts) reads the policy through this
 * module alone, so it carries neither WXT's storage layer nor the three storage reads its item
 * definitions start when their module is evaluated.
 */
import { browser } from 'wxt/browser';

export type SiteMode = 'all' | 'allowed';

export interface SitePolicy {
  mode: SiteMode;
  allowed: string[];
  blocked: string[];
}

/** The `storage.local` keys of the policy (site-settings.ts defines its items on the same keys). */
export const SITE_POLICY_KEYS = { blocked: 'disabledSites', allowed: 'allowedSites', mode: 'siteMode' } as const;
const KEYS = Object.values(SITE_POLICY_KEYS);

/** The key a site is remembered under ("www.example.com" and "example.com" are one site). */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether a list entry covers the host (the site itself or one of its subdomains). */
export function coversSite(entry: string, hostname: string): boolean {
  const key = siteKey(hostname);
  return key === entry || key.endsWith(`.${entry}`);
}

/**
 * Whether Backstory runs on `hostname`. With only a block list (the original signature), the mode
 * is "every article".
 */
export function isSiteEnabled(hostname: string, disabled: readonly string[], mode: SiteMode = 'all', allowed: readonly string[] = []): boolean {
  if (disabled.some((e) => coversSite(e, hostname))) return false;
  if (mode === 'allowed') return allowed.some((e) => coversSite(e, hostname));
  return true;
}

/** Whether Backstory runs on `hostname` under a policy. */
export function siteEnabledBy(policy: SitePolicy, hostname: string): boolean {
  return isSiteEnabled(hostname, policy.blocked, policy.mode, policy.allowed);
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : []);

/** The whole policy, in one storage read; absent parts are their defaults (every site, empty lists). */
export async function getSitePolicy(): Promise<SitePolicy> {
  const stored = await browser.storage.local.get(KEYS);
  return {
    mode: stored[SITE_POLICY_KEYS.mode] === 'allowed' ? 'allowed' : 'all',
    allowed: list(stored[SITE_POLICY_KEYS.allowed]),
    blocked: list(stored[SITE_POLICY_KEYS.blocked]),
  };
}

/** Calls `cb` with the whole policy whenever any part of it changes; returns the way to stop. */
export function watchSitePolicy(cb: (policy: SitePolicy) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((k) => Object.hasOwn(changes, k))) void getSitePolicy().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
