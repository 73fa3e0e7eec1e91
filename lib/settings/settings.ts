/**
 * The reader's settings, in one `storage.local` item watched by every context (content scripts,
 * the background, extension pages), so a change applies at once without a reload.
 *
 * `normalizeSettings` is the only way a stored or imported value becomes `Settings`: unknown keys
 * are dropped, missing ones take their default, numbers are clamped. An old or hand-edited value
 * can therefore never break a page.
 */
import { storedItem } from './stored-item';
import { ENTRY_KINDS, type EntryKind } from '../glossary/types';
import type { HighlightStyle } from '../highlight/present';

export type { HighlightStyle };
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  /** Pointer rest before a card opens. */
  hoverDelayMs: number;
  /** How long a card stays after the pointer leaves it. */
  graceMs: number;
  /** Which mentions are underlined (and open cards): every one, the first of each name, or none. */
  highlightStyle: HighlightStyle;
  /** Underline colour per kind, `#rrggbb`. */
  kindColors: Record<EntryKind, string>;
  /** Kinds switched off are not matched at all. */
  disabledKinds: EntryKind[];
  /** Packs switched off (pack ids; `user` for the reader's own entries). */
  disabledPacks: string[];
  /** Whether "Russian" counts as a mention of Russia. */
  demonyms: boolean;
  /** Theme of the extension's pages and of the card ("system": pages follow the OS, the card the page). */
  theme: ThemeChoice;
  /** "Look up on Wikipedia" for names the glossary lacks. Off: no action, no request, and the host permission is given back. */
  wikipediaLookups: boolean;
  /** Look names up in the article's own language edition (English when off, or when the article's language is unknown). */
  wikipediaArticleLanguage: boolean;
}

export const HOVER_DELAY_RANGE = { min: 100, max: 2000, step: 50 } as const;
export const GRACE_RANGE = { min: 100, max: 2000, step: 50 } as const;

/** The underline colours of the original stylesheet, as hex (drawn at 85 % opacity). */
export const DEFAULT_KIND_COLORS: Readonly<Record<EntryKind, string>> = {
  person: '#3b82f6',
  place: '#10a36e',
  organization: '#ea7218',
  topic: '#a855f7',
  event: '#db2777',
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hoverDelayMs: 400,
  graceMs: 300,
  highlightStyle: 'all',
  kindColors: { ...DEFAULT_KIND_COLORS },
  disabledKinds: [],
  disabledPacks: [],
  demonyms: true,
  theme: 'system',
  wikipediaLookups: true,
  wikipediaArticleLanguage: true,
});

const HEX = /^#[0-9a-f]{6}$/i;

function clampNumber(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.round(Math.min(range.max, Math.max(range.min, value)));
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function stringList(value: unknown, max = 200): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= max))];
}

/** Turns any value (stored, imported, partial) into complete, valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const colors = (typeof r.kindColors === 'object' && r.kindColors !== null ? r.kindColors : {}) as Record<string, unknown>;
  const kindColors = Object.fromEntries(
    ENTRY_KINDS.map((k) => {
      const c = colors[k];
      return [k, typeof c === 'string' && HEX.test(c) ? c.toLowerCase() : DEFAULT_KIND_COLORS[k]];
    }),
  ) as Record<EntryKind, string>;
  return {
    hoverDelayMs: clampNumber(r.hoverDelayMs, HOVER_DELAY_RANGE, DEFAULT_SETTINGS.hoverDelayMs),
    graceMs: clampNumber(r.graceMs, GRACE_RANGE, DEFAULT_SETTINGS.graceMs),
    highlightStyle: pick(r.highlightStyle, ['all', 'first', 'none'] as const, DEFAULT_SETTINGS.highlightStyle),
    kindColors,
    disabledKinds: stringList(r.disabledKinds).filter((k): k is EntryKind => (ENTRY_KINDS as readonly string[]).includes(k)),
    disabledPacks: stringList(r.disabledPacks),
    demonyms: typeof r.demonyms === 'boolean' ? r.demonyms : DEFAULT_SETTINGS.demonyms,
    theme: pick(r.theme, ['system', 'light', 'dark'] as const, DEFAULT_SETTINGS.theme),
    wikipediaLookups: typeof r.wikipediaLookups === 'boolean' ? r.wikipediaLookups : DEFAULT_SETTINGS.wikipediaLookups,
    wikipediaArticleLanguage: typeof r.wikipediaArticleLanguage === 'boolean' ? r.wikipediaArticleLanguage : DEFAULT_SETTINGS.wikipediaArticleLanguage,
  };
}

export const settingsItem = storedItem<Settings>('local:settings', normalizeSettings(DEFAULT_SETTINGS));

/** The current settings, always complete and valid. */
export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Changes some settings; the rest stay as they are. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `cb` with complete settings whenever they change. Returns the unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(normalizeSettings(value)));
}

/** What the matcher is compiled with: a change here needs a new analysis, not just a repaint. */
export interface MatchSettings {
  demonyms: boolean;
  disabledKinds: EntryKind[];
  disabledPacks: string[];
}

export function matchSettingsOf(s: Settings): MatchSettings {
  return { demonyms: s.demonyms, disabledKinds: [...s.disabledKinds].sort(), disabledPacks: [...s.disabledPacks].sort() };
}

/** A stable key of the match settings, for caches. */
export function matchSettingsKey(s: MatchSettings): string {
  return JSON.stringify([s.demonyms, [...s.disabledKinds].sort(), [...s.disabledPacks].sort()]);
}

/** `#rrggbb` to the underline colour the page draws (85 % opacity, as the original stylesheet). */
export function underlineColor(hex: string, alpha = 0.85): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The `::highlight()` rules for the reader's colours (applied through `document.adoptedStyleSheets`). */
export function highlightRules(colors: Readonly<Record<EntryKind, string>>): string {
  return ENTRY_KINDS.map((k) => `::highlight(backstory-${k}) { text-decoration: underline 2px ${underlineColor(colors[k])}; }`).join('\n');
}

/**
 * The private marks' colours for the reader's colours (the same as their `::highlight()` rules): CSS
 * custom properties set on the marks' layer inside the card's closed root, which the marks'
 * stylesheet reads (components/annotator/private-marks.css). Properties, not a stylesheet: a page's
 * Content-Security-Policy cannot block them.
 */
export function markColorProperties(colors: Readonly<Record<EntryKind, string>>): Record<string, string> {
  return Object.fromEntries(ENTRY_KINDS.map((k) => [`--bs-mark-${k}`, underlineColor(colors[k])]));
}
