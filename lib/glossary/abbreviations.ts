/**
 * Abbreviations among the mentions:
 *
 *  - A dotted abbreviation ends with its own dot: "U.S.", "U.N.", "E.U.". The tokeniser stops a name
 *    before the last dot, since the same dot may also end the sentence ("…a boycott by the U.S. Ramaphosa
 *    spoke"), and the context rules read the words around it that way; once they have run, the mention is
 *    widened over the dot so that the underline covers the whole abbreviation, at a sentence's end too; an
 *    acronym is widened over a "+" that ends its name ("OPEC+").
 *  - A place's short all-capital abbreviation ("DRC", "UAE", "DPRK") names it only where the article
 *    supports it, as a misspelling does: the place named in full, or an entry that lists it (Kinshasa for
 *    the DRC). A chip designer's "If DRC passes" is a design rule check. The abbreviations news uses on
 *    their own, with no need to spell the place out ("U.S.", "U.K."), are the ones the packs also list
 *    written with dots ("U.S." beside "US", "U.K." beside "UK", "U.S.A." beside "USA"): that is how a
 *    pack marks them, and their bare capitals ("US", "UK", "USA") stand alone too: a longer name that
 *    starts with one ("US Patent and Trademark Office", "UN Women") leaves its later bare uses alone.
 */
import type { GlossaryEntry, Mention } from './types';

/** A dotted abbreviation as the matcher ends it: letters joined by dots, without the final dot ("U.S"). */
const DOTTED_WITHOUT_LAST = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * `mentions` with each dotted abbreviation widened over its final dot ("U.S" -> "U.S."), where the text
 * has one right after it. Offsets only grow by that one character; the rest is left as it is.
 */
export function withFinalDots(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    if (text.charCodeAt(m.end) === 46 && DOTTED_WITHOUT_LAST.test(text.slice(m.start, m.end))) return { ...m, end: m.end + 1 };
    // An acronym's "+" is part of the name it is written in ("OPEC+", the cartel and its allies): the underline covers it.
    if (text.charCodeAt(m.end) === 43 && ACRONYM.test(text.slice(m.start, m.end)) && !/[\p{L}\p{N}]/u.test(text[m.end + 1] ?? '')) return { ...m, end: m.end + 1 };
    return m;
  });
}

/** All capitals, two or more: an acronym ("OPEC", "NATO"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Longest bare abbreviation that needs support. Longer all-capital aliases are acronyms read as words of
 * their own ("NATO", "ASEAN"), which only organisations carry.
 */
const MAX_BARE_ABBREVIATION = 4;
const BARE = new RegExp(`^\\p{Lu}{2,${MAX_BARE_ABBREVIATION}}$`, 'u');
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;

/** Whether an alias is an abbreviation: bare capitals ("DRC", "US") or capitals with dots ("U.S."). */
export function isAbbreviation(alias: string): boolean {
  return BARE.test(alias) || DOTTED.test(alias);
}

/** An entry's bare abbreviations, by how they name it. */
export interface EntryAbbreviations {
  /** A place's, that name it only where the article supports it ("DRC"). */
  needSupport: readonly string[];
  /** Those news uses alone ("US", "UK", "EU"): the pack also writes one of the entry's abbreviations with dots. */
  alone: readonly string[];
}

/** An entry with no bare abbreviation. */
export const NO_ABBREVIATIONS: EntryAbbreviations = { needSupport: [], alone: [] };

/**
 * The bare abbreviations among the aliases of an entry of kind `kind` (`aliases`: its own and those lent
 * to it), sorted as the module comment says; null when it has none.
 */
export function classifyAbbreviations(kind: GlossaryEntry['kind'] | undefined, aliases: readonly string[]): EntryAbbreviations | null {
  const bare = aliases.filter((a) => BARE.test(a));
  if (bare.length === 0) return null;
  if (aliases.some((a) => DOTTED.test(a))) return { needSupport: [], alone: bare };
  return kind === 'place' ? { needSupport: bare, alone: [] } : null;
}

/** A year's era, as the matcher ends it (without the final dot): "B.C" in "331 B.C.", "B.C.E" too. */
const ERA = /^B\.C(?:\.E)?$/u;

/** Whether the dotted abbreviation at `start..end` is a year's era ("331 B.C.", "the 5th century B.C."), not a place ("B.C." for British Columbia). */
export function eraAfterYear(text: string, start: number, end: number): boolean {
  return ERA.test(text.slice(start, end)) && /(?:\d|\bcentury|\bmillennium)[\s\u00A0]*$/u.test(text.slice(Math.max(0, start - 12), start));
}
