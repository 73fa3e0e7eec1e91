/**
 * Facts dated to the article: which of an entry's facts were true on the day an article was
 * published, what changed after it, and what had already ended before it. Dates come at year,
 * month or day precision ("2011", "2024-05", "2024-05-12"); a date is compared as the span of days
 * it covers, so "2024-05" neither starts before 1 May nor ends after 31 May. Pure: no browser API.
 */
import { UNKNOWN_END, type Fact, type PartialDate } from './types';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export type Precision = 'year' | 'month' | 'day';

/** A partial date as the first and last day (YYYY-MM-DD) it covers. */
export interface DateSpan {
  start: string;
  end: string;
  precision: Precision;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The days a partial date covers, or null when it is not a valid year, month or calendar day. */
export function parsePartialDate(value: string): DateSpan | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  const month = Number(m[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!m[3]) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDay)}`, precision: 'month' };
  if (Number(m[3]) > lastDay) return null;
  return { start: value, end: value, precision: 'day' };
}

/** True for "2011", "2024-05" and real days such as "2024-05-12". */
export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/**
 * The calendar day (YYYY-MM-DD, UTC) of an article's published time as pages write it
 * ("2023-09-12T06:14:00Z", "2023-09-12", "Tue, 12 Sep 2023 06:14:00 GMT"), or null when there is
 * none or it cannot be read. Never guessed from anything else (a saved date is not a published date).
 */
export function articleDay(published: string | number | null | undefined): string | null {
  if (published === null || published === undefined || published === '') return null;
  if (typeof published === 'string') {
    const plain = /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(published);
    if (plain) return parsePartialDate(plain[1]!) ? plain[1]! : null;
  }
  const time = typeof published === 'number' ? published : Date.parse(published);
  if (!Number.isFinite(time)) return null;
  const d = new Date(time);
  const year = d.getUTCFullYear();
  // A page that says it was published in year 1 or 3000 says nothing usable.
  if (year < 1800 || year > 2200) return null;
  return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** True when a fact has a period (a role, office, membership or status with `from` or `to`). */
export function isDated(fact: Fact): boolean {
  return fact.from !== undefined || fact.to !== undefined;
}

/**
 * Labels of facts that hold only for a time: roles, offices, memberships, statuses, leaders.
 * The staleness check (scripts/packs/check-dated.ts) requires such facts to carry dates, and the
 * overlay migration marks the reader's undated ones as unverified.
 */
const TIME_BOUND_LABEL =
  /\b(role|office|offices|post|posts|minister|president|presidency|head|heads|member|members|membership|leader|leadership|secretary|secretary-general|chair|chairman|chairperson|director|director-general|executive director|chief|commander|spokes(?:man|woman|person)|status|incumbent|governor|mayor|premier|prime minister|ambassador|editor|rank|title|portfolio|party posts?|state posts?|high commissioner|reported role)\b/i;

/** True when a fact's label names a role, office, membership or status, which holds only for a time. */
export function isTimeBoundLabel(label: string): boolean {
  return TIME_BOUND_LABEL.test(label);
}

/** Whether a fact held on a day: yes, no, or maybe (the day falls inside an imprecise bound, or after an unverified one). */
export type Holding = 'yes' | 'no' | 'maybe';

/**
 * Whether `fact` held on `day` (YYYY-MM-DD). `asOf` is the entry's date: a fact without `to` held
 * through it (and is taken to hold after it, as the pack states it as current); a fact whose end
 * is "unknown" held through its own `asOf` (else the entry's) and only maybe after it. An undated
 * fact always holds.
 */
export function holdsOn(fact: Fact, day: string, asOf: string): Holding {
  let result: Holding = 'yes';
  if (fact.from !== undefined) {
    const from = parsePartialDate(fact.from);
    if (from) {
      if (day < from.start) return 'no';
      if (day <= from.end && from.precision !== 'day') result = 'maybe';
    }
  }
  if (fact.to === UNKNOWN_END) {
    if (day > (fact.asOf ?? asOf)) return 'maybe';
  } else if (fact.to !== undefined) {
    const to = parsePartialDate(fact.to);
    if (to) {
      if (day > to.end) return 'no';
      if (day >= to.start && to.precision !== 'day') result = 'maybe';
    }
  }
  return result;
}

/** A fact as shown for a date: `uncertain` when it may or may not have held then. */
export type ShownFact = Fact & { uncertain?: true };

/** An entry's facts arranged around one day. */
export interface FactsOnDate {
  /** The day the facts are for (the article's, or today's when the article's is unknown). */
  day: string;
  /** False when the article's date was unknown and `day` is today: the card says so. */
  dateKnown: boolean;
  /** Facts true on `day`, undated facts included, in the entry's order. */
  then: ShownFact[];
  /** What began after `day`, oldest first ("Since May 2024: Secretary of the Security Council"). */
  since: Fact[];
  /** Facts that held on `day` and have ended since, with no successor of the same label among `since`. */
  ended: Fact[];
  /** Facts that had already ended before `day`, latest first. */
  earlier: Fact[];
}

const startOf = (f: Fact) => (f.from ? (parsePartialDate(f.from)?.start ?? '') : '');
const endOf = (f: Fact) => (f.to && f.to !== UNKNOWN_END ? (parsePartialDate(f.to)?.end ?? '') : '');

/**
 * Arranges `facts` around an article's `day` (null: unknown, use `today`). A fact whose `to` has
 * passed by `today` is never in `then` unless `then` is the article's own past day, so a card
 * never states an ended fact as current.
 */
export function factsOn(facts: readonly Fact[], options: { day: string | null; today: string; asOf: string }): FactsOnDate {
  const dateKnown = options.day !== null;
  const day = options.day ?? options.today;
  const then: ShownFact[] = [];
  const since: Fact[] = [];
  const ended: Fact[] = [];
  const earlier: Fact[] = [];
  for (const fact of facts) {
    const holds = holdsOn(fact, day, options.asOf);
    if (holds !== 'no') {
      then.push(holds === 'maybe' ? { ...fact, uncertain: true } : fact);
      const end = endOf(fact);
      if (end && end > day && end <= options.today && holdsOn(fact, options.today, options.asOf) === 'no') ended.push(fact);
    } else if (fact.from !== undefined && startOf(fact) > day) {
      if (startOf(fact) <= options.today) since.push(fact);
    } else {
      earlier.push(fact);
    }
  }
  since.sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0));
  earlier.sort((a, b) => (endOf(a) > endOf(b) ? -1 : endOf(a) < endOf(b) ? 1 : 0));
  const succeeded = new Set(since.map((f) => f.label));
  return { day, dateKnown, then, since, ended: ended.filter((f) => !succeeded.has(f.label)), earlier };
}

/**
 * Problems with an entry's fact dates (a bad date, `to` before `from`), as sentences; empty when
 * all is well. The pack loader refuses a pack with any, and the importer reports them by row.
 */
export function factDateProblems(facts: readonly Fact[]): string[] {
  const problems: string[] = [];
  for (const f of facts) {
    const from = f.from === undefined ? undefined : parsePartialDate(f.from);
    const to = f.to === undefined || f.to === UNKNOWN_END ? undefined : parsePartialDate(f.to);
    if (from === null) problems.push(`fact "${f.label}" has from "${f.from}", not a date like 2024, 2024-05 or 2024-05-12`);
    if (to === null) problems.push(`fact "${f.label}" has to "${f.to}", not a date like 2024, 2024-05 or 2024-05-12, or "unknown"`);
    if (from && to && to.end < from.start) problems.push(`fact "${f.label}" ends (${f.to}) before it begins (${f.from})`);
  }
  return problems;
}

/** Today's UTC day, YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The precision a date is shown at on a card: "12 May 2024", "May 2024" or "2011". */
export function formatPartialDate(value: PartialDate, locale = 'en-GB'): string {
  const span = parsePartialDate(value);
  if (!span) return value;
  const [y, m, d] = span.start.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (span.precision === 'year') return String(y);
  if (span.precision === 'month') return date.toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** An article's day as the card's heading gives it: its month ("September 2023"). */
export function formatArticleMonth(day: string, locale = 'en-GB'): string {
  return formatPartialDate(day.slice(0, 7), locale);
}

/** A fact's period in words: "2012–May 2024", "since May 2024", "" for an undated fact. */
export function formatPeriod(fact: Fact, locale = 'en-GB'): { from: string | null; to: string | null } {
  return {
    from: fact.from ? formatPartialDate(fact.from, locale) : null,
    to: fact.to && fact.to !== UNKNOWN_END ? formatPartialDate(fact.to, locale) : null,
  };
}

/** True when a pack's as-of date (YYYY-MM-DD) is more than a year before `today`: its facts may have changed. */
export function isStalePack(asOf: string | undefined, today: string): boolean {
  if (!asOf || !parsePartialDate(asOf)) return false;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const yearAgo = new Date(Date.UTC(y - 1, m - 1, d)).toISOString().slice(0, 10);
  return asOf < yearAgo;
}
