/**
 * Wikipedia page summaries turned into glossary entries. The summary is the one the REST endpoint
 * `/api/rest_v1/page/summary/{title}` returns (what Wikipedia's own Page Previews show): `type`
 * ('standard' | 'disambiguation' | 'no-extract' | 'mainpage' …), `title`, `titles.normalized`,
 * `description` (the Wikidata one-liner), `extract` (plain text), `extract_html` (never used here),
 * `thumbnail.source`, `content_urls.desktop.page`, `lang`, `coordinates` ({lat, lon}).
 *
 * Pure: no browser APIs and no database, so it is tested in plain Node. Nothing in a response is
 * treated as HTML: `extract_html` and `displaytitle` are ignored, and every string that is kept is
 * plain text, length-capped and stripped of control characters.
 */
import * as v from 'valibot';
import { foldForCompare } from '../glossary/fold-for-compare';
import type { Coordinates, EntryKind, GlossaryEntry, Link } from '../glossary/types';
import type { Candidate } from './outcome';

export type { Candidate } from './outcome';

/** A response larger than this is refused unread: a summary is a few kilobytes. */
export const MAX_RESPONSE_BYTES = 256 * 1024;
/** A looked-up name (the words from the article) is at most this long. */
export const MAX_LOOKUP_NAME = 200;
/** Longest notes kept from an extract; Wikipedia's extracts are a paragraph or two. */
const MAX_NOTES = 4_000;
const MAX_SUMMARY = 300;
/** A disambiguation choice list shows at most this many candidates. */
export const MAX_CANDIDATES = 15;

/** The glossary origin of looked-up entries (ranks right after the reader's own in the matcher). */
export const WIKIPEDIA_ORIGIN = 'wikipedia';

/** What Backstory keeps of a summary. */
export interface PageSummary {
  type: string;
  /** Normalized title ("Kirill Dmitriev"), spaces not underscores. */
  title: string;
  description: string;
  extract: string;
  /** The article on Wikipedia (always https://{lang}.wikipedia.org/…). */
  pageUrl: string;
  thumbnailUrl: string | null;
  lang: string;
  coordinates: Coordinates | null;
}

export type SummaryParse = { ok: true; summary: PageSummary } | { ok: false; error: string };

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.optional(v.nullable(text(max)));

/** The fields Backstory reads, with their types and generous caps; everything else is ignored. */
const SummarySchema = v.looseObject({
  type: text(64),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)),
  titles: v.optional(v.nullable(v.looseObject({ normalized: optionalText(1_000) }))),
  description: optionalText(2_000),
  extract: optionalText(100_000),
  thumbnail: v.optional(v.nullable(v.looseObject({ source: text(4_000) }))),
  content_urls: v.optional(v.nullable(v.looseObject({ desktop: v.optional(v.nullable(v.looseObject({ page: optionalText(4_000) }))) }))),
  lang: optionalText(40),
  coordinates: v.optional(v.nullable(v.looseObject({ lat: v.number(), lon: v.number() }))),
});

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${issue.message}`;
}

/** Plain text: control characters removed, runs of spaces collapsed, paragraphs kept. */
export function plainText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    // Control characters (newlines aside), zero-width and line/paragraph separators.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]/g, ' ')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Cuts text at a word boundary, with an ellipsis. */
function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A language code usable as a Wikipedia subdomain ("en", "de", "zh-yue", "be-tarask"), or null. */
export function wikiLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  // Editions whose code has a subtag; every other tag is reduced to its primary language.
  const special = ['zh-yue', 'zh-min-nan', 'zh-classical', 'be-tarask', 'roa-rup', 'map-bms', 'nds-nl', 'bat-smg', 'fiu-vro', 'cbk-zam', 'roa-tara'];
  const match = special.find((s) => t === s || t.startsWith(`${s}-`));
  if (match) return match;
  const primary = t.split('-')[0]!;
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** The edition a lookup uses: the article's language when the reader allows it and it is usable, else English. */
export function editionFor(articleLang: string | null | undefined, followArticle: boolean): string {
  return (followArticle && wikiLanguage(articleLang)) || 'en';
}

/** The title as Wikipedia's URLs write it ("Kirill_Dmitriev"). */
export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, '_');
}

/** The canonical desktop URL of an article. */
export function articleUrl(lang: string, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(titleKey(title)).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
}

/** A URL kept only when it is https on a Wikipedia / Wikimedia host. */
function wikimediaUrl(raw: string | null | undefined, hosts: RegExp): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
    return url.protocol === 'https:' && hosts.test(url.hostname) && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

/** Validates a `page/summary` response body. Missing optional fields take empty values; wrong types are refused. */
export function parseSummary(raw: unknown, requestedLang: string): SummaryParse {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'the answer is not a JSON object' };
  const result = v.safeParse(SummarySchema, raw);
  if (!result.success) return { ok: false, error: issueText(result.issues) };
  const r = result.output;
  const lang = wikiLanguage(r.lang) ?? requestedLang;
  const title = plainText(r.titles?.normalized || r.title.replace(/_/g, ' '));
  if (!title) return { ok: false, error: 'title: empty' };
  const c = r.coordinates;
  const coordinates = c && Number.isFinite(c.lat) && Number.isFinite(c.lon) && Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180 ? { lat: c.lat, lon: c.lon } : null;
  return {
    ok: true,
    summary: {
      type: r.type,
      title,
      description: plainText(r.description ?? ''),
      extract: plainText(r.extract ?? ''),
      pageUrl: wikimediaUrl(r.content_urls?.desktop?.page, /^[a-z0-9-]+\.wikipedia\.org$/) ?? articleUrl(lang, title),
      thumbnailUrl: wikimediaUrl(r.thumbnail?.source, /^upload\.wikimedia\.org$/),
      lang,
      coordinates,
    },
  };
}

/** The problem body of a 404 (`{"type": ".../errors/not_found", "title": "Not found.", …}`): true when it says "not found". */
export function isNotFoundProblem(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const type = (raw as { type?: unknown }).type;
  return typeof type === 'string' && /not_found/.test(type);
}


/** "Mercury (planet)" -> "Mercury": the name an article would use. */
export function nameFromTitle(title: string): string {
  const stripped = title.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return stripped || title;
}

const PERSON =
  /\b(born|died|politician|diplomat|statesman|stateswoman|businessman|businesswoman|banker|economist|journalist|actor|actress|singer|rapper|musician|footballer|athlete|cricketer|boxer|player|coach|writer|author|poet|novelist|lawyer|judge|general|admiral|officer|soldier|activist|scientist|physicist|chemist|mathematician|engineer|entrepreneur|executive|spokesperson|spokesman|spokeswoman|philosopher|historian|artist|painter|composer|presenter|cleric|bishop|priest|imam|rabbi|monarch|emperor|empress|king|queen|prince|princess|dictator|leader of|president of|prime minister of|minister of|secretary of)\b|\(\s*(?:born\s+)?\d{3,4}\s*(?:[–-]\s*\d{3,4})?\s*\)/i;
const ORGANIZATION =
  /\b(company|corporation|conglomerate|manufacturer|airline|agency|organi[sz]ation|political party|party|ministry|department|government body|bank|fund|university|newspaper|broadcaster|news agency|council|committee|commission|union|alliance|army|navy|air force|armed forces|militia|group|institute|association|federation|club|team|foundation|court|parliament|legislature|assembly|regime|enterprise|network)\b/i;
const PLACE =
  /\b(city|town|village|settlement|river|island|mountain|volcano|region|province|oblast|krai|county|district|municipality|prefecture|country|sovereign state|capital|port|lake|sea|ocean|strait|peninsula|border crossing|airport|railway station)\b/i;
const EVENT = /\b(war|battle|summit|election|referendum|attack|invasion|earthquake|incident|protests?|revolution|coup|bombing|massacre|disaster|olympics|championship|festival|conference)\b/i;

/**
 * What an entry is, from the summary: coordinates mean a place; otherwise the description's words
 * decide ("Russian banker" is a person, "sovereign wealth fund" an organisation); otherwise the
 * hint from the article (the side panel's guess), else a topic.
 */
export function guessKind(summary: Pick<PageSummary, 'description' | 'coordinates'>, hint?: EntryKind): EntryKind {
  const d = summary.description;
  if (d) {
    if (PERSON.test(d) && !/\b(political party|company|organi[sz]ation)\b/i.test(d)) return 'person';
    if (summary.coordinates && PLACE.test(d)) return 'place';
    if (ORGANIZATION.test(d)) return 'organization';
    if (PLACE.test(d)) return 'place';
    if (EVENT.test(d)) return 'event';
  }
  if (summary.coordinates) return 'place';
  return hint ?? 'topic';
}

/** A short, stable id for a looked-up entry: one per edition and title, so a second look-up updates it. */
export function wikipediaEntryId(lang: string, title: string): string {
  const key = `wikipedia:${lang}:${titleKey(title)}`;
  if (key.length <= 180) return key;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `${key.slice(0, 170)}~${(h >>> 0).toString(36)}`;
}

export interface EntryOptions {
  /** The words the reader looked up, as the article wrote them: kept as an alias. */
  alias: string;
  /** When the summary was fetched: the entry's `asOf`. */
  fetchedAt: Date;
  /** The side panel's guess of the kind, used when the summary does not say. */
  kindHint?: EntryKind;
}

/** First sentence of an extract, for entries without a description. */
function firstSentence(extract: string): string {
  const m = /^(.+?[.!?])(?:\s|$)/.exec(extract);
  return m ? m[1]! : extract;
}

/**
 * The glossary entry for a standard summary: name from the title, the looked-up words as an alias,
 * the description as the one-line summary, the extract as notes, the article as the link, the fetch
 * date as `asOf`. Returns null when the summary has nothing to show (no description, no extract).
 */
export function summaryToEntry(summary: PageSummary, options: EntryOptions): GlossaryEntry | null {
  if (!summary.description && !summary.extract) return null;
  const name = nameFromTitle(summary.title);
  const alias = options.alias.replace(/\s+/g, ' ').trim().slice(0, MAX_LOOKUP_NAME);
  const kind = guessKind(summary, options.kindHint);
  const words = name.split(/\s+/);
  const nameWords = new Set(foldForCompare(name).split(' '));
  // A single word of a longer name ("Kim" for "Kim Yong-chol") would underline every "Kim" on every
  // page: it is kept as a short name, which only counts where the article also gives the full name.
  const aliasIsPart = !alias.includes(' ') && words.length > 1 && nameWords.has(foldForCompare(alias));
  const aliases = [...new Map([name, aliasIsPart ? '' : alias].filter(Boolean).map((a) => [foldForCompare(a), a])).values()];
  const last = words[words.length - 1]!;
  const surname = kind === 'person' && words.length > 1 && /^\p{Lu}\p{L}{2,}$/u.test(last) ? last : '';
  const shorts = [...new Map([aliasIsPart ? alias : '', surname].filter((w) => w && !aliases.some((a) => foldForCompare(a) === foldForCompare(w))).map((w) => [foldForCompare(w), w])).values()];
  const shortNames = shorts.length ? shorts : undefined;
  const description = summary.description ? summary.description[0]!.toUpperCase() + summary.description.slice(1) : '';
  const links: Link[] = [{ title: `${summary.title} – Wikipedia`, url: summary.pageUrl }];
  if (summary.thumbnailUrl) links.push({ title: 'Lead image – Wikimedia', url: summary.thumbnailUrl });
  return {
    id: wikipediaEntryId(summary.lang, summary.title),
    kind,
    name,
    aliases,
    ...(shortNames ? { shortNames } : {}),
    summary: cap(description || firstSentence(summary.extract), MAX_SUMMARY),
    notes: cap(summary.extract, MAX_NOTES),
    facts: [],
    related: [],
    links,
    asOf: options.fetchedAt.toISOString().slice(0, 10),
    origin: WIKIPEDIA_ORIGIN,
    ...(kind === 'place' && summary.coordinates ? { coordinates: summary.coordinates } : {}),
  };
}


const LinksSchema = v.looseObject({
  query: v.optional(
    v.looseObject({
      pages: v.optional(
        v.array(
          v.looseObject({
            ns: v.optional(v.number()),
            title: text(1_000),
            missing: v.optional(v.boolean()),
            description: optionalText(2_000),
          }),
        ),
      ),
    }),
  ),
});

/**
 * The candidates of a disambiguation page, from the Action API's `generator=links` +
 * `prop=description` answer: article links only, the ones whose title contains every word of the
 * looked-up name first ("Kirill Dmitriev (banker)" for "Kirill Dmitriev"), then the rest, at most
 * `MAX_CANDIDATES`. Links inside the page's explanatory text ("Banker", "Russia") are dropped when
 * enough titles carry the name.
 */
export function parseCandidates(raw: unknown, name: string, pageTitle: string): { ok: true; candidates: Candidate[] } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'the answer is not a JSON object' };
  const result = v.safeParse(LinksSchema, raw);
  if (!result.success) return { ok: false, error: issueText(result.issues) };
  const self = foldForCompare(pageTitle);
  const words = foldForCompare(name).split(' ').filter(Boolean);
  const pages = (result.output.query?.pages ?? [])
    .filter((p) => (p.ns ?? 0) === 0 && !p.missing)
    .map((p) => ({ title: plainText(p.title), description: plainText(p.description ?? '') }))
    .filter((p) => p.title && foldForCompare(p.title) !== self && !/\(disambiguation\)$/i.test(p.title))
    .sort((a, b) => a.title.localeCompare(b.title));
  const named = pages.filter((p) => {
    const folded = ` ${foldForCompare(p.title)} `;
    return words.every((w) => folded.includes(` ${w} `));
  });
  const chosen = named.length > 0 ? named : pages;
  return { ok: true, candidates: chosen.slice(0, MAX_CANDIDATES) };
}

/** Whether two URLs name the same Wikipedia article (mobile host, underscores and escaping aside). */
export function sameArticle(a: string, b: string): boolean {
  const key = (raw: string): string | null => {
    try {
      const url = new URL(raw);
      const host = url.hostname.toLowerCase().replace(/\.m\.wikipedia\.org$/, '.wikipedia.org');
      if (!host.endsWith('.wikipedia.org') || !url.pathname.startsWith('/wiki/')) return null;
      return `${host}${decodeURIComponent(url.pathname).replace(/ /g, '_')}`;
    } catch {
      return null;
    }
  };
  const ka = key(a);
  return ka !== null && ka === key(b);
}
