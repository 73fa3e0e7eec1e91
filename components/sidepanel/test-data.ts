/** Shared data for the side panel's component tests. */
import type { TabAnalysis } from '@/lib/background/tab-analysis';
import type { EffectiveEntry } from '@/lib/db/glossary-repo';
import type { EntryKind } from '@/lib/glossary/types';
import type { PageStatus } from '@/lib/messaging/protocol';

export const URL_A = 'https://news.example/article/kim-putin';

export function effective(id: string, kind: EntryKind, name: string, extra: Partial<EffectiveEntry> = {}): EffectiveEntry {
  return {
    id,
    kind,
    name,
    aliases: [name],
    summary: `${name} summary`,
    notes: `${name} first paragraph.\n\n${name} second paragraph.`,
    facts: [{ label: 'Fact', value: `${name} fact` }],
    related: [],
    links: [{ title: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${encodeURIComponent(name)}` }],
    asOf: '2024-12-31',
    origin: 'storyline',
    edited: false,
    ...extra,
  };
}

export const ENTRIES = new Map<string, EffectiveEntry>([
  ['kim-jong-un', effective('kim-jong-un', 'person', 'Kim Jong Un', { related: ['vladimir-putin', 'north-korea'] })],
  ['vladimir-putin', effective('vladimir-putin', 'person', 'Vladimir Putin')],
  ['north-korea', effective('north-korea', 'place', 'North Korea', { coordinates: { lat: 40, lon: 127 } })],
  ['vladivostok', effective('vladivostok', 'place', 'Vladivostok', { coordinates: { lat: 43.12, lon: 131.89 } })],
  ['kcna', effective('kcna', 'organization', 'Korean Central News Agency')],
]);

export const TEXT =
  'North Korea’s Kim Jong Un rolled into Russia to see Vladimir Putin. Kim is expected to seek aid. ' +
  'Many had assumed Kim and Putin would meet in Vladivostok. The Korean Central News Agency said so.';

const at = (s: string, from = 0) => TEXT.indexOf(s, from);

export const RECORD: TabAnalysis = {
  state: 'ready',
  url: URL_A,
  meta: { url: URL_A, title: 'North Korea’s Kim is in Russia to meet Putin', siteName: 'World News Wire', byline: 'Wire Staff', publishedTime: '2023-09-12T06:14:00Z', lang: 'en' },
  textLength: TEXT.length,
  mentions: [
    { entryId: 'north-korea', start: at('North Korea'), end: at('North Korea') + 11 },
    { entryId: 'kim-jong-un', start: at('Kim Jong Un'), end: at('Kim Jong Un') + 11 },
    { entryId: 'vladimir-putin', start: at('Vladimir Putin'), end: at('Vladimir Putin') + 14 },
    { entryId: 'kim-jong-un', start: at('Kim is'), end: at('Kim is') + 3 },
    { entryId: 'kim-jong-un', start: at('Kim and'), end: at('Kim and') + 3 },
    { entryId: 'vladimir-putin', start: at('Putin would'), end: at('Putin would') + 5 },
    { entryId: 'vladivostok', start: at('Vladivostok'), end: at('Vladivostok') + 11 },
    { entryId: 'kcna', start: at('Korean Central'), end: at('Korean Central') + 26 },
  ],
  mentionCount: 8,
  entityIds: ['north-korea', 'kim-jong-un', 'vladimir-putin', 'vladivostok', 'kcna'],
  at: 1,
};

export const STATUS: PageStatus = { host: 'news.example', url: URL_A, enabled: true, state: 'ready', mentionCount: 8, entityCount: 5 };
