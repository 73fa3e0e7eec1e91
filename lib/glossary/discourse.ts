/**
 * Context rules that read a mention's use rather than its capitals (the rest are in `context.ts`):
 *
 *  - A demonym used as a language: after "in", "into" or a verb of speaking ("in French, Visages
 *    Villages", "speaks Russian"), when no noun follows it ("in French waters" is France).
 *  - A title: a place's name right after the lower-case name of a kind of work or ship ("the novel
 *    Jerusalem", "le pavé Jérusalem", "the cruiser Moskva") names that work, not the place.
 *  - A region's or a country's town: in an article that names a region or a country, a bare name its
 *    towns carry ("Athens" in an article about the US state of Georgia, "Valencia" in one about Spain) is
 *    the town, unless the article also names something that goes with the place elsewhere (Greece for
 *    Athens, Venezuela for its Valencia).
 *  - Named as what it is: "the country of Peru" is the country even after "Peru, Indiana" made the
 *    bare name the town in that article.
 *  - A well-known person's bare surname, never introduced, counts where it is used as a person's name
 *    ("a call with Trump.", "Trump said"), not as a common noun ("21 Trump cards").
 *  - Coordination: a common-word name opening a sentence ("Japan") is a name when "and", "or" or a
 *    comma joins it to another name ("Japan and Canada will…"); a country's, also when the article names
 *    other countries and a comma or a verb follows ("China, whose exporters…").
 *
 *  - A club: a city named in a match result ("drew 1-1 with Liverpool", "beat Barcelona 3-1", "Liverpool
 *    beat Chelsea 2-0") is its club, not the city.
 *  - A town in apposition: "Lebanon, a city of 26,000 east of Harrisburg" is no country.
 *  - A US state's name as a noun after "the": English writes a state's name bare ("in Mississippi"), so
 *    "down the Mississippi of Broadway" or "fishing the Ohio." is a river, a ship or a figure; "the Texas
 *    border", where the name modifies a noun, is the state.
 *
 * Each reads a few words around one mention: no pass over the article's words.
 */
import type { Mention } from './types';
import { townCommaBefore } from './region-readings';
import { stripDiacritics } from './tokenize';

/** Words before a demonym that make it a language (by the article's language). */
const LANGUAGE_CUES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['in', 'into', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'learn', 'learns', 'learned', 'learnt', 'learning', 'teaches', 'taught', 'fluent']),
  fr: new Set(['en', 'parle', 'parlent', 'parler', 'parlait', 'parlé', 'apprend', 'apprendre']),
  es: new Set(['en', 'habla', 'hablan', 'hablar', 'hablaba', 'aprender']),
  it: new Set(['in', 'parla', 'parlano', 'parlare', 'imparare']),
  pt: new Set(['em', 'fala', 'falam', 'falar', 'aprender']),
  de: new Set(['auf', 'spricht', 'sprechen', 'sprach']),
};

/** Lower-case words that may follow a language's name (a noun after it makes the demonym an adjective). */
const AFTER_LANGUAGE = new Set([
  'and', 'or', 'but', 'that', 'to', 'as', 'by', 'with', 'for', 'on', 'at', 'is', 'was', 'are', 'were', 'than', 'so', 'when', 'while', 'which', 'if', 'because', 'during', 'before', 'after', 'until', 'instead', 'fluently', 'only',
  'et', 'ou', 'mais', 'que', 'avec', 'pour', 'sur', 'dans', 'pendant', 'sans', 'y', 'o', 'con', 'para', 'e', 'per', 'und', 'oder', 'mit',
]);

/**
 * Lower-case heads that name a work or a ship, so that a place's name right after one is its title
 * ("the novel Jerusalem", "le pavé Jérusalem": French press calls a thick book a "pavé"). Kinds, not cases;
 * no word that is also a verb or an adjective before a place ("play Portugal", "film Berlin's streets",
 * "musical Vienna"), so the English list is its own.
 */
const WORK_HEADS_EN = new Set([
  'novel', 'memoir', 'movie', 'documentary', 'album', 'song', 'opera', 'ballet', 'sitcom', 'poem', 'cruiser', 'frigate',
  // Performers and animals named after places: "the rock band Chicago", "the singer Georgia", "the colt Dubai".
  'band', 'bands', 'singer', 'rapper', 'duo', 'trio', 'racehorse', 'colt', 'filly', 'mare', 'gelding', 'stallion',
]);
const WORK_HEADS = new Set([
  'film', 'roman', 'livre', 'pave', 'chanson', 'piece', 'serie', 'feuilleton', 'documentaire', 'tableau', 'poeme', 'essai', 'navire', 'croiseur', 'fregate', 'spectacle',
  'novela', 'libro', 'pelicula', 'cancion', 'documental', 'buque', 'romanzo', 'canzone', 'nave', 'livro', 'filme', 'cancao', 'navio', 'buch', 'lied', 'schiff',
]);

/** Phrases naming what a place is, right before its name ("the country of", "la ville de"). */
const COUNTRY_OF = /\b(?:country|nation|republic|kingdom|pays|pa[ií]s|paese|land)\s+(?:of|de|du|di|do|da)\s+$/iu;
const CITY_OF = /\b(?:city|town|capital|ville|capitale|ciudad|capital|citt[aà]|cidade|stadt)\s+(?:of|de|di|do|da)\s+$/iu;

const PREV_WORD = /(\p{L}[\p{L}\p{M}'’]*)[\s\u00A0]+$/u;
const NEXT_WORD = /^[\s\u00A0]+(\p{L}[\p{L}\p{M}'’]*)/u;

function fold(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/['’-]/g, '').replace(/\s+/g, ' ');
}

/** The word right before `pos`, separated from it by spaces only. */
function prevWord(text: string, pos: number): string | null {
  return PREV_WORD.exec(text.slice(Math.max(0, pos - 40), pos))?.[1] ?? null;
}

/** Words before a person's name that govern it ("a call with Trump"). */
const PERSON_BEFORE = new Set(['with', 'by', 'to', 'from', 'for', 'against', 'and', 'or', 'between', 'than', 'under', 'told', 'met', 'said', 'says', 'asked', 'urged', 'called', 'thanked', 'praised', 'criticised', 'criticized', 'backed']);
/** Verbs after a person's name, the way news reports what someone did ("Trump said"). */
const PERSON_AFTER = new Set([
  'said', 'says', 'told', 'tells', 'has', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'wrote', 'writes', 'posted', 'announced', 'signed', 'spoke', 'speaks',
  'met', 'meets', 'wants', 'wanted', 'called', 'calls', 'added', 'argued', 'warned', 'threatened', 'ordered', 'urged', 'insisted', 'claimed', 'denied', 'promised', 'pledged', 'vowed', 'praised', 'criticised', 'criticized', 'visited', 'who',
]);

/** Nouns a leader's surname modifies: "the Trump administration", "the Macron government", "Trump's campaign" (the possessive counts anyway). */
const LEADER_NOUNS = new Set(['administration', 'administrations', 'presidency', 'government', 'cabinet', 'campaign', 'era']);

/**
 * A bare surname read without an introduction (`GlossaryEntry.wellKnown`) needs a person's grammar
 * around it: a possessive, a reporting verb after it, a noun of a leader's office or time after it ("the
 * Trump administration"), or a preposition before it with no noun after ("a call with Trump."). "21 Trump
 * cards", "the Trump cards" and "a Trump card" have none.
 */
export function personUse(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (/^['’]s?\b/u.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1] ?? null;
  if (next !== null && (PERSON_AFTER.has(next) || LEADER_NOUNS.has(next))) return true;
  const prev = prevWord(text, start);
  return prev !== null && PERSON_BEFORE.has(prev.toLowerCase()) && /^[^\p{L}\p{N}\s\u00A0]/u.test(after);
}

/**
 * A common-word country name opening a sentence ("China", "Turkey", "Japan") used as a name: in an article
 * that names at least `COUNTRIES_NAMED` other countries (`countriesNamed`), followed by a comma or by a
 * verb the way news reports what a country did ("China, whose exporters…", "Turkey said", "Japan has").
 * "Turkey is a Thanksgiving staple" in a recipe names no other countries; "Guinea pigs" has no such word after it.
 */
export function countryOpeningUse(text: string, end: number, countriesNamed: number): boolean {
  if (countriesNamed < COUNTRIES_NAMED) return false;
  const after = text.slice(end, end + 30);
  if (/^[\s\u00A0]*,/u.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1] ?? null;
  return next !== null && PERSON_AFTER.has(next);
}
const COUNTRIES_NAMED = 2;

/** Whether a comma, "and", "or" or "&" alone joins the name ending at `end` to the name at `nextStart`. */
export function coordinated(text: string, end: number, nextStart: number): boolean {
  return /^(?:[\s\u00A0]*,[\s\u00A0]*|[\s\u00A0]+(?:and|or|&)[\s\u00A0]+)$/u.test(text.slice(end, nextStart));
}

/** A demonym used as a language's name: "in French,", "speaks Russian and English" (not "in French waters"). */
export function languageUse(text: string, m: Mention, lang: string): boolean {
  const cue = prevWord(text, m.start);
  if (cue === null || !(LANGUAGE_CUES[lang] ?? LANGUAGE_CUES.en!).has(cue.toLowerCase())) return false;
  const after = text.slice(m.end, m.end + 40);
  const next = NEXT_WORD.exec(after);
  if (!next) return /^[\s\u00A0]*(?:[^\p{L}\p{N}\s\u00A0]|$)/u.test(after);
  // "in Chinese and Japanese supply chains": a noun after the demonym joined to this one makes both adjectives.
  const joinedNoun = /^[\s\u00A0]+(?:and|or)[\s\u00A0]+\p{Lu}[\p{L}'’-]*[\s\u00A0]+(\p{Ll}[\p{L}-]*)/u.exec(after);
  if (joinedNoun && !AFTER_LANGUAGE.has(joinedNoun[1]!)) return false;
  return AFTER_LANGUAGE.has(next[1]!.toLowerCase());
}

/** A capitalised name right after a lower-case head that names a work or a ship: a title. */
export function workTitle(text: string, m: Mention, lang: string): boolean {
  const head = prevWord(text, m.start);
  if (head === null) return false;
  const first = text[m.start]!;
  if (first === first.toLowerCase()) return false;
  // German capitalises the head noun itself ("der Roman Jerusalem").
  if (lang !== 'de' && head[0] !== head[0]!.toLowerCase()) return false;
  if (lang === 'en' && head === 'group') {
    // "Country group Alabama", "the rock group Chicago": a group is a band after a kind of music only.
    const genre = prevWord(text, m.start - head.length - 1);
    return genre !== null && MUSIC_GENRES.has(genre.toLowerCase());
  }
  return (lang === 'en' ? WORK_HEADS_EN : WORK_HEADS).has(fold(head));
}

/** Kinds of music before "group" that make it a band ("country group Alabama"), not a body ("pressure group"). */
const MUSIC_GENRES = new Set(['country', 'rock', 'pop', 'folk', 'punk', 'metal', 'rap', 'gospel', 'bluegrass', 'indie', 'soul', 'jazz', 'girl', 'boy', 'vocal', 'reggae', 'disco']);

/**
 * Whether the name at `start..end` is all of a quotation: a work's title ("Hamilton" returns to the theatre;
 * a film, a song, a show named after a place), not the place. A longer quotation that holds the place
 * ("Winter in Tbilisi") keeps it.
 */
export function quotedAlone(text: string, start: number, end: number): boolean {
  return /["“]$/u.test(text.slice(Math.max(0, start - 1), start)) && /^[,.!?]?["”]/u.test(text.slice(end, end + 2));
}

/** Whether the words before a mention name it as what its entry is ("the country of Peru"). */
export function namedAsKind(text: string, start: number, entryId: string): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return entryId.startsWith('country-') ? COUNTRY_OF.test(before) : entryId.startsWith('city-') ? CITY_OF.test(before) : false;
}

/** A country's own office or body after its name and a possessive: "Lebanon's prime minister", "Peru's government". */
const NATIONAL_OFFICE_AFTER = /^['’]s[\s\u00A0]+(?:prime minister|president|foreign minister|defen[cs]e minister|government|army|military|parliament|embassy|capital|king|queen|cabinet|central bank|national team)\b/iu;

/** Whether a country's name is followed by one of its national offices or bodies ("Lebanon's prime minister"): the country, after a namesake town too. */
export function nationalOfficeAfter(text: string, end: number): boolean {
  return NATIONAL_OFFICE_AFTER.test(text.slice(end, end + 40));
}

/** Whether one of two entries lists the other among its related entries. */
export function listedEitherWay(a: string, b: string, facts: { related(id: string): readonly string[] }): boolean {
  return facts.related(a).includes(b) || facts.related(b).includes(a);
}

/** What the region-town rule needs to know of entries. */
export interface TownFacts {
  isRegion(id: string): boolean;
  isPerson(id: string): boolean;
  related(id: string): readonly string[];
  /** A region's towns named like places elsewhere (`GlossaryEntry.towns`). */
  towns(id: string): readonly string[];
}

/** Words of ASCII letters (and dots) with single spaces: `fold` is their lower case. */
const PLAIN_NAME = /^[A-Za-z.]+(?: [A-Za-z.]+)*$/;

/**
 * Drops the mentions that are a named region's or country's town: in an article naming the US state of
 * Georgia, "Athens" is Athens, Georgia, not Greece's capital, unless the article names something that goes
 * with the capital (Greece) or the mention's entry belongs to the region.
 */
export function withoutRegionTowns(text: string, mentions: readonly Mention[], facts: TownFacts): Mention[] {
  // The named regions and countries that list towns: most articles name none, and stop here.
  let regions: string[] | null = null;
  for (const m of mentions) {
    const e = m.entryId;
    if (e && (facts.isRegion(e) || e.startsWith('country-')) && facts.towns(e).length > 0 && !regions?.includes(e)) (regions ??= []).push(e);
  }
  if (regions === null) return [...mentions];
  const named = regions;
  const towns = new Set(named.flatMap((r) => facts.towns(r).map((t) => `${r}\n${fold(t)}`)));
  const ids = new Set(mentions.flatMap((m) => (m.entryId ? [m.entryId] : [])));
  const tied = (a: string, b: string) => listedEitherWay(a, b, facts);
  return mentions.filter((m) => {
    const e = m.entryId;
    if (!e || facts.isRegion(e) || facts.isPerson(e) || e.startsWith('country-')) return true;
    const surface = text.slice(m.start, m.end);
    // Plain ASCII letters fold to their lower case: the common case skips the Unicode normalisation.
    const key = PLAIN_NAME.test(surface) ? surface.toLowerCase() : fold(surface);
    const region = named.find((r) => towns.has(`${r}\n${key}`) && !tied(e, r));
    if (!region) return true;
    return [...ids].some((x) => x !== e && x !== region && tied(x, e));
  });
}

/** A match score ("1-1", "3–0", a basketball game's "131-120"). */
const SCORE = String.raw`(?<!\d|\d[,.])\d{1,3}[-–]\d{1,3}(?!\d|[,.]\d)`;
/** Verbs of a match result. */
const RESULT_VERBS = String.raw`(?:beat|beats|defeated|edged|thrashed|routed|drew|draw|lost|hosted|hosts|outscored|outlasted|blanked|topped|downed|stunned|upset|overpowered|trounced)`;
const SCORE_THEN_TEAM = new RegExp(String.raw`${SCORE}\s+(?:(?:win|victory|loss|defeat|rout|upset)\s+)?(?:with|at|against|to|over|of)\s+$`, 'u');
const VERB_THEN_TEAM = new RegExp(String.raw`\b${RESULT_VERBS}(?:\s+(?:to|with|against))?\s+$`, 'u');
const SCORE_AFTER = new RegExp(String.raw`^[\s\u00A0]+${SCORE}\b`, 'u');
const TEAM_THEN_RESULT = new RegExp(String.raw`^[\s\u00A0]+${RESULT_VERBS}\b[^.!?]{0,40}?${SCORE}`, 'u');
/** A player's transfer: "joined from Barcelona", "signed for Milan", "on loan from Lyon". */
const TRANSFER_THEN_TEAM = /\b(?:joined from|signed from|signed for|on loan (?:from|at|to))[\s\u00A0]+$/u;
/** A player's figures for a side: "had 29 points for Boston", "caught a touchdown pass for Texas", "two goals against Leeds". */
const FIGURES_FOR_TEAM =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:points|rebounds|assists|goals|runs|yards|saves|strikeouts|hits|tackles|touchdowns|steals|blocks|wickets|tries)\s+(?:for|against)[\s\u00A0]+$|\b(?:touchdown|pass|goal|hat-trick|hat trick|try|homer|home run|three-pointer|3-pointer|basket|wicket|century)\s+(?:for|against)[\s\u00A0]+$/u;
/** A player leading a side in a game: "led Dallas with 27 points". */
const LED_THEN_TEAM = /\bled[\s\u00A0]+$/u;
const WITH_FIGURES_AFTER = /^[\s\u00A0]+with[\s\u00A0]+\d+[\s\u00A0]+(?:points|rebounds|assists|goals|runs|yards|saves|strikeouts|hits|tackles|touchdowns|steals|blocks|wickets|tries)\b/u;
/** A side's result as a possessive: "Denver's 131-120 win". */
const POSSESSIVE_RESULT = new RegExp(String.raw`^['’]s[\s\u00A0]+${SCORE}[\s\u00A0]+(?:win|victory|loss|defeat|rout|comeback)\b`, 'u');
/** A player's position or a coach right after a side's name: "Dallas rookie Cooper Flagg", "Texas quarterback Arch Manning". */
const ROLE_AFTER_TEAM =
  /^[\s\u00A0]+(?:rookie|guard|forward|center|centre|quarterback|pitcher|shortstop|catcher|outfielder|infielder|linebacker|receiver|running back|tight end|cornerback|safety|kicker|striker|midfielder|defender|goalkeeper|goalie|winger|coach|head coach|manager|point guard|shooting guard)[\s\u00A0]+\p{Lu}/u;

/**
 * Whether the name at `start..end` is a team in a match result: after a score and "with", "at", "against"
 * ("drew 1-1 with Liverpool", "won 2-0 at Barcelona"), after a verb of result with the score next ("beat
 * Liverpool 3-1", "lost to Alabama 24-21"), or before such a verb and a score ("Liverpool beat Chelsea 2-0"),
 * or with a possessive before the score ("Denver's 131-120 win"); a side a player scores or plays for ("29
 * points for Boston", "led Dallas with 27 points", "Dallas rookie Cooper Flagg"); or a club a player moves
 * from or to ("joined from Barcelona", "signed for Milan").
 */
export function clubInResult(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  return (
    SCORE_THEN_TEAM.test(before) ||
    (VERB_THEN_TEAM.test(before) && SCORE_AFTER.test(after)) ||
    TEAM_THEN_RESULT.test(after) ||
    TRANSFER_THEN_TEAM.test(before) ||
    FIGURES_FOR_TEAM.test(before) ||
    (LED_THEN_TEAM.test(before) && WITH_FIGURES_AFTER.test(after)) ||
    POSSESSIVE_RESULT.test(after) ||
    ROLE_AFTER_TEAM.test(after)
  );
}

/** Words only a game's report uses ("quarter", "season", "goals" and "league" are business and politics too). */
const SPORTS_WORDS = /\b(?:touchdowns?|quarterbacks?|rebounds|innings|inning|wickets|yards|halftime|half-time|overtime|playoffs?|postseason|standings|rookie|goalkeeper|striker|midfielder|pitcher|linebacker|three-pointers?|3-pointers?|free throws?|hat-trick|penalty kick|home runs?|field goals?)\b/gi;
/** A score in running text ("38-22", "2–1"). */
const SCORE_ANYWHERE = new RegExp(SCORE, 'u');

/**
 * Whether `text` reads as a sports report: a score, and two or more words only games use
 * (`SPORTS_WORDS`). There a city's or a state's name as a side's subject or object is the side.
 */
export function sportsReport(text: string): boolean {
  if (!SCORE_ANYWHERE.test(text)) return false;
  let n = 0;
  for (const _ of text.matchAll(SPORTS_WORDS)) if (++n >= 2) return true;
  return false;
}

/** A side's doings right after its name: "Houston clinched the AFC South", "Dallas hosts Washington". */
const SIDE_VERB_AFTER = /^[\s\u00A0]+(?:clinched|clinches|hosts|hosted|visits|visited|faces|faced|trails|trailed|rallied|improved|outscored|outlasted|clinch|hired|signed|traded|waived|drafted|acquired|kicked|scored|won|lost|beat|edged|led|(?:is|are|was) coming off|v\.?|vs\.?)(?![\p{L}])/u;
/** A side after another side's doings, or a player's school or club: "Dallas hosts Washington", "faced Boston", "committed to Alabama". */
const SIDE_VERB_BEFORE = /(?:\b(?:v|vs)\.?|\b(?:hosts|hosted|visits|visited|faces|faced|against|committed to|commits to|signed with|transferred to|transferred from|picked|chose|(?:loss|win|victory|defeat) (?:at|to|over|against)|(?:another|scores|score) for))[\s\u00A0]+$/u;

/** Whether the name at `start..end`, in a sports report, is a side by the verb around it ("Dallas hosts Washington"). */
export function sideInReport(text: string, start: number, end: number): boolean {
  return SIDE_VERB_AFTER.test(text.slice(end, end + 20)) || SIDE_RECORD_AFTER.test(text.slice(end, end + 30)) || SIDE_VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
/** A side's record in apposition ("Alabama, with one loss, was waiting"), or its run as a possessive ("Toronto's seven-game winning streak"). */
const SIDE_RECORD_AFTER =
  /^(?:,[\s\u00A0]+with[\s\u00A0]+(?:one|two|three|four|five|no|\d+)[\s\u00A0]+(?:loss|losses|win|wins|defeat|defeats)\b|['’]s[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]+){0,2}(?:streak|season|lineup|roster|defen[cs]e|offen[cs]e|goalkeeper|captain|bench|rally|comeback)\b)/u;

/** Words before a place that keep it the place where a side of the same name plays: "in Dallas", "back to Boston". */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|to|from|near|outside|inside|into|across|around|throughout|of|visit|visited|visiting)[\s\u00A0]+$/iu;

/** Whether a side's name seen in a result is the place again here: after a word of place ("in Dallas"). */
export function placeAgain(text: string, start: number): boolean {
  // After a town and a comma too: "in Arlington, Texas" is the state, whatever side "Texas" was.
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || townCommaBefore(text, start);
}

/**
 * Whether an entry's name, in a match result, names a team that is not the place: a city's club, and a
 * US state's university team ("Georgia beat Alabama 27-24": US college sport names its teams after states,
 * where other countries' regions and nations field their own sides, as countries field national teams).
 */
export function teamNamedAfter(id: string): boolean {
  return id.startsWith('city-') || id.startsWith('region-us-');
}

/** A kind of town and "of" right before a name: "the village of Mexico", "the town of Peru". */
const TOWN_OF_BEFORE = /(?:^|[^\p{L}])(?:village|town|township|hamlet|borough|county|parish)[\s\u00A0]+of[\s\u00A0]+$/iu;

/** Whether a kind of town and "of" come right before `start`: a country's name there is a town's ("the village of Mexico, in Oswego County"). */
export function townNamedBefore(text: string, start: number): boolean {
  return TOWN_OF_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** After a name: a comma and an apposition that makes it a performer or a racehorse ("Kansas, the progressive rock band formed in Topeka", "Luxembourg, the Irish horse"). */
const PERFORMER_APPOSITION =
  /^,[\s\u00A0]+(?:the|a|an)[\s\u00A0]+(?:[\p{L}.-]+[\s\u00A0]+){0,3}(?:band|trio|duo|quartet|singer|rapper|(?:horse|mare|colt|filly|gelding)(?=[,.;]|[\s\u00A0]+(?:trained|owned|ridden|bred|who|that|which)\b)|(?<=(?:country|rock|pop|folk|punk|metal|rap|gospel|bluegrass|indie|soul|jazz|girl|boy|vocal|reggae|disco)[\s\u00A0]+)group)\b(?![\s\u00A0]+(?:said|says|reported|added|announced)\b)/u;

/** Whether the name ending at `end` is named a performer in apposition: a title, like "the band Kansas". */
export function performerInApposition(text: string, end: number): boolean {
  return PERFORMER_APPOSITION.test(text.slice(end, end + 60));
}

/** Whether the name at `start` follows a band member's role and "of": "the lead singer of Alabama" is the band. */
export function musicianOf(text: string, start: number): boolean {
  return MUSICIAN_OF.test(text.slice(Math.max(0, start - 40), start));
}
/** A band's member, then "of": "the lead singer of", "guitarist of". */
const MUSICIAN_OF = /\b(?:singer|guitarist|drummer|bassist|keyboardist|frontman|frontwoman)[\s\u00A0]+of[\s\u00A0]+$/u;

/**
 * Whether the name ending at `end` is followed by an apposition naming it a town ("Lebanon, a city of 26,000",
 * "Lebanon, a crossroads of about 900 people"); with `kinds` 'small', only a town, village or the like "in",
 * "of", "near" or "outside" somewhere, for a city's name ("Moscow, a town in Lamar County").
 */
export function townInApposition(text: string, end: number, kinds: 'any' | 'small' = 'any'): boolean {
  const after = text.slice(end, end + 60);
  if (POPULATION_APPOSITION.test(after)) return true;
  return (kinds === 'any' ? ANY_TOWN_APPOSITION : SMALL_TOWN_APPOSITION).test(after);
}
const ANY_TOWN_APPOSITION = /^,[\s\u00A0]+(?:a|the)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+)?(?:city|town|village|borough|township|suburb|community|crossroads|hamlet)\b/u;
/** For a city's name: only a small place in apposition makes it a namesake ("Moscow, a town in Lamar County"; "Moscow, a city of 13 million" is Moscow). */
const SMALL_TOWN_APPOSITION = /^,[\s\u00A0]+(?:a|the)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+)?(?:town|village|borough|township|suburb|community|crossroads|hamlet)[\s\u00A0]+(?:in|of|near|outside)\b/u;
/** "Lebanon, a crossroads of about 900 people": a place of a few thousand at most. */
const POPULATION_APPOSITION = /^,[\s\u00A0]+(?:a|the)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+){0,2}of[\s\u00A0]+(?:about|some|roughly|nearly|fewer than|under|just)?[\s\u00A0]*\d{1,3}(?:,\d{3})?[\s\u00A0]+(?:people|residents|inhabitants)\b/u;

/** After a state's name used as a noun: "of", or punctuation that closes the phrase (a comma: see `stateAsNounAfterThe`). */
const NOUN_PHRASE_END = /^(?:[\s\u00A0]+of(?![\p{L}])|[.;:!?)](?![\p{L}\p{N}]))/u;

/**
 * Whether the US state's name at `start..end` is a noun after a lower-case "the" ("the Mississippi of
 * Broadway", "down the Ohio."), which names no state (see the module comment). Only "the" written in lower
 * case counts: "The Mississippi Delta" opens a sentence or a title.
 */
export function stateAsNounAfterThe(text: string, start: number, end: number, mentionAt: (pos: number) => boolean = () => false): boolean {
  if (!/(?:^|[^\p{L}])the[\s\u00A0]+$/u.test(text.slice(Math.max(0, start - 40), start))) return false;
  const after = text.slice(end, end + 40);
  if (NOUN_PHRASE_END.test(after)) return true;
  // A comma ends the phrase too, unless another name follows it in a list ("the Texas, Oklahoma and Kansas
  // border", "the Texas, Mexico border").
  const comma = /^,[\s\u00A0]+(?=\S)/u.exec(after);
  return comma !== null && !mentionAt(end + comma[0].length);
}
