/** The reader view's typography and theme, remembered in `storage.local` and applied live. */
import { storedItem } from './stored-item';

export type ReaderFont = 'serif' | 'sans' | 'mono';
export type ReaderWidth = 'narrow' | 'medium' | 'wide';
export type ReaderTheme = 'light' | 'sepia' | 'dark';

export interface ReaderPrefs {
  font: ReaderFont;
  /** Text size in pixels. */
  size: number;
  width: ReaderWidth;
  lineHeight: number;
  /** null: follow the extension's theme setting (light or dark). */
  theme: ReaderTheme | null;
  /** Load the article's remote images. Off by default: opening an article makes no network request. */
  images: boolean;
}

export const SIZE_RANGE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.2, max: 2.2, step: 0.1 } as const;

export const DEFAULT_READER_PREFS: Readonly<ReaderPrefs> = Object.freeze({ font: 'serif', size: 19, width: 'medium', lineHeight: 1.6, theme: null, images: false });

const clamp = (n: unknown, r: { min: number; max: number }, d: number) => (typeof n === 'number' && Number.isFinite(n) ? Math.min(r.max, Math.max(r.min, n)) : d);
const pick = <T extends string>(v: unknown, allowed: readonly T[], d: T): T => (allowed.includes(v as T) ? (v as T) : d);

/** Any stored value to valid prefs. */
export function normalizeReaderPrefs(raw: unknown): ReaderPrefs {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_READER_PREFS;
  return {
    font: pick(r.font, ['serif', 'sans', 'mono'], d.font),
    size: Math.round(clamp(r.size, SIZE_RANGE, d.size)),
    width: pick(r.width, ['narrow', 'medium', 'wide'], d.width),
    lineHeight: Math.round(clamp(r.lineHeight, LINE_HEIGHT_RANGE, d.lineHeight) * 10) / 10,
    theme: r.theme === null || r.theme === undefined ? null : pick<ReaderTheme>(r.theme, ['light', 'sepia', 'dark'], 'light'),
    images: r.images === true,
  };
}

export const readerPrefsItem = storedItem<ReaderPrefs>('local:readerViewPrefs', { ...DEFAULT_READER_PREFS });
