/**
 * Canonical URLs: the key that makes "the same article" one item, however the reader reached it.
 *
 * The page's own canonical link (or og:url) wins when it is believable; otherwise the address the
 * reader saw, cleaned: tracking parameters removed, the fragment dropped, trailing slashes
 * normalised, the remaining query parameters sorted. Pure: no browser APIs beyond `URL`.
 *
 * A canonical link is believed only on the page's own registrable domain (public-suffix aware,
 * with `tldts`: `a.example.co.uk` and `b.example.co.uk` are one site, `x.co.uk` and `y.co.uk` are
 * not, nor `me.github.io` and `you.github.io`). Otherwise any page could claim to be an article
 * already in the reading list and overwrite it when saved.
 */
import { getDomain } from 'tldts';

/** Query parameters that only say how the reader arrived, never which page it is. */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', 'mkt_tok', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'hsctatracking',
  '_ga', '_gl', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 'cmpid', 'icid', 'ocid',
  'ncid', 'smid', 'smtyp', 'ref_src', 'ref_url', 'referrer', 'sr_share', 'at_medium', 'at_campaign', 'at_custom1',
  'at_custom2', 'at_custom3', 'at_custom4', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'spm', 'share_source',
  'xtor', 'ito', 'wt_mc', 'wt.mc_id', 'wickedid', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname',
  'ns_fee', 'sc_cid', 'trk', 'trkcampaign', 'elqtrackid', 'elqtrack',
]);
/** Parameter prefixes of the same kind (utm_source, utm_medium, pk_campaign, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'itm_', 'stm_', 'fb_action', 'fb_ref', 'fb_source'];

/** True for a query parameter that only tracks the visit. */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

function parseHttp(raw: string | null | undefined): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Strips tracking, the fragment (but not a `#!` route or a `#/` route), default ports and trailing slashes. */
export function cleanUrl(raw: string): string | null {
  const url = parseHttp(raw);
  if (!url) return null;
  url.username = '';
  url.password = '';
  // Trailing slashes go first, so "#//" (no route left) is dropped like any fragment: idempotent.
  const trimmed = url.hash.replace(/\/+$/, '');
  // A hash-bang route (`#!topic/jupyter/x`, `#!5190354/title`, `#!/story`) or a `#/route` names the page.
  const route = /^#!./.test(trimmed) || /^#\/./.test(trimmed) ? trimmed : '';
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  // Stable order: the same parameters in another order are the same page.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  url.pathname = url.pathname.replace(/\/{2,}/g, '/');
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  let href = url.href;
  if (url.search === '' && href.endsWith('?')) href = href.slice(0, -1);
  return href + route;
}

/** The registrable-ish site of a host for comparisons: lower case, without "www.". */
function siteOfHost(host: string): string {
  return host.toLowerCase().replace(/^www\d*\./, '');
}

/**
 * The registrable domain of a host ("news.bbc.co.uk" → "bbc.co.uk"), with private suffixes such as
 * github.io counted as public; for an IP address, `localhost` or a bare suffix, the host itself.
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Whether two URLs belong to one site: the same registrable domain. */
export function sameSite(a: URL, b: URL): boolean {
  return registrableDomain(a.hostname) === registrableDomain(b.hostname);
}

/**
 * Whether a page's canonical link can be trusted for this URL. Only one on the page's own
 * registrable domain is (a page on another site could otherwise take over a saved article's key).
 * Some sites point every page's canonical at their home page, or at the section front: that would
 * merge every article into one. A canonical that is the bare site root while the page has a path
 * is ignored.
 */
export function isBelievableCanonical(pageUrl: URL, canonical: URL): boolean {
  if (!sameSite(pageUrl, canonical)) return false;
  const pageHasPath = pageUrl.pathname.replace(/\/+$/, '') !== '' || pageUrl.search !== '';
  const canonicalIsRoot = canonical.pathname.replace(/\/+$/, '') === '' && canonical.search === '';
  if (pageHasPath && canonicalIsRoot) return false;
  return true;
}

/**
 * The key under which an article is stored. `canonicalHint` is the page's `<link rel=canonical>`
 * or `og:url` (already resolved against the page), when it has one.
 * Returns null when `url` is not an http(s) URL.
 */
export function canonicalizeUrl(url: string, canonicalHint?: string | null): string | null {
  const page = parseHttp(url);
  if (!page) return null;
  const hint = parseHttp(canonicalHint ?? null);
  if (hint && isBelievableCanonical(page, hint)) return cleanUrl(hint.href);
  return cleanUrl(page.href);
}

/** Host without "www.", lower case: how a site is shown and filtered. */
export function siteOf(url: string): string {
  const parsed = parseHttp(url);
  return parsed ? siteOfHost(parsed.hostname) : '';
}

/** A host and its parent domains, down to two labels ("news.bbc.co.uk" → ["news.bbc.co.uk", "bbc.co.uk", "co.uk"]). */
export function siteKeysOf(site: string): string[] {
  if (/^[\d.]+$/.test(site) || site.includes(':')) return site ? [site] : []; // an IP address has no parents
  const labels = site.split('.').filter(Boolean);
  const keys: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) keys.push(labels.slice(i).join('.'));
  if (keys.length === 0 && site) keys.push(site);
  return keys;
}
