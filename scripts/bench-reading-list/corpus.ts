/**
 * A generated reading list for the benchmark: deterministic (seeded), with news-like titles, texts
 * (Zipf-distributed words from a common vocabulary plus a long tail of rarer words), sites with
 * subdomains, tags, states, favourites and entity mentions. Pure: used in the browser bench page.
 */
import type { ArticleDraft, EntityCount, MentionKind } from '../../lib/reading-list/types';

/** Small fast seeded PRNG (mulberry32): the same seed gives the same corpus in every browser. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `the of and to a in that is for on it with as was he by at said from his an be has have
are but not this were which its they who had been their will more would after about two also one new
people year over than up out there when into could other last some first what all government years
state president officials minister country police told percent since during people week while against
military people under before those former between told says city north south east west home world
report security election party leader forces trade economy market prices energy war peace talks
meeting summit sanctions border court law vote campaign health hospital school climate weather storm
train missile nuclear weapons army navy troops attack strike protest crowd rally budget tax bank
company workers union jobs oil gas power water food farmers drought flood fire rescue victims
investigation charges trial judge lawyer prison release deal agreement treaty alliance support aid
refugees migrants visit statement spokesman agency news media television newspaper online social
network data technology internet phone computer research scientists study university students
children women men family families community local national international foreign domestic public
private federal regional capital province region island coast river mountain village town streets`.split(/\s+/);

const TAIL_SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'sen', 'tor', 'vel', 'din', 'gar', 'pha', 'quin', 'zo', 'bre', 'cul', 'fen', 'hov', 'jas', 'nem', 'pol', 'str'];

const SITES = ['apnews.com', 'reuters.com', 'news.bbc.co.uk', 'bbc.co.uk', 'bbc.com', 'nytimes.com', 'theguardian.com', 'washingtonpost.com', 'lemonde.fr', 'spiegel.de',
  'aljazeera.com', 'npr.org', 'ft.com', 'economist.com', 'politico.com', 'edition.cnn.com', 'japantimes.co.jp', 'scmp.com', 'abc.net.au', 'cbc.ca'];

const TAGS = ['korea', 'russia', 'ukraine', 'economy', 'climate', 'elections', 'tech', 'science', 'health', 'longread', 'to-cite', 'work', 'europe', 'asia', 'africa',
  'americas', 'middle east', 'sport', 'culture', 'opinion'];

export const ENTITIES: Array<{ id: string; kind: MentionKind; name: string }> = [
  { id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin' },
  { id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un' },
  { id: 'joe-biden', kind: 'person', name: 'Joe Biden' },
  { id: 'xi-jinping', kind: 'person', name: 'Xi Jinping' },
  { id: 'emmanuel-macron', kind: 'person', name: 'Emmanuel Macron' },
  { id: 'olaf-scholz', kind: 'person', name: 'Olaf Scholz' },
  { id: 'ussuriysk', kind: 'place', name: 'Ussuriysk' },
  { id: 'vladivostok', kind: 'place', name: 'Vladivostok' },
  { id: 'pyongyang', kind: 'place', name: 'Pyongyang' },
  { id: 'kyiv', kind: 'place', name: 'Kyiv' },
  { id: 'beijing', kind: 'place', name: 'Beijing' },
  { id: 'brussels', kind: 'place', name: 'Brussels' },
  { id: 'kcna', kind: 'organization', name: 'Korean Central News Agency' },
  { id: 'united-nations', kind: 'organization', name: 'United Nations' },
  { id: 'nato', kind: 'organization', name: 'NATO' },
  { id: 'european-union', kind: 'organization', name: 'European Union' },
  { id: 'un-sanctions', kind: 'topic', name: 'UN sanctions on North Korea' },
  { id: 'climate-change', kind: 'topic', name: 'Climate change' },
  { id: 'inflation', kind: 'topic', name: 'Inflation' },
  { id: 'ukraine-war', kind: 'event', name: 'Russian invasion of Ukraine' },
];

/** Words of the rarer tail: about this many distinct, like a real list's vocabulary. */
const TAIL_SIZE = 40_000;

function tailWord(i: number): string {
  let s = '';
  let x = i + 7;
  do {
    s += TAIL_SYLLABLES[x % TAIL_SYLLABLES.length];
    x = Math.floor(x / TAIL_SYLLABLES.length);
  } while (x > 0);
  return s;
}

/** A Zipf-like index in [0, n): small indexes far more often. */
const zipf = (r: () => number, n: number) => Math.min(n - 1, Math.floor(Math.exp(r() * Math.log(n + 1)) - 1));

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The `i`th article of the corpus with this seed. */
export function corpusDraft(seed: number, i: number, start = Date.UTC(2024, 0, 1)): ArticleDraft {
  const r = rng(seed * 1_000_003 + i);
  const word = () => (r() < 0.82 ? COMMON[zipf(r, COMMON.length)]! : tailWord(zipf(r, TAIL_SIZE)));
  const mentioned = ENTITIES.filter(() => r() < 0.12);
  const paragraphs: string[] = [];
  const words = 150 + Math.floor(r() * 450);
  let sentence: string[] = [];
  let paragraph: string[] = [];
  for (let w = 0; w < words; w++) {
    // Entity names and a recurring phrase appear in the text, as they would in real articles.
    if (mentioned.length && r() < 0.03) sentence.push(mentioned[Math.floor(r() * mentioned.length)]!.name);
    else if (r() < 0.0004) sentence.push('armored train');
    else sentence.push(word());
    if (sentence.length > 8 + r() * 14) {
      paragraph.push(`${cap(sentence.join(' '))}.`);
      sentence = [];
      if (paragraph.length > 2 + r() * 4) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
  }
  if (sentence.length) paragraph.push(`${cap(sentence.join(' '))}.`);
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  const title = [word(), word(), mentioned[0]?.name ?? word(), word(), word(), word()].map(cap).join(' ');
  const site = SITES[zipf(r, SITES.length)]!;
  const tags = TAGS.filter(() => r() < 0.08);
  const mentions: EntityCount[] = mentioned.map((e) => ({ ...e, count: 1 + Math.floor(r() * 6) }));
  const savedAt = start + i * 3_600_000 + Math.floor(r() * 3_000_000);
  return {
    url: `https://${r() < 0.5 ? 'www.' : ''}${site}/${2024 + Math.floor(i / 9000)}/story-${seed}-${i}?utm_source=rss`,
    title,
    byline: `By ${cap(tailWord(i % 997))} ${cap(tailWord((i * 7) % 1009))}`,
    siteName: site,
    excerpt: paragraphs[0]!.slice(0, 200),
    lang: 'en',
    publishedAt: r() < 0.9 ? savedAt - Math.floor(r() * 86_400_000 * 3) : null,
    savedAt,
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    tags,
    state: r() < 0.35 ? 'archived' : 'unread',
    favourite: r() < 0.06,
    progress: r(),
    mentions,
  };
}

/** A Pocket CSV export of `n` rows (`title,url,time_added,cursor,tags,status`), as Pocket wrote it. */
export function pocketCsv(seed: number, n: number): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['title,url,time_added,cursor,tags,status'];
  for (let i = 0; i < n; i++) {
    const d = corpusDraft(seed, i);
    lines.push([q(d.title), q(d.url.replace('story-', 'pocket-')), String(Math.floor(d.savedAt! / 1000)), String(i), q(d.tags!.join('|')), d.state === 'archived' ? 'archive' : 'unread'].join(','));
  }
  return lines.join('\n');
}

/**
 * The query mix: plain words (common and rare), prefixes, phrases, every operator, negations, and
 * sorts. Entity values are entry ids (the bench runs without a glossary resolver).
 */
export const QUERY_MIX: Array<{ q: string; sort?: 'savedAt' | 'publishedAt' | 'title' | 'readingTime' }> = [
  { q: '' },
  { q: '', sort: 'title' },
  { q: 'sanctions' },
  { q: 'the' },
  { q: 'missile nuclear' },
  { q: tailWord(5000) },
  { q: 'sanc' },
  { q: 'elec' },
  { q: 'str', sort: 'title' },
  { q: '"armored train"' },
  { q: '"the government"' },
  { q: 'is:unread' },
  { q: 'is:archived', sort: 'readingTime' },
  { q: 'is:fav' },
  { q: 'tag:korea' },
  { q: 'site:bbc' },
  { q: 'site:apnews.com', sort: 'publishedAt' },
  { q: 'person:vladimir-putin' },
  { q: 'place:ussuriysk' },
  { q: 'org:kcna' },
  { q: 'topic:un-sanctions' },
  { q: 'event:ukraine-war tag:ukraine' },
  { q: '-is:archived' },
  { q: 'sanctions -tag:korea' },
  { q: 'putin -kim' },
  { q: '-"armored train" is:unread' },
  { q: '-site:bbc.co.uk -the' },
  { q: 'person:kim-jong-un place:pyongyang missile', sort: 'publishedAt' },
  { q: 'is:unread tag:longread', sort: 'readingTime' },
  { q: 'climate -is:fav', sort: 'title' },
];
