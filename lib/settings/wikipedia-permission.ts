/**
 * The optional host permission behind look-ups, and the test-only endpoint switch. Extension pages
 * and the background use these; content scripts cannot (they have no `permissions` API) and ask the
 * background instead.
 *
 * Production: a look-up needs `https://*.wikipedia.org/*` (declared in `optional_host_permissions`),
 * asked for on first use and given back when the reader turns look-ups off. The browser's prompt only
 * appears while a click is being handled, so `requestWikipediaPermission` must be called
 * synchronously inside the click handler, before any `await`.
 *
 * Tests: `dev:wikipediaEndpoint` in `storage.local`, honoured only for a loopback origin (see
 * endpoint.ts). Requests to this machine send nothing anywhere, so they need no permission; this is
 * also what makes the flow testable in Chromium, whose permission prompt cannot be answered by a test.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEV_ENDPOINT_KEY, resolveEndpoint, WIKIPEDIA_ORIGINS, type Endpoint } from '../wikipedia/endpoint';

/** The test endpoint (`dev:wikipediaEndpoint`); null in normal use. */
export const devEndpointItem = storage.defineItem<string | null>(`local:${DEV_ENDPOINT_KEY}`, { fallback: null });

/** Where look-ups go now: Wikipedia, or a loopback test server. */
export async function currentEndpoint(): Promise<Endpoint> {
  return resolveEndpoint(await devEndpointItem.getValue().catch(() => null));
}

const ORIGINS = { origins: [...WIKIPEDIA_ORIGINS] };

/** Whether the reader granted the Wikipedia host permission. */
export async function hasWikipediaPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains(ORIGINS);
  } catch {
    return false;
  }
}

/**
 * Asks the browser for the Wikipedia host permission (it shows its own prompt). Call it
 * synchronously from a click handler. Resolves false when the reader declines.
 */
export function requestWikipediaPermission(): Promise<boolean> {
  try {
    return browser.permissions.request(ORIGINS).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives the permission back (look-ups switched off). */
export async function removeWikipediaPermission(): Promise<void> {
  try {
    if (await browser.permissions.contains(ORIGINS)) await browser.permissions.remove(ORIGINS);
  } catch {
    // Nothing to give back, or the browser refused: the background checks before every request anyway.
  }
}

/**
 * Whether the reader has seen, and accepted, what a look-up sends. The first look-up always
 * explains it first, even where the browser already lets Backstory reach Wikipedia (Firefox grants
 * the content script's access to every https site at install, and that covers Wikipedia). Reset
 * when look-ups are turned off, so turning them back on explains again.
 */
export const explainedItem = storage.defineItem<boolean>('local:wikipediaLookupExplained', { fallback: false });

/** Whether the browser lets Backstory reach every https site (Firefox's install-time grant for content scripts). */
export async function hasAllSitesAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: ['https://*/*'] });
  } catch {
    return false;
  }
}

/** What a look-up needs before it can go. */
export interface LookupAccess {
  endpoint: Endpoint;
  /** The browser permission is held (or not needed: the loopback test server). */
  permission: boolean;
  /** The reader accepted the explanation of what is sent. */
  explained: boolean;
  /** True when the next look-up goes straight out: explained, and permitted. */
  ready: boolean;
}

export async function lookupAccess(): Promise<LookupAccess> {
  const endpoint = await currentEndpoint();
  const permission = endpoint.kind === 'local' || (await hasWikipediaPermission());
  const explained = await explainedItem.getValue().catch(() => false);
  return { endpoint, permission, explained, ready: permission && explained };
}

/** Calls `cb` when the permission is granted or removed (in any page, or from the browser's own UI). */
export function watchWikipediaPermission(cb: () => void): () => void {
  const api = browser.permissions;
  try {
    api.onAdded.addListener(cb);
    api.onRemoved.addListener(cb);
  } catch {
    // No permission events here (a test double): the state is read again on the next look-up.
    return () => undefined;
  }
  return () => {
    try {
      api.onAdded.removeListener(cb);
      api.onRemoved.removeListener(cb);
    } catch {
      // already gone
    }
  };
}
