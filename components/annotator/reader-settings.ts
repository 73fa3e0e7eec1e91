/**
 * The reader's settings as the content script applies them, live:
 * - hover delay and grace period: one mutable timings object that every HoverIntent reads;
 * - highlight colours: `::highlight()` rules in a constructed stylesheet pushed onto
 *   `document.adoptedStyleSheets` (never a <style> element), only while they differ from the
 *   manifest stylesheet's defaults; the same colours for the private marks, as custom properties
 *   on their layer inside the closed root (`styleMarks`);
 * - highlight style (all / first mention / none) and the card's theme: read at each analysis/card;
 * - what changes matching (kinds, packs, demonyms) or the style: the page is analysed again.
 */
import { DEFAULT_HOVER_TIMINGS, type HoverTimings } from '@/lib/highlight/hover-intent';
import {
  DEFAULT_SETTINGS,
  getSettings,
  highlightRules,
  markColorProperties,
  matchSettingsKey,
  matchSettingsOf,
  normalizeSettings,
  watchSettings,
  type Settings,
} from '@/lib/settings/settings';
import type { LiveMention } from '@/lib/highlight/page-model';
import { presentMentions } from '@/lib/highlight/present';

export class ReaderSettings {
  /** Read by the hover intent at every pointer event: changing it applies at once. */
  readonly timings: HoverTimings = { ...DEFAULT_HOVER_TIMINGS };
  private settings: Settings = { ...DEFAULT_SETTINGS };
  private sheet: CSSStyleSheet | null = null;
  /** The private marks' layer (inside the closed root), coloured as the reader's highlights. */
  private marksLayer: HTMLElement | null = null;

  /** Reads the settings, or takes the stored value already being read (`stored`: what `storage.local` holds under the settings' key). */
  async load(stored?: Promise<unknown>): Promise<void> {
    this.apply(stored ? normalizeSettings(await stored.catch(() => getSettings())) : await getSettings());
  }

  /** Watches the settings; `reanalyse` is called when the mentions or their selection must change. */
  watch(reanalyse: () => void): () => void {
    return watchSettings((next) => {
      const before = this.settings;
      this.apply(next);
      if (matchSettingsKey(matchSettingsOf(before)) !== matchSettingsKey(matchSettingsOf(next)) || before.highlightStyle !== next.highlightStyle) {
        reanalyse();
      }
    });
  }

  /** The card's theme when the reader forced one; null to follow the page. */
  cardTheme(): 'light' | 'dark' | null {
    return this.settings.theme === 'system' ? null : this.settings.theme;
  }

  /** Colours the private marks' layer as the reader's highlights, now and at every change. */
  styleMarks(layer: HTMLElement): void {
    this.marksLayer = layer;
    this.colorMarks();
  }

  /** The mentions to underline and open cards on, by the highlight style. */
  present(mentions: readonly LiveMention[]): LiveMention[] {
    return presentMentions(mentions, this.settings.highlightStyle);
  }

  /** Removes what this object added to the page. */
  dispose(): void {
    this.setColorSheet(null);
  }

  private apply(next: Settings): void {
    this.settings = next;
    this.timings.showDelayMs = next.hoverDelayMs;
    this.timings.graceMs = next.graceMs;
    const custom = Object.entries(next.kindColors).some(([k, c]) => DEFAULT_SETTINGS.kindColors[k as keyof Settings['kindColors']] !== c);
    this.setColorSheet(custom ? highlightRules(next.kindColors) : null);
    this.colorMarks();
  }

  private colorMarks(): void {
    const layer = this.marksLayer;
    if (!layer) return;
    for (const [name, value] of Object.entries(markColorProperties(this.settings.kindColors))) layer.style.setProperty(name, value);
  }

  private setColorSheet(css: string | null): void {
    try {
      const current = [...document.adoptedStyleSheets];
      if (css === null) {
        if (this.sheet) document.adoptedStyleSheets = current.filter((s) => s !== this.sheet);
        this.sheet = null;
        return;
      }
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(css);
        document.adoptedStyleSheets = [...current, this.sheet];
      } else {
        this.sheet.replaceSync(css);
      }
    } catch {
      // No constructable stylesheets here: the manifest stylesheet's default colours stay.
      this.sheet = null;
    }
  }
}
