/**
 * Glossary entry types shared by every layer. This file imports nothing: it is the bottom of the
 * dependency graph (see PRODUCT.md, "Dependencies point one way").
 */

/** What an entry is; drives the highlight colour and the side-panel group. */
export type EntryKind = 'person' | 'place' | 'organization' | 'topic' | 'event';

export const ENTRY_KINDS: readonly EntryKind[] = ['person', 'place', 'organization', 'topic', 'event'];

/**
 * A date at year, month or day precision: "2011", "2024-05", "2024-05-12". Facts carry these, so a
 * fact known only to the month is never made more precise than its source.
 */
export type PartialDate = string;

/** `to` of a fact whose end could not be verified: it held at the entry's `asOf`, maybe no longer. */
export const UNKNOWN_END = 'unknown';

/**
 * A labelled fact shown on the card ("Born" / "8 January 1984"). A time-bound fact (a role, office,
 * membership or status) carries `from` and, once it ended, `to`; an entry may hold several facts
 * with the same label for successive periods ("Office": Defence Minister 2012–2024, then Secretary
 * of the Security Council from 2024). No `to` means it still held on the entry's `asOf`;
 * `to: "unknown"` means it held once and whether it still does was not verified.
 */
export interface Fact {
  label: string;
  value: string;
  /** First day the fact held (year, month or day precision). */
  from?: PartialDate;
  /** Last day it held, or "unknown" when its end was not verified; absent while it holds. */
  to?: PartialDate | typeof UNKNOWN_END;
  /** Where the fact (or its change) was checked: an http(s) URL. */
  source?: string;
  /** The last day (YYYY-MM-DD) the fact was known to hold, when older than the entry's `asOf` (with `to: "unknown"`). */
  asOf?: string;
}

/** A reference link (usually the Wikipedia article). */
export interface Link {
  title: string;
  url: string;
}

export interface Coordinates {
  lat: number;
  lon: number;
}

/**
 * One glossary entry. `aliases` always match (subject to the matcher's case rules); `shortNames` are
 * bare forms ("Kim", "Korea") that only resolve when the article has already named exactly one entry
 * that carries them.
 */
export interface GlossaryEntry {
  id: string;
  kind: EntryKind;
  name: string;
  aliases: string[];
  shortNames?: string[];
  summary: string;
  notes: string;
  facts: Fact[];
  related: string[];
  links: Link[];
  /** ISO date (YYYY-MM-DD) the notes describe. */
  asOf: string;
  /** Pack id, or 'user' for the reader's own entries. */
  origin: string;
  coordinates?: Coordinates;
  /** ISO 3166-1 alpha-2 code of the country a place belongs to. */
  country?: string;
  /** Words for the people of a country ("North Korean"), kept out of `aliases`: the matcher decides whether they count. */
  demonyms?: string[];
  /** Names that are also common lower-case English words ("Nice", "China"; may include `name`), kept out of `aliases`. */
  commonWordAliases?: string[];
  /**
   * A region's towns that share their name with a place elsewhere the glossary knows ("Athens" and
   * "Rome" in Georgia, "Peru" in Indiana): in an article about the region, that bare name is the town.
   */
  towns?: string[];
  /**
   * A person news names by surname alone without introducing them ("Trump"): the short name counts
   * in an article that never gives the full name.
   */
  wellKnown?: boolean;
  /** Ids of entries in other packs (e.g. storyline) that denote the same thing. */
  sameAs?: string[];
  /** When an event happened (or began), or a treaty was signed: places the entry on the story timeline. */
  date?: PartialDate;
  /** When an event that lasted ended. */
  endDate?: PartialDate;
  /**
   * ISO 639-1 language of the entry's own names (`name`, `aliases`, `demonyms`, `shortNames`) when
   * they are of one language ("en" for "Jordan", a first name in French); absent: the same in every language.
   */
  lang?: string;
  /** Names as other languages write them, by ISO 639-1 code ("fr": "Corée du Nord", "Poutine"). */
  localNames?: Partial<Record<string, LocalNames>>;
}

/** An entry's names in one language (see `GlossaryEntry.localNames`). */
export interface LocalNames {
  /** The name a card shows on an article in this language. */
  name?: string;
  aliases?: string[];
  demonyms?: string[];
  shortNames?: string[];
}

/** A versioned bundle of entries shipped with the extension. */
export interface GlossaryPack {
  id: string;
  version: number;
  title: string;
  entries: GlossaryEntry[];
}

/** A found mention. `entryId` is null when the mention is ambiguous between `candidates`. */
export interface Mention {
  start: number;
  end: number;
  entryId: string | null;
  /** Entries a bare name could mean when it cannot be resolved. */
  candidates?: string[];
  /** Set when the article misspells the name; holds the article's spelling. */
  misspelling?: string;
  /**
   * The match comes from what the reader wrote (an alias or name they added to a bundled entry, a
   * correction "it is X"): drawn privately, never in `CSS.highlights` (lib/glossary/reader-names.ts).
   */
  private?: true;
}
