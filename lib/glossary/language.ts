/**
 * The article's language and what it changes in matching. Pure logic, no imports beyond types.
 *
 * - Which language: the page's declaration (`<html lang>`, og:locale, JSON-LD `inLanguage`) when it
 *   names one, otherwise a vote of the commonest function words of each language in the text.
 * - Which names: an entry's own names count in every language unless the entry says they are of one
 *   language (`lang`, e.g. the world pack's English country names: "Jordan" is a first name in French);
 *   `localNames[lang]` adds the names a language writes ("Corée du Nord", "Poutine").
 * - Each language's grammar of names, applied to those names before they are compiled: elided
 *   articles ("l'ONU", split by the tokenizer through `isElision`), names that start with an article
 *   ("Le Caire" -> "du Caire"), German genitives ("Russlands", "Putins"), and the inflected forms of
 *   demonyms ("russe/russes", "ruso/rusa/rusos/rusas", "russisch/russische/russischen"...).
 * The matcher itself knows nothing of languages: the background compiles one matcher per language
 * from `entriesForLanguage`, so a name of one language can never fire on another language's text.
 */
import type { EntryKind, LocalNames } from './types';

/** Languages Backstory recognises names in; any other language is matched as English. */
export const ARTICLE_LANGUAGES = ['en', 'fr', 'es', 'de', 'pt', 'it'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

const SUPPORTED = new Set<string>(ARTICLE_LANGUAGES);

/** Whether `x` is one of `ARTICLE_LANGUAGES`. */
export function isArticleLanguage(x: unknown): x is ArticleLanguage {
  return typeof x === 'string' && SUPPORTED.has(x);
}

/**
 * The primary language subtag of a BCP 47 tag or a locale ("fr-CA", "pt_BR", "de" -> "fr", "pt",
 * "de"), lower case; null for an empty or malformed tag.
 */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Function words of each language, the commonest in news prose. Words shared by two languages ("la",
 * "de", "que") are listed under each: they add to both and decide nothing.
 */
const STOP_WORDS: Record<ArticleLanguage, string> = {
  en: 'the and of to in is that for was with on as by at from his her he it have has which said were be are not this but they an who will would their its been after',
  fr: 'le la les des du de et est un une dans pour que qui sur pas au aux avec ce il elle ont été sont par plus mais ses son cette entre selon lors leur nous ils était avait être après aussi à l d qu ces une ne se sa dont ou où très',
  es: 'el la los las de del y que en un una por con para es se su sus al lo como más pero fue ha han sobre este esta entre según también tras desde hasta era muy donde le les sin sus ese esa cuando hay',
  de: 'der die das und ist nicht mit den dem des ein eine zu von auf für sich im auch es bei nach wird wurde hat sind aus einen dass werden wie oder einer sei noch nur über in an er sie kein keine habe gegen vor am zum zur vom beim werde neue neues',
  pt: 'o a os as de do da dos das e que em no na nos um uma para com por foi não mais se ao à pelo pela seu sua também entre são como ele ela após disse até à às nas num numa também pelos pelas',
  it: 'il lo la i gli le di del della dei delle e che in un una per con non è sono da al alla nel nella ha anche più ma come tra dal sul dopo ancora stato questo l all dell nei negli sono degli alle ai',
};

const STOP_WORD_LANGS: ReadonlyMap<string, readonly ArticleLanguage[]> = (() => {
  const map = new Map<string, ArticleLanguage[]>();
  for (const lang of ARTICLE_LANGUAGES) {
    for (const w of STOP_WORDS[lang].split(' ')) {
      const list = map.get(w) ?? [];
      list.push(lang);
      map.set(w, list);
    }
  }
  return map;
})();

/** Detection reads at most this much text: a few paragraphs decide, a long article adds nothing. */
const DETECT_SAMPLE = 20_000;
/** Fewer function words than this and the text is too short to tell. */
const DETECT_MIN_HITS = 5;

/** Counts of each language's function words in `text`. */
export function stopWordVotes(text: string): Record<ArticleLanguage, number> {
  const votes: Record<ArticleLanguage, number> = { en: 0, fr: 0, es: 0, de: 0, pt: 0, it: 0 };
  // Elided articles ("l'", "d'", "dell'") are French or Italian function words of their own.
  const sample = text.slice(0, DETECT_SAMPLE).toLowerCase();
  for (const m of sample.matchAll(/[\p{L}]+/gu)) {
    const langs = STOP_WORD_LANGS.get(m[0]);
    if (langs) for (const l of langs) votes[l]++;
  }
  return votes;
}

/** Latin function words: placeholder text ("Lorem ipsum dolor sit amet… in culpa qui officia") is no language Backstory reads. */
const LATIN = new Set('et ut sed est in non qui ad enim aut quis nisi sunt id ex eu cum dolor ipsum lorem amet'.split(' '));

function latinVotes(text: string): number {
  let n = 0;
  for (const m of text.slice(0, DETECT_SAMPLE).toLowerCase().matchAll(/[\p{L}]+/gu)) if (LATIN.has(m[0])) n++;
  return n;
}

/** The language the text is written in, by a vote of function words; null when it cannot tell. */
export function detectLanguage(text: string): ArticleLanguage | null {
  const votes = stopWordVotes(text);
  const ranked = ARTICLE_LANGUAGES.slice().sort((a, b) => votes[b] - votes[a]);
  const [first, second] = [votes[ranked[0]!], votes[ranked[1]!]];
  if (first < DETECT_MIN_HITS || first < second * 1.15 || latinVotes(text) >= first) return null;
  return ranked[0]!;
}

/**
 * The language to match an article in: the declared one when the page declares a language
 * Backstory knows, English for any other declared language (the names it knows best), otherwise
 * the detected one, English when the text does not tell. A declaration the text contradicts
 * overwhelmingly (a site template's `lang="en"` on a French article) gives way to the text.
 */
export function articleLanguage(declared: string | null | undefined, text: string): ArticleLanguage {
  const primary = primaryLanguage(declared);
  const detected = detectLanguage(text);
  if (primary && isArticleLanguage(primary)) {
    if (detected && detected !== primary) {
      const votes = stopWordVotes(text);
      if (votes[detected] >= 40 && votes[detected] > votes[primary] * 4) return detected;
    }
    return primary;
  }
  if (primary) return 'en';
  return detected ?? 'en';
}

export { isElision } from './elision';

/** Definite articles that can open a place's name in each language ("Le Caire", "La Habana", "Il Cairo"). */
const ARTICLES: Partial<Record<ArticleLanguage, ReadonlySet<string>>> = {
  fr: new Set(['le', 'la', 'les', 'l']),
  es: new Set(['el', 'la', 'los', 'las']),
  it: new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'l']),
  pt: new Set(['o', 'a', 'os', 'as']),
};

/**
 * A name that starts with an article, without it ("Le Caire" -> "Caire"), so that it is found after
 * a contraction ("du Caire", "au Caire", "del Cairo", "al-" excepted); null when the name has no
 * article or nothing capitalised after it.
 */
export function withoutArticle(name: string, lang: ArticleLanguage): string | null {
  const articles = ARTICLES[lang];
  if (!articles) return null;
  const m = /^(\p{L}+)(?:\s+|['’])(\p{Lu}.*)$/u.exec(name);
  if (!m || !articles.has(m[1]!.toLowerCase())) return null;
  return m[2]!.length >= 3 ? m[2]! : null;
}

/** German genitive: "Russland" -> "Russlands", "Putin" -> "Putins"; null where German adds nothing. */
export function germanGenitive(name: string): string | null {
  if (!/\p{Ll}$/u.test(name) || /[sßxz]$/.test(name)) return null;
  return `${name}s`;
}

/**
 * The forms of a demonym or adjective of nationality as each language inflects it for gender and
 * number: fr "russe" -> "russes"; "nord-coréen" -> "nord-coréenne", "nord-coréens", "nord-coréennes";
 * es/pt "ruso" -> "rusa", "rusos", "rusas"; it "russo" -> "russa", "russi", "russe"; de "russisch" ->
 * "russische", "russischen", "russischer", "russisches", "russischem".
 */
export function demonymForms(word: string, lang: ArticleLanguage): string[] {
  const out = new Set([word]);
  const add = (...forms: string[]) => forms.forEach((f) => out.add(f));
  const stem = (k: number) => word.slice(0, word.length - k);
  switch (lang) {
    case 'fr':
      if (/en$/.test(word)) add(`${word}ne`, `${word}s`, `${word}nes`);
      else if (/ais$|ois$/.test(word)) add(`${word}e`, `${word}es`);
      else if (/e$/.test(word)) add(`${word}s`);
      else if (/[^s]$/.test(word)) add(`${word}e`, `${word}s`, `${word}es`);
      break;
    case 'es':
    case 'pt':
      if (/o$/.test(word)) add(`${stem(1)}a`, `${word}s`, `${stem(1)}as`);
      else if (/és$/.test(word)) add(`${stem(2)}esa`, `${stem(2)}eses`, `${stem(2)}esas`);
      else if (/ês$/.test(word)) add(`${stem(2)}esa`, `${stem(2)}eses`, `${stem(2)}esas`);
      else if (/[ae]$/.test(word)) add(`${word}s`);
      break;
    case 'it':
      if (/o$/.test(word)) add(`${stem(1)}a`, `${stem(1)}i`, `${stem(1)}e`);
      else if (/e$/.test(word)) add(`${stem(1)}i`);
      break;
    case 'de':
      if (/isch$/.test(word)) add(`${word}e`, `${word}en`, `${word}er`, `${word}es`, `${word}em`);
      else if (/e$/.test(word)) add(`${word}n`); // der Russe, die Russen
      else if (/er$/.test(word)) add(`${word}n`, `${word}in`, `${word}innen`); // Nordkoreaner
      break;
    default:
      break;
  }
  return [...out];
}

/** The fields of an entry that language selection reads and rewrites. */
export interface LocalisableEntry {
  id: string;
  kind: EntryKind;
  name: string;
  aliases: string[];
  shortNames?: string[];
  demonyms?: string[];
  commonWordAliases?: string[];
  lang?: string;
  localNames?: Partial<Record<string, LocalNames>>;
}

/**
 * German adjectives inside a name, declined as after an article ("die Koreanische Volksarmee" ->
 * "der Koreanischen Volksarmee", "Europäischer Rat" -> "im Europäischen Rat", "Europäisches
 * Parlament" -> "dem Europäischen Parlament"); null when the name has no such adjective.
 */
export function germanDeclined(name: string): string | null {
  const declined = name.replace(/\b(\p{L}+(?:isch|äisch|al|ional|ral))(e|er|es)\b(?=\s+\p{Lu})/gu, (_, stem: string) => `${stem}en`);
  return declined === name ? null : declined;
}

function uniq(list: Iterable<string>): string[] {
  return [...new Set(list)];
}

/** Each name and the forms the language's grammar makes of it (articles dropped, German genitives). */
function grammarForms(names: readonly string[], lang: ArticleLanguage): string[] {
  const out: string[] = [];
  for (const name of names) {
    out.push(name);
    const bare = withoutArticle(name, lang);
    if (bare) out.push(bare);
    if (lang === 'de') {
      // Genitive of the name ("Russlands", "des Kremls"), and its adjectives declined.
      const gen = germanGenitive(name);
      if (gen) out.push(gen);
      const declined = germanDeclined(name);
      if (declined) out.push(declined);
    }
  }
  return uniq(out);
}

/**
 * The entries as the matcher should see them for an article in `lang`: each entry's own names when
 * they are language-neutral or of `lang`, plus its `localNames[lang]`, with the language's forms of
 * them. An entry left with no name in `lang` is dropped. English entries come back unchanged (the
 * same objects), so English matching is exactly what it was.
 */
export function entriesForLanguage<T extends LocalisableEntry>(entries: readonly T[], lang: ArticleLanguage): T[] {
  const out: T[] = [];
  for (const e of entries) {
    const own = !e.lang || e.lang === lang;
    const local = e.localNames?.[lang];
    if (lang === 'en' && !local) {
      if (own) out.push(e);
      continue;
    }
    if (!own && !local) continue;
    const aliases = uniq([...(own ? [e.name, ...e.aliases] : []), ...(local?.name ? [local.name] : []), ...(local?.aliases ?? [])]);
    if (aliases.length === 0) continue;
    const common = new Set(own ? (e.commonWordAliases ?? []) : []);
    const demonyms = uniq([...(own ? (e.demonyms ?? []) : []), ...(local?.demonyms ?? [])].flatMap((d) => demonymForms(d, lang)));
    const shortNames = grammarForms([...(own ? (e.shortNames ?? []) : []), ...(local?.shortNames ?? [])], lang);
    const name = local?.name ?? (own ? e.name : aliases[0]!);
    out.push({
      ...e,
      name,
      aliases: grammarForms(aliases, lang).filter((a) => !common.has(a)),
      ...(demonyms.length > 0 ? { demonyms } : { demonyms: undefined }),
      ...(shortNames.length > 0 ? { shortNames } : { shortNames: undefined }),
      commonWordAliases: [...common],
    });
  }
  return out;
}

/** The name an entry goes by in `lang` (its local name when it has one), for cards and lists. */
export function nameIn(entry: Pick<LocalisableEntry, 'name' | 'localNames'>, lang: string | null | undefined): string {
  return (lang && entry.localNames?.[lang]?.name) || entry.name;
}
