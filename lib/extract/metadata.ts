/** Article metadata read from the page head: what Readability does not give, or gives less reliably. */

/** The page's canonical URL: `<link rel=canonical>`, else `og:url`, else null. Relative values resolve against the page. */
export function canonicalUrl(doc: Document): string | null {
  const raw =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!raw) return null;
  try {
    const url = new URL(raw, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The document language from `<html lang>` or `content-language`, or null. */
export function documentLanguage(doc: Document): string | null {
  const lang =
    doc.documentElement?.getAttribute('lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    null;
  return lang ? lang.trim().slice(0, 35) || null : null;
}
