/**
 * Summaries of unverified facts: an entry whose role, office, membership or status could not be
 * verified after some day (`to: "unknown"`, with that fact's `asOf`) may not state it as true now.
 * Its one-line summary must be anchored to a date no later than that day ("… (as of June 2025)").
 *
 * The check is a heuristic, run by check-dated.ts. A summary of such an entry needs an anchor when
 * - the entry is a person (a person's summary names what they are: their role), or
 * - it holds an open present marker: "since", "now", "current(ly)", "incumbent", "to date",
 *   "ongoing", "present", "led/headed/chaired/commanded/ruled/run by", or "from <date>" with no end, or
 * - it counts members ("of 193 member states", "15 members", "six Gulf Arab monarchies") while a
 *   membership fact is unverified, or
 * - it names the value of an unverified fact ("President Vladimir Putin").
 * An anchor is "as of <Month YYYY>" or "as of <YYYY>", case-insensitive; it must not be later than
 * the latest day an unverified fact of the entry was checked (an anchor cannot claim more than was
 * verified).
 */
import { formatPartialDate, isTimeBoundLabel, parsePartialDate } from '../../lib/glossary/dated-facts.ts';
import { UNKNOWN_END, type GlossaryEntry } from '../../lib/glossary/types.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const OPEN_PRESENT = new RegExp(
  String.raw`\b(since|now|current|currently|incumbent|to date|ongoing|present)\b|\b(led|headed|chaired|commanded|ruled|run) by\b|\bfrom (?:\d{1,2} )?(?:(?:${MONTHS}) )?\d{4}\b(?!\s*[–-])`,
  'i',
);
const MEMBER_COUNT =
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^;]*\b(members?|countries|states|economies|nations|monarchies|democracies|heads)\b/i;
const ANCHOR = new RegExp(String.raw`\bas of (?:(${MONTHS}) )?(\d{4})\b`, 'i');

/** The day (YYYY-MM-DD) an unverified fact was last known to hold: its own asOf, else the entry's. */
const checkedOn = (fact: GlossaryEntry['facts'][number], entry: GlossaryEntry) => fact.asOf ?? entry.asOf;

/** The unverified time-bound facts of an entry (a role, office, membership or status with an unknown end). */
export function unverifiedFacts(entry: GlossaryEntry): GlossaryEntry['facts'] {
  return entry.facts.filter((f) => f.to === UNKNOWN_END && isTimeBoundLabel(f.label));
}

/** Why an entry's summary reads as a present claim about an unverified fact, or null when it does not. */
function presentClaim(entry: GlossaryEntry, unverified: GlossaryEntry['facts']): string | null {
  if (entry.kind === 'person') return 'names a person whose role is unverified';
  const open = OPEN_PRESENT.exec(entry.summary);
  if (open) return `says "${open[0]}"`;
  if (unverified.some((f) => /member/i.test(f.label)) && MEMBER_COUNT.test(entry.summary)) return 'counts members while the membership is unverified';
  const named = unverified.find((f) => f.value.length > 3 && entry.summary.includes(f.value));
  return named ? `names "${named.value}"` : null;
}

/** The first day an anchor ("as of June 2025") covers, or null when the summary has none. */
export function summaryAnchor(summary: string): string | null {
  const m = ANCHOR.exec(summary);
  if (!m) return null;
  const month = m[1] ? MONTHS.split('|').findIndex((name) => name.toLowerCase() === m[1]!.toLowerCase()) + 1 : 0;
  return parsePartialDate(month ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2]!)?.start ?? null;
}

/**
 * The problem with an entry's summary, or null: a present claim about an unverified fact without an
 * anchor date, or an anchor later than any unverified fact was checked.
 */
export function summaryTenseProblem(entry: GlossaryEntry): string | null {
  const unverified = unverifiedFacts(entry);
  if (unverified.length === 0) return null;
  const lastChecked = unverified.map((f) => checkedOn(f, entry)).sort().at(-1)!;
  const anchor = summaryAnchor(entry.summary);
  if (anchor) return anchor > lastChecked ? `summary "${entry.summary}" is anchored after ${lastChecked}, the last day its unverified facts were checked` : null;
  const why = presentClaim(entry, unverified);
  return why ? `summary "${entry.summary}" ${why} without a date: write it "… (as of ${anchorFor(entry)})"` : null;
}

/** The anchor an entry's summary takes: the month its unverified facts were all last known to hold (the earliest check). */
export function anchorFor(entry: GlossaryEntry): string {
  const first = unverifiedFacts(entry).map((f) => checkedOn(f, entry)).sort()[0] ?? entry.asOf;
  return formatPartialDate(first.slice(0, 7), 'en-GB');
}
