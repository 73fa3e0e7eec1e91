/** The options page's routes: every view has an address in the URL's hash. */

export type Route =
  | { section: 'settings' }
  | { section: 'data' }
  | { section: 'glossary'; view: 'list' }
  | { section: 'glossary'; view: 'new'; name: string; context: string }
  | { section: 'glossary'; view: 'entry'; id: string };

/** Reads a route from a location hash ("#glossary/entry/putin"). Unknown hashes open Settings. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const [section, view, ...rest] = path.split('/');
  if (section === 'data') return { section: 'data' };
  if (section === 'glossary') {
    if (view === 'new') return { section: 'glossary', view: 'new', name: params.get('name') ?? '', context: params.get('context') ?? '' };
    if (view === 'entry' && rest.length > 0) return { section: 'glossary', view: 'entry', id: decodeURIComponent(rest.join('/')) };
    return { section: 'glossary', view: 'list' };
  }
  return { section: 'settings' };
}

/** The hash of an entry's editor. */
export const entryHash = (id: string): string => `#glossary/entry/${encodeURIComponent(id)}`;
