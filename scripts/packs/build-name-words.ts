/**
 * Generates lib/glossary/packs/generated/name-words.json: the words the matcher's context rules read
 * around a match (lib/glossary/context.ts), from compromise's lexicon (MIT), so none is typed by hand:
 *  - `given`: first names ("Margie", "Marcus", "Sofia"): a place name right after one is a surname;
 *  - `titles`: honorifics and roles ("Mr", "Sen", "President", "Minister", "Singer", and the few roles
 *    compromise files as plain nouns, MORE_TITLES): a capitalised title
 *    next to a place is not a longer name ("U.S. President"), and before a surname it names the person;
 *  - `honorifics`: the subset that only ever precedes a person ("Mr", "Dr", "Sen");
 *  - `parties`: the party members among the titles ("Republicans"): a plural title after a place names a
 *    team ("the Washington Commanders"), but "Texas Democrats" are people;
 *  - `calendar`: days and months ("Berlin Thursday"), never part of a place's name;
 *  - `grammar`: the closed-class words that open a sentence before a name ("In", "Across", "Both",
 *    "Did", "Meanwhile"): any other capitalised word opening a sentence right before a place is the first
 *    word of a longer name ("Swimming Australia", "Environment Canada");
 *  - `organisations`: the nouns that end the name of an institution or a publication ("University",
 *    "Times", "Journal"; compromise's orgWords, with the mastheads it lacks, MORE_ORGANISATIONS): a place
 *    opening such a name is part of it ("Virginia Commonwealth University", "The Japan Times"), in a
 *    headline's title case too.
 * `npm run packs` runs it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { fold } from './build-world.ts';

/** Roles news puts before names that compromise files as plain nouns or adjectives. */
const MORE_TITLES = ['senator', 'governor', 'king', 'general', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'emperor', 'sheikh', 'ayatollah', 'representative', 'deputy', 'vice', 'premier', 'premiers'];

/**
 * Words compromise files among people ("Actor") that never stand as a title before a name or after a place,
 * but end a longer name there: "the Washington Spirit" (a club), "the Swiss People's Party", "Lisbon Ghost".
 */
const NOT_TITLES = ['people', 'peoples', 'person', 'persons', 'human', 'humans', 'population', 'populations', 'spirit', 'ghost', 'ghosts', 'phantom', 'phantoms', 'apparition', 'apparitions', 'beings', 'beingses', 'citizenses'];

/**
 * Party members named after their place, the way US and Canadian news writes them ("an Ohio Republican",
 * "Texas Democrats"): like a title, such a word after a place does not make a longer name.
 */
const PARTY_MEMBERS = ['republican', 'republicans', 'democrat', 'democrats'];

/** Words that end newspapers' and magazines' names and that compromise's orgWords lack ("USA Today", "US Weekly"). */
const MORE_ORGANISATIONS = ['today', 'daily', 'weekly', 'monthly', 'tribune', 'observer', 'inquirer', 'examiner', 'courier', 'dispatch', 'bulletin', 'digest', 'league'];

/**
 * orgWords that a headline puts after a place as the place's own people or services ("Ukraine Army",
 * "Texas Police", "Iraq Government"), not as the head of a longer name: left out.
 */
const PLACE_COLLECTIVES = ['army', 'military', 'police', 'government', 'workers', 'girls', 'boys', 'crew', 'community', 'care', 'data', 'oil', 'gas', 'power', 'energy', 'electricity', 'education', 'development', 'markets', 'media'];

/** compromise's tags of closed-class words: prepositions, determiners, conjunctions, pronouns, auxiliaries, sentence adverbs. */
const GRAMMAR_TAGS = ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Modal', 'Negative', 'Date'];

/** Closed-class words compromise's lexicon does not tag as such (it tags them by rule in context). */
const MORE_GRAMMAR = [
  'under', 'over', 'near', 'like', 'inside', 'outside', 'beyond', 'behind', 'against', 'below', 'above', 'beneath', 'beside', 'past', 'including', 'following',
  'all', 'no', 'its', 'our', 'my', 'do', 'does', 'did', 'has', 'have', 'had', 'here', 'there', 'elsewhere', 'still', 'later', 'earlier', 'last', 'next', 'tonight',
];

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/glossary/packs/generated/name-words.json');

export interface NameWords {
  given: string[];
  titles: string[];
  honorifics: string[];
  parties: string[];
  calendar: string[];
  grammar: string[];
  organisations: string[];
}

/** The word lists, folded and sorted. Pure: same compromise version, same lists. */
export function generateNameWords(): NameWords {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const sets = { given: new Set<string>(), titles: new Set<string>(), honorifics: new Set<string>(), calendar: new Set<string>(), grammar: new Set<string>() };
  for (const [word, raw] of Object.entries(lexicon)) {
    if (word.includes(' ')) continue;
    const tags = new Set(Array.isArray(raw) ? raw : [raw]);
    const w = fold(word);
    if (!w || w.includes(' ')) continue;
    if (tags.has('FirstName') || tags.has('MaleName') || tags.has('FemaleName') || tags.has('Person')) sets.given.add(w);
    if (tags.has('Honorific')) sets.honorifics.add(w);
    if (tags.has('Honorific') || tags.has('Actor')) sets.titles.add(w);
    if (tags.has('WeekDay') || tags.has('Month')) sets.calendar.add(w);
    if (GRAMMAR_TAGS.some((t) => tags.has(t)) && /^[a-z]+$/.test(w)) sets.grammar.add(w);
  }
  for (const t of [...MORE_TITLES, ...PARTY_MEMBERS]) sets.titles.add(t);
  for (const t of NOT_TITLES) sets.titles.delete(t);
  for (const g of MORE_GRAMMAR) sets.grammar.add(g);
  const sorted = (s: Set<string>) => [...s].sort();
  const orgWords = Object.keys((nlp.model() as { two: { orgWords: Record<string, boolean> } }).two.orgWords);
  const organisations = new Set([...orgWords, ...MORE_ORGANISATIONS].map(fold).filter((w) => /^[a-z]+$/.test(w) && !PLACE_COLLECTIVES.includes(w)));
  return {
    given: sorted(sets.given),
    titles: sorted(sets.titles),
    honorifics: sorted(sets.honorifics),
    parties: [...PARTY_MEMBERS].sort(),
    calendar: sorted(sets.calendar),
    grammar: sorted(sets.grammar),
    organisations: sorted(organisations),
  };
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const words = generateNameWords();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(words)}\n`);
  console.log(`name words: ${words.given.length} given names, ${words.titles.length} titles, ${words.calendar.length} calendar words, ${words.grammar.length} grammar words, ${words.organisations.length} organisation heads -> ${OUT}`);
}
