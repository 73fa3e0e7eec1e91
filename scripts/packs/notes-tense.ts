/**
 * Notes of unverified facts: the longer text of an entry (`notes`) may not state as true now a role,
 * office or membership that could not be verified after some day (`to: "unknown"`), any more than its
 * summary may (summary-tense.ts). "Denys Shmyhal has been Prime Minister of Ukraine since 4 March 2020"
 * read on a card dated November 2026 claims what was last checked in December 2024.
 *
 * The check is a heuristic, run by check-dated.ts, one sentence at a time. A sentence of such an entry
 * states an unverified fact as current when it holds a present claim ("has been", "has headed", "has
 * held", "has led", "remains", "now", "currently", "incumbent", "to date") and either
 * - names the value of an unverified fact ("… its Secretary-General since 2017 has been António Guterres"), or
 * - is about the person the entry is (a person entry's sentence that begins "He"/"She" or names their surname).
 * Such a sentence needs an anchor ("as of December 2024", the same form summaries use) no later than the
 * last day the entry's unverified facts were checked. `anchorNotes` writes the anchors in: after the
 * sentence's last "since <date>" when it has one, else before its final stop.
 */
import { isTimeBoundLabel } from '../../lib/glossary/dated-facts.ts';
import { UNKNOWN_END, type GlossaryEntry } from '../../lib/glossary/types.ts';
import { anchorFor, summaryAnchor, unverifiedFacts } from './summary-tense.ts';

/** Present-perfect and present markers that say a state still holds ("Its president since 2019 is …"). */
const PRESENT_CLAIM = /\b(since (?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}|has been|have been|has held|has headed|has led|has chaired|has run|has served|remains?|is now|now|currently|current|incumbent|to date)\b/i;
/** Where a sentence ends: a stop followed by space and a capital (notes are prose, one paragraph per blank line). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z])/;
/** "since 4 March 2020", "since May 2012", "since 2018": the anchor goes right after it. */
const SINCE_DATE = /\bsince (?:\d{1,2} )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4}\b/g;

const sentencesOf = (notes: string) => notes.split(SENTENCE_END);

/** Whether a sentence of an entry's notes states one of its unverified facts as holding now. */
function claimsUnverified(entry: GlossaryEntry, sentence: string, unverified: GlossaryEntry['facts']): boolean {
  // A parenthesis ("En Marche (now Renaissance)") renames something in passing; it claims nothing about the entry's role.
  if (!PRESENT_CLAIM.test(sentence.replace(/\([^)]*\)/g, ''))) return false;
  if (unverified.some((f) => f.value.length > 3 && sentence.includes(f.value))) return true;
  return entry.kind === 'person' && isAboutPerson(entry, sentence);
}

/** The facts of an entry that ended on or before its date ("Prime Minister of Ukraine" to 2025-07-17). */
const endedFacts = (entry: GlossaryEntry) => entry.facts.filter((f) => f.to !== undefined && f.to !== UNKNOWN_END && f.to <= entry.asOf);

/**
 * Whether a sentence states an ended fact as current: it repeats an ended count, it names the fact's
 * value with a present claim ("… has been Prime Minister of Ukraine since 2020"), or it is about a person
 * none of whose roles is still open ("Rustem Umerov … has been Ukraine's defence minister").
 */
function claimsEnded(entry: GlossaryEntry, sentence: string): boolean {
  const ended = endedFacts(entry);
  if (ended.length === 0) return false;
  const openFacts = entry.facts.filter((f) => (f.to !== undefined || isTimeBoundLabel(f.label)) && !ended.includes(f));
  const bare = (value: string) => value.replace(/\s*\([^)]*\)/g, '');
  // An office held again later ("President of Brazil" 2003–2010, and since 2023) is not over.
  const over = ended.filter((f) => !openFacts.some((o) => bare(o.value) === bare(f.value)));
  // Counts compare whole values: "Euro (20 member states)" ended although "Euro (21 …)" is open.
  if (ended.some((f) => !openFacts.some((o) => o.value === f.value) && countsLikeEnded(f.value, sentence))) return true;
  if (!PRESENT_CLAIM.test(sentence.replace(/\([^)]*\)/g, ''))) return false;
  // A short value ("South Africa", the G20's chair in 2025) counts only beside its label: the country is still a member.
  const names = (f: GlossaryEntry['facts'][number]) =>
    sentence.includes(bare(f.value)) && (bare(f.value).split(' ').length >= 3 || sentence.toLowerCase().includes(f.label.toLowerCase()));
  if (over.some(names)) return true;
  return entry.kind === 'person' && openFacts.length === 0 && isAboutPerson(entry, sentence);
}

/**
 * Whether a sentence repeats the count of an ended fact: "Euro (20 member states)" ended, and the
 * sentence has both the number and the fact's first word ("for 20 of them, a common currency, the euro").
 */
function countsLikeEnded(value: string, sentence: string): boolean {
  const count = /\b\d{1,3}\b/.exec(value)?.[0]; // a count, not a year
  const word = /^[A-Za-z]{4,}/.exec(value)?.[0];
  return count !== undefined && word !== undefined && new RegExp(`\\b${count}\\b`).test(sentence) && sentence.toLowerCase().includes(word.toLowerCase());
}

const isAboutPerson = (entry: GlossaryEntry, sentence: string) => /^(He|She)\b/.test(sentence) || sentence.includes(entry.name.split(' ').at(-1)!);

/**
 * Every problem with an entry's notes: a sentence stating an ended fact as current (to be rewritten by
 * hand), or an unverified fact as current without the date it was last verified.
 */
export function notesTenseProblems(entry: GlossaryEntry): string[] {
  const problems = sentencesOf(entry.notes)
    .filter((sentence) => claimsEnded(entry, sentence))
    .map((sentence) => `notes sentence "${sentence}" states as current a fact that has ended: rewrite it in the past, with the end date`);
  const unverified = unverifiedFacts(entry);
  if (unverified.length === 0) return problems;
  const lastChecked = unverified.map((f) => f.asOf ?? entry.asOf).sort().at(-1)!;
  for (const sentence of sentencesOf(entry.notes)) {
    const anchor = summaryAnchor(sentence);
    if (anchor && anchor > lastChecked) problems.push(`notes sentence "${sentence}" is anchored after ${lastChecked}, the last day its unverified facts were checked`);
    else if (!anchor && claimsUnverified(entry, sentence, unverified))
      problems.push(`notes sentence "${sentence}" states an unverified fact as current without a date: add "(as of ${anchorFor(entry)})"`);
  }
  return problems;
}

/** The entry's notes with an anchor ("(as of December 2024)") written into every sentence `notesTenseProblems` would fail. */
export function anchorNotes(entry: GlossaryEntry): string {
  const unverified = unverifiedFacts(entry);
  if (unverified.length === 0) return entry.notes;
  const anchor = ` (as of ${anchorFor(entry)})`;
  return entry.notes
    .split('\n')
    .map((paragraph) =>
      sentencesOf(paragraph)
        .map((sentence) => {
          if (summaryAnchor(sentence) || !claimsUnverified(entry, sentence, unverified)) return sentence;
          const since = [...sentence.matchAll(SINCE_DATE)].at(-1); // the last: "led since 1948 by …, since 2011, Kim Jong Un"
          if (since) return sentence.slice(0, since.index + since[0].length) + anchor + sentence.slice(since.index + since[0].length);
          return sentence.replace(/([.!?])?$/, (stop) => `${anchor}${stop}`);
        })
        .join(' '),
    )
    .join('\n');
}
