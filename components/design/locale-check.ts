/**
 * Compares each locale's messages with English (locales/en.json): which keys it lacks or has beyond
 * English, and where a message's `$1`…`$9` placeholders differ. Used by the locales test and by
 * `scripts/i18n-missing.ts`, which lists what a translator still has to do.
 */

/** A messages file: nested objects whose leaves are strings (or plural forms `{ "1": …, "n": … }`). */
export type Messages = { [key: string]: string | Messages };

/** Every leaf of `messages` as a dotted key ("popup.names.n") -> message. */
export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(messages)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The placeholders of a message, sorted ("$2 of $1" -> ["$1", "$2"]); `$$` is a literal dollar. */
export function placeholders(message: string): string[] {
  return [...message.replaceAll('$$', '').matchAll(/\$\d/g)].map((m) => m[0]).sort();
}

export interface LocaleReport {
  missing: string[];
  extra: string[];
  /** Keys whose placeholders differ from English: key, English's, this locale's. */
  placeholderMismatches: Array<{ key: string; en: string[]; locale: string[] }>;
}

/** How `locale` differs from `en` in keys and placeholders. */
export function compareLocale(en: Messages, locale: Messages): LocaleReport {
  const base = flatten(en);
  const other = flatten(locale);
  const report: LocaleReport = { missing: [], extra: [], placeholderMismatches: [] };
  for (const [key, message] of base) {
    const translated = other.get(key);
    if (translated === undefined) {
      report.missing.push(key);
      continue;
    }
    const a = placeholders(message);
    const b = placeholders(translated);
    if (a.join() !== b.join()) report.placeholderMismatches.push({ key, en: a, locale: b });
  }
  for (const key of other.keys()) if (!base.has(key)) report.extra.push(key);
  return report;
}
