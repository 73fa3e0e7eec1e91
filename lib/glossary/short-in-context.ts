/**
 * A full name the article gives no ground for yields to an entry the article introduced under a longer
 * name, whose short name this is. "Washington" alone names the US capital, and is also the short name
 * of Washington State: after "Washington state will sue…", "Washington's attorney general" is the state,
 * unless the article also grounds the capital (names "Washington, D.C." or the United States). After
 * "Victoria, British Columbia", "the government in Victoria" is that province's capital, not the
 * Australian state or the Seychelles' capital that "Victoria" names in full.
 *
 * A body of government sits in the seat: "a spokesperson for the Interior Department in Washington", "the
 * embassy in Washington", "in Washington, officials said" keep the full reading when it is one seat of
 * government (a city its country or region lists, and that lists it back), whatever the article
 * introduced; "the state Department of Ecology in…" or "county officials in…" do not.
 *
 * Shared by the matcher and its reference (the two keep their own representation of entries).
 */
import { listedEitherWay } from './discourse';

/**
 * The one short reading to take instead of the full ones, or null. `supported`: whether the article
 * grounds a reading elsewhere than in mentions of this same surface (introduced under another name,
 * or related to an entry so introduced).
 */
export function shortInContext<T>(full: readonly T[], short: readonly T[], supported: (reading: T) => boolean): T | null {
  if (full.length === 0 || short.length === 0 || full.some(supported)) return null;
  const grounded = short.filter(supported);
  return grounded.length === 1 ? grounded[0]! : null;
}

/**
 * `shortInContext` for one match, written `text.slice(start, end)`: null unless it has full and short
 * readings and is no misspelling. `related` lists an entry's related entries. The one call both
 * matchers make, each with its own representation of entries.
 */
export function shortReadingOf<T>(
  match: { start: number; end: number; full: readonly T[]; short: readonly T[]; misspelling?: string },
  text: string,
  introductions: Introductions<T>,
  related: (entry: T) => readonly T[],
): T | null {
  if (match.misspelling || match.full.length === 0 || match.short.length === 0) return null;
  // "Washington, D.C." names the capital in full, whatever state the article introduced.
  if (/^,?[\s\u00A0]*D\.C\./u.test(text.slice(match.end, match.end + 7))) return null;
  const surface = text.slice(match.start, match.end);
  const elsewhere = (entry: T) => introductions.elsewhere(entry, surface);
  const pick = shortInContext(match.full, match.short, (entry) => elsewhere(entry) || related(entry).some(elsewhere));
  // A city that lies in the region its name is short for ("New York": the city, which New York State lists) keeps its
  // reading where only another of the region's cities grounds the region ("Lakers: At Brooklyn"): that city
  // grounds both alike. The region named as such ("New York State", "upstate") still wins.
  if (pick !== null && match.full.length === 1 && listedEitherWay(match.full[0]!, pick, { related }) && !elsewhere(pick)) return null;
  // A national body in the seat keeps the seat (asked only when the short reading would win: the rare case).
  if (pick !== null && match.full.length === 1 && bodyInSeat(text, match.start, match.end)) {
    const seat = match.full[0]!;
    if (related(seat).some((r) => related(r).includes(seat))) return null;
  }
  return pick;
}

/** Words naming a body of government, before "in" and the seat. */
const BODY_BEFORE = /(?:^|[^\p{L}])((?:[\p{L}]+[\s\u00A0]+)?)(?:Department|Ministry|Agency|Administration|Bureau|Commission|Embassy|embassy|Congress|[Gg]overnment|administration|headquarters|[Oo]fficials|[Dd]iplomats)[\s\u00A0]+in[\s\u00A0]+$/u;
/** A body that is not the nation's: "state officials in", "the county government in". */
const LOCAL = /^(?:state|local|county|city|tribal|provincial|municipal|regional)[\s\u00A0]+$/iu;
const BODY_AFTER = /^,[\s\u00A0]+(?:officials|lawmakers|diplomats)(?![\p{L}])/u;

/** Whether the name at `start..end` is where a national body sits ("the Interior Department in Washington"). */
export function bodyInSeat(text: string, start: number, end: number): boolean {
  const m = BODY_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (m) return !LOCAL.test(m[1]!);
  return BODY_AFTER.test(text.slice(end, end + 30)) && /(?:^|[^\p{L}])[Ii]n[\s\u00A0]+$/u.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * Entries introduced in an article, each with the folded surfaces that introduced it. Built on first
 * use: only a name that is both full and short somewhere asks, so most articles never build it.
 */
/**
 * What the raw matches `raws` introduce to the article (`introducedBy`): the entries, and by which surface
 * (`Introductions`, filled on first need). The one way both matchers read it, each with its own entries.
 */
export function introductionsOf<T>(raws: ReadonlyArray<{ start: number; end: number; full: readonly T[]; misspelling?: string; local?: boolean }>, text: string): { introduced: Set<T>; introductions: Introductions<T> } {
  const introduced = new Set<T>();
  for (const r of raws) {
    const entry = introducedBy(r);
    if (entry !== undefined) introduced.add(entry);
  }
  const introductions = new Introductions<T>((add) =>
    raws.forEach((r) => {
      const entry = introducedBy(r);
      if (entry !== undefined) add(entry, text.slice(r.start, r.end));
    }),
  );
  return { introduced, introductions };
}

export class Introductions<T> {
  private by: Map<T, Set<string>> | undefined;

  /** `fill` calls `add` once per introducing mention. */
  constructor(private readonly fill: (add: (entry: T, surface: string) => void) => void) {}

  /** Whether `entry` was introduced by a surface other than `surface`. */
  elsewhere(entry: T, surface: string): boolean {
    if (!this.by) {
      const by = (this.by = new Map());
      this.fill((e, s) => {
        let set = by.get(e);
        if (!set) by.set(e, (set = new Set()));
        set.add(s.toLowerCase());
      });
    }
    const set = this.by.get(entry);
    if (!set) return false;
    const key = surface.toLowerCase();
    for (const s of set) if (s !== key) return true;
    return false;
  }
}

/**
 * Of several readings the article introduced (`named`: "Georgia" the country near Tbilisi, and later
 * "Columbus, Georgia"), the one whose introduction (a raw match with that single reading) comes last
 * before `at`: a bare name refers to what the article last named so. Null when none comes before `at`.
 */
export function lastIntroducedBefore<T>(named: readonly T[], raws: ReadonlyArray<{ start: number; full: readonly T[]; misspelling?: string; local?: boolean }>, at: number): T | null {
  let best: T | null = null;
  for (const r of raws) {
    if (r.start >= at) break;
    const entry = introducedBy(r);
    if (entry !== undefined && named.includes(entry)) best = entry;
  }
  return best;
}

/**
 * The entry a raw match introduces to the article: its one full reading, unless the match is a
 * misspelling or a reading forced for that match alone (`local`: "Columbus, Georgia" reads Georgia as
 * the state there, and says nothing of the rest of the article).
 */
export function introducedBy<T>(r: { full: readonly T[]; misspelling?: string; local?: boolean }): T | undefined {
  return r.full.length === 1 && !r.misspelling && !r.local ? r.full[0] : undefined;
}

/**
 * The countries the article's introduced entries lie in: those the entries list, directly or through an
 * entry they list ("New York" lists the state, which lists the United States). The caller passes places
 * only. A country's short name ("America") counts in such an article: a story set in New York means the
 * country by "America".
 */
export function countriesOfPlaces<T>(introduced: Iterable<T>, related: (entry: T) => readonly T[], isCountry: (entry: T) => boolean): Set<T> {
  const out = new Set<T>();
  for (const e of introduced) {
    for (const r of related(e)) {
      if (isCountry(r)) out.add(r);
      else for (const c of related(r)) if (isCountry(c)) out.add(c);
    }
  }
  return out;
}

/** A capitalised word and "of" right before a name: "Bank of", "Society of" (not "One of", "Many of"). */
const ORGANISATION_OF_BEFORE =
  /(?:^|[^\p{L}])(?!(?:One|Two|Three|Many|Most|Much|Some|All|None|Each|Both|Several|Few|Half|Part|Any|Either|Neither|Members|Critics|Supporters|Fans|Residents|Citizens)\b)\p{Lu}[\p{L}'’-]*[\s\u00A0]+of[\s\u00A0]+$/u;

/**
 * Whether a short name at `start` ends an organisation's name ("Bank of America", "Infectious Diseases
 * Society of America"): a short name is the place's informal name, and in an institution's name after "of"
 * it is no mention of the place. A full name there still is ("the Bank of Japan", "University of Idaho").
 */
export function shortEndsOrganisation(text: string, start: number): boolean {
  return ORGANISATION_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Whether a short name ending an institution's name ("the Bank of Korea", "the National Museum of Korea") is
 * still the place: a name several places share (`readings`), one of which the article names in full
 * (`introduced`), is that country's own name for itself there. A name only one place has ("Bank of America")
 * stays no mention.
 */
export function ownInstitution(readings: number, introduced: number): boolean {
  return readings > 1 && introduced === 1;
}
