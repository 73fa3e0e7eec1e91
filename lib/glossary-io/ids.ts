/**
 * Ids of the reader's own entries: one scheme for entries imported from a file and entries added in
 * the editor. In its own module so the database layer (and with it the service worker) can make an id
 * without loading the import parser and its CSV reader.
 */

/** "Kim Jong Un" -> "kim-jong-un". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'entry';
}

/** A fresh id for a reader's entry, unlike any in `taken`. */
export function userEntryId(name: string, taken: ReadonlySet<string>): string {
  const base = `user:${slugify(name)}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
