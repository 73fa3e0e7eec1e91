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
 * Tests: `dev:wikipediaEndpoint` in `storage.session`, honoured only for a loopback origin (see
 * endpoint.ts) and only in a development install (an unpacked or temporary add-on, as the browser
 * tests load it; never one installed from a store). Session storage is out of content scripts' reach
 * (Chrome's default access level; Firefox gives them none), so a page cannot redirect look-ups.
 * Requests to this machine send nothing anywhere, so they need no permission; this is also what
 * makes the flow testable in Chromium, whose permission prompt cannot be answered by a test.
 */
import { browser } from 'wxt/browser';
import { storedItem } from './stored-item';
import { explainedItem } from './wikipedia-explained';
import { DEV_ENDPOINT_KEY, resolveEndpoint, WIKIPEDIA_ORIGINS, type Endpoint } from '../wikipedia/endpoint';

/** The test endpoint (`dev:wikipediaEndpoint`, session storage: content scripts cannot write it); null in normal use. */
export const devEndpointItem = storedItem<string | null>(`session:${DEV_ENDPOINT_KEY}`, null);

let development: Promise<boolean> | undefined;
/** Whether this is a development install (unpacked, or Firefox's temporary add-on): the only kind the test endpoint works in. */
export function isDevelopmentInstall(): Promise<boolean> {
  development ??= (async () => {
    try {
      const management = (browser as unknown as { management?: { getSelf(): Promise<{ installType?: string }> } }).management;
      return (await management?.getSelf())?.installType === 'development';
    } catch {
      return false;
    }
  })();
  return development;
}

/** Where look-ups go now: Wikipedia, or (development installs only) a loopback test server. */
export async function currentEndpoint(): Promise<Endpoint> {
  if (!(await isDevelopmentInstall())) return { kind: 'wikipedia' };
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

export { explainedItem } from './wikipedia-explained';

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
