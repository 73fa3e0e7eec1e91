/**
 * Where look-ups go. Production always asks `https://{lang}.wikipedia.org`. For tests only, a
 * `storage.local` key (`dev:wikipediaEndpoint`, see `DEV_ENDPOINT_KEY`) may point look-ups at a
 * server on the reader's own machine: it is honoured only when it is `http://127.0.0.1:PORT` or
 * `http://localhost:PORT`, so no setting can send a name anywhere but Wikipedia or this computer.
 * The local server serves `/{lang}/api/rest_v1/page/summary/{title}` and `/{lang}/w/api.php`.
 *
 * Pure: no browser APIs.
 */
import { titleKey } from './summary';

/** The `storage.local` key of the test endpoint. */
export const DEV_ENDPOINT_KEY = 'dev:wikipediaEndpoint';

/** The optional host permission look-ups need (declared in `optional_host_permissions`). */
export const WIKIPEDIA_ORIGINS = ['https://*.wikipedia.org/*'] as const;

export type Endpoint =
  /** Wikipedia itself: needs the optional host permission. */
  | { kind: 'wikipedia' }
  /** A test server on this machine (loopback only): nothing leaves the computer, no permission is asked. */
  | { kind: 'local'; base: string };

/** The endpoint for a stored `dev:wikipediaEndpoint` value: a loopback http origin, or Wikipedia. */
export function resolveEndpoint(stored: unknown): Endpoint {
  if (typeof stored !== 'string' || stored.length > 200) return { kind: 'wikipedia' };
  let url: URL;
  try {
    url = new URL(stored);
  } catch {
    return { kind: 'wikipedia' };
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'http:' || !loopback || url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return { kind: 'wikipedia' };
  }
  return { kind: 'local', base: url.origin };
}

/** The origin of an edition on an endpoint ("https://de.wikipedia.org", or "http://127.0.0.1:5000/de"). */
export function editionBase(endpoint: Endpoint, lang: string): string {
  if (!/^[a-z]{2,3}(?:-[a-z]+)*$/.test(lang)) throw new Error(`Not a Wikipedia language code: ${lang}`);
  return endpoint.kind === 'wikipedia' ? `https://${lang}.wikipedia.org` : `${endpoint.base}/${lang}`;
}

/** The `page/summary` URL of a title. Redirects (a 302 to the target) are followed by fetch. */
export function summaryUrl(endpoint: Endpoint, lang: string, title: string): string {
  return `${editionBase(endpoint, lang)}/api/rest_v1/page/summary/${encodeURIComponent(titleKey(title))}`;
}

/**
 * The Action API query listing a disambiguation page's article links with their short descriptions
 * (the summary itself carries no links): `generator=links` over namespace 0, `prop=description`.
 */
export function candidatesUrl(endpoint: Endpoint, lang: string, title: string): string {
  const params = new URLSearchParams({
    action: 'query',
    format: 'json',
    formatversion: '2',
    generator: 'links',
    titles: title,
    gplnamespace: '0',
    gpllimit: 'max',
    prop: 'description',
    origin: '*',
  });
  return `${editionBase(endpoint, lang)}/w/api.php?${params.toString()}`;
}
