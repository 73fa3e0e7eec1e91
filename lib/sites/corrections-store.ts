/**
 * Where the reader's corrections live: `storage.local`, keyed by site, so a correction made on one
 * news site does not change what a name means on another.
 */
import { storedItem } from '@/lib/settings/stored-item';
import { foldName } from '../glossary/matcher';
import type { SiteCorrections } from '../glossary/corrections';
import { siteKey } from './site-settings';

export const corrections = storedItem<Record<string, SiteCorrections>>('local:corrections', {});

/** Remembers that on `hostname`, `name` means `entryId` (or nothing, for "not this one"). */
export async function correct(hostname: string, name: string, entryId: string | null): Promise<void> {
  const all = await corrections.getValue();
  const site = siteKey(hostname);
  await corrections.setValue({ ...all, [site]: { ...(Object.hasOwn(all, site) ? all[site] : {}), [foldName(name)]: entryId } });
}

/** The corrections of one site. */
export async function correctionsFor(url: string): Promise<SiteCorrections | undefined> {
  try {
    const all = await corrections.getValue();
    const site = siteKey(new URL(url).hostname);
    // Own keys only: a site key like "constructor" must not find Object.prototype's.
    return Object.hasOwn(all, site) ? all[site] : undefined;
  } catch {
    return undefined;
  }
}
