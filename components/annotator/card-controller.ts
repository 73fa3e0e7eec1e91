/**
 * The card controller: owns the shadow-root UI (created on the first card, so pages without
 * mentions get no UI at all), the hover intent, placement, and the active-mention highlight. The
 * content script, the reader view and the welcome demo each give it their `CardServices`: where
 * sealed entries' texts come from, and what "open in side panel" and a correction do.
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import { HoverCard } from '@/components/HoverCard';
import tokensCss from '@/components/design/tokens.css?raw';
import sharedCss from '@/components/design/shared.css?raw';
import cardCss from '@/components/hover-card.css?raw';
import { rectAt } from '@/lib/highlight/hit-test';
import { DEFAULT_HOVER_TIMINGS, HoverIntent, type HoverTimings } from '@/lib/highlight/hover-intent';
import type { HighlightRegistry } from '@/lib/highlight/registry';
import { PrivateMarks } from '@/lib/highlight/private-marks';
import type { CardEntry } from '@/lib/messaging/protocol';
import type { LiveMention } from '@/lib/highlight/page-model';
import marksCss from './private-marks.css?raw';
import { CardLookups } from '@/components/wikipedia/card-lookups';
import { createShadowUi, type ShadowUi } from './shadow-host';

/** Gap between the mention and the card, and the card's distance from the viewport edge. */
const CARD_OFFSET_PX = 8;
/** Everything inside the shadow root: design tokens, shared rules, the card, the private marks. */
const UI_CSS = `${tokensCss}\n${sharedCss}\n${cardCss}\n${marksCss}`;
const VIEWPORT_PADDING_PX = 8;
export { SHADOW_HOST_NAME } from './shadow-host';

/** Firefox opens a sidebar only from its own controls, never from a click in a page. */
export const FIREFOX_PANEL_NOTE =
  'Firefox opens sidebars only from its own controls: use Backstory’s toolbar button, or Alt+Shift+X. The panel then shows this name.';
const PANEL_REFUSED_NOTE = 'The browser did not open the side panel from here: use Backstory’s toolbar button, or Alt+Shift+X.';

/** What a card needs from where it runs (components/annotator/services.ts has the content script's). */
export interface CardServices {
  /** The texts of sealed entries (at most 20 ids), asked for when the reader opens their card; [] when refused. */
  unseal(ids: string[]): Promise<CardEntry[]>;
  /** "Open in side panel" for an entry; resolves to whether the browser opened it. Absent: no such action. */
  openSidePanel?(entryId: string | null): Promise<boolean>;
  /** Remembers the reader's correction of a name on this site (null: "not this one"). Absent: no corrections. */
  correct?(surface: string, entryId: string | null): void;
}

/** Cards whose entries all came unsealed, without side panel or corrections. */
export const LOCAL_CARD_SERVICES: CardServices = { unseal: () => Promise.resolve([]) };

/** The card's parts inside the shadow root. */
interface CardUi extends ShadowUi {
  layer: HTMLElement;
  live: HTMLElement;
  /** The private marks' layer (names the reader made or looked up). */
  marks: PrivateMarks;
}

/** Reads the page's effective background to choose the card's theme. */
export function pageTheme(doc: Document): 'light' | 'dark' {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) === 0)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((c) => Number(c) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export class CardController {
  readonly intent: HoverIntent<LiveMention>;
  private ui: CardUi | null = null;
  private pointer: { x: number; y: number } | null = null;
  private focusOnOpen = false;
  /** Where focus was before a keyboard-opened card took it; restored when the card closes. */
  private previousFocus: HTMLElement | null = null;
  private disposed = false;
  /** A note under the card's actions, for the mention whose card it belongs to. */
  private panelNote: { mention: LiveMention; text: string } | null = null;
  /** "Look up on Wikipedia" on ambiguous names' cards, created with the first such card. */
  private wikipediaLookups: CardLookups | null = null;
  /**
   * Private entries' texts, asked for when the reader opens their card (a trusted hover, click or
   * key): the analysis gave this page only their ids (protocol.ts `sealForPage`). Cleared on every
   * re-analysis, so an edit shows on the next card.
   */
  private readonly unsealed = new Map<string, CardEntry>();

  constructor(
    private readonly highlights: HighlightRegistry,
    /** Where sealed entries come from, and what the side panel and correction actions do. */
    private readonly services: CardServices,
    /** The reader's settings: live hover timings and a forced card theme (null: follow the page). */
    private readonly prefs: { readonly timings: HoverTimings; cardTheme(): 'light' | 'dark' | null; styleMarks?(layer: HTMLElement): void } | null = null,
    /** An empty host already on the page, to build the UI in instead of a new one. */
    private adopted: ShadowUi | null = null,
  ) {
    this.intent = new HoverIntent<LiveMention>(
      {
        show: (m) => void this.render(m),
        hide: () => this.hide(),
      },
      prefs?.timings ?? DEFAULT_HOVER_TIMINGS,
    );
  }

  /** Each name's look-up on this page; a change re-renders the open card. */
  private lookups(): CardLookups {
    return (this.wikipediaLookups ??= new CardLookups(() => {
      const m = this.intent.current;
      if (m && !this.disposed) void this.render(m);
    }));
  }

  /** The shadow host, once the first card was shown or the page was given its (empty) host. */
  get host(): HTMLElement | null {
    return this.ui?.host ?? this.adopted?.host ?? null;
  }

  /** Records the pointer position used to place the card on the right line of a wrapped mention. */
  setPointer(x: number, y: number): void {
    this.pointer = { x, y };
  }

  /**
   * Puts the (empty) host on the page now: every analysed page gets it, so its presence says nothing about the
   * reader's own names. The card's layers inside it come with the first card or private mark (`ensureUi`): a page
   * where neither comes pays for the host alone.
   */
  ensureHost(): void {
    if (!this.disposed && !this.ui) this.adopted ??= createShadowUi();
  }

  /** Draws the mentions of the reader's own and looked-up names inside the closed root (never in `CSS.highlights`). */
  drawPrivate(mentions: readonly LiveMention[]): void {
    if (this.disposed) return;
    if (mentions.length === 0 && !this.ui) return;
    const ui = this.ensureUi();
    if (mentions.length > 0) ui.style(UI_CSS);
    ui.marks.set(mentions.map((m) => ({ range: m.range, group: m.group })));
  }

  /** Marks the mention whose card is open (or revealed from the side panel): privately when its name is private. */
  markActive(m: LiveMention | null): void {
    const secret = !!m?.privateName;
    this.highlights.setActive(m && !secret ? m.range : null);
    this.ui?.marks.setActive(m && secret ? m.range : null);
  }

  /** Opens a mention's card at once (keyboard), focusing it so Tab and Escape work. */
  openFromKeyboard(m: LiveMention): void {
    this.pointer = null;
    this.focusOnOpen = true;
    this.intent.open(m);
  }

  /** Re-renders the open card (the theme changed). */
  refresh(): void {
    const m = this.intent.current;
    if (m && !this.disposed) void this.render(m);
  }

  /** Re-places the open card (scroll, resize). */
  reposition(): void {
    const m = this.intent.current;
    if (m && this.ui) void this.place(m, this.ui.layer);
  }

  /**
   * The page was analysed again and the article is the same: points the open or pending card at the
   * new analysis' mention at the same place (closing it if that mention is gone) instead of dropping it.
   */
  retarget(mentions: readonly LiveMention[]): void {
    this.unsealed.clear();
    const byPlace = new Map(mentions.map((m) => [`${m.mention.start}:${m.mention.end}`, m]));
    const successor = (m: LiveMention) => byPlace.get(`${m.mention.start}:${m.mention.end}`) ?? null;
    const before = this.intent.current;
    this.intent.retarget(successor);
    const note = this.panelNote;
    const noted = note && successor(note.mention);
    this.panelNote = noted ? { mention: noted, text: note.text } : null;
    const now = this.intent.current;
    if (now && now !== before) void this.render(now);
  }

  dispose(): void {
    // Closing first hands focus back to where it was if the card held it.
    this.intent.close();
    this.disposed = true;
    this.wikipediaLookups?.dispose();
    this.intent.dispose();
    this.highlights.setActive(null);
    this.ui?.marks.dispose();
    this.ui?.remove();
    this.ui = null;
    this.adopted?.remove();
    this.adopted = null;
    this.unsealed.clear();
  }

  /** Creates the shadow host on first use: pages where no card is ever shown get no UI at all. */
  private ensureUi(): CardUi {
    if (this.ui) return this.ui;
    // The host the gate made when this page's first analysis found nothing to show, if any: the page
    // sees one host all along (entrypoints/content/gate.ts).
    const base = this.adopted ?? createShadowUi();
    this.adopted = null;
    const marksLayer = document.createElement('div');
    marksLayer.className = 'bs-marks';
    marksLayer.setAttribute('aria-hidden', 'true');
    // The reader's highlight colours, live (reader-settings.ts).
    this.prefs?.styleMarks?.(marksLayer);
    const layer = document.createElement('div');
    layer.className = 'bs-layer';
    layer.hidden = true;
    const live = document.createElement('div');
    live.className = 'bs-sr-only';
    live.setAttribute('aria-live', 'polite');
    base.shadow.append(marksLayer, layer, live);
    // Only the browser's own events count: a page script cannot keep a card open or close it.
    layer.addEventListener('pointerenter', (event) => event.isTrusted && this.intent.enterCard());
    layer.addEventListener('pointerleave', (event) => event.isTrusted && this.intent.leave());
    // Key events inside the card stay in the shadow root, so Escape is handled here.
    base.shadow.addEventListener('keydown', (event) => {
      if (event.isTrusted && (event as KeyboardEvent).key === 'Escape') this.intent.close();
    });
    this.ui = { ...base, layer, live, marks: new PrivateMarks(marksLayer) };
    return this.ui;
  }

  /**
   * The card's entries with their private texts: sealed ones are asked for now, when the reader
   * has opened the card (this runs only from a trusted hover, click or key, or the keyboard
   * command). A refusal leaves the sealed entry, shown under the article's own words.
   */
  private async unseal(m: LiveMention): Promise<{ entry: CardEntry | null; candidates: CardEntry[] }> {
    const sealed = [m.entry, ...m.candidates].filter((e): e is CardEntry => !!e?.sealed && !this.unsealed.has(e.id));
    if (sealed.length > 0) {
      const entries = await this.services.unseal([...new Set(sealed.map((e) => e.id))].slice(0, 20)).catch(() => []);
      for (const e of entries) this.unsealed.set(e.id, e);
    }
    const open = (e: CardEntry): CardEntry => (e.sealed ? (this.unsealed.get(e.id) ?? { ...e, name: m.surface }) : e);
    return { entry: m.entry && open(m.entry), candidates: m.candidates.map(open) };
  }

  private async render(m: LiveMention): Promise<void> {
    if (this.disposed || this.intent.current !== m) return;
    const { entry, candidates } = await this.unseal(m);
    if (this.disposed || this.intent.current !== m) return;
    const ui = this.ensureUi();
    ui.style(UI_CSS);
    const layer = ui.layer;
    const theme = this.prefs?.cardTheme() ?? pageTheme(document);
    const correct = this.services.correct;
    render(
      h(HoverCard, {
        entry,
        candidates,
        surface: m.surface,
        misspelling: m.mention.misspelling,
        pinned: this.intent.isPinned,
        theme,
        onPin: (pinned: boolean) => {
          this.intent.setPinned(pinned);
          void this.render(m);
        },
        onClose: () => this.intent.close(),
        wikipedia: m.entry ? undefined : this.lookups().props(m.surface),
        ...(m.entry && this.services.openSidePanel ? { onOpenPanel: () => this.openPanel(m), panelNote: this.panelNote?.mention === m ? this.panelNote.text : null } : {}),
        // Corrections are remembered for this site; the page re-analyses when they change. HoverCard
        // calls these for the reader's own (trusted) clicks only; checked again here.
        onChoose: correct
          ? (entryId: string, event: Event) => {
              if (!event.isTrusted) return;
              this.intent.close();
              correct(m.surface, entryId);
            }
          : undefined,
        onReject:
          m.entry && correct
            ? (event: Event) => {
                if (!event.isTrusted) return;
                this.intent.close();
                correct(m.surface, null);
              }
            : undefined,
      }),
      layer,
    );
    layer.hidden = false;
    this.markActive(m);
    const live = ui.live;
    const announcement = entry ? `${entry.name}: ${entry.summary}` : `${m.surface}: ambiguous name`;
    // Re-rendering the same card (pinning, a re-analysis) must not announce it again.
    if (live.textContent !== announcement) live.textContent = announcement;
    await this.place(m, layer);
    if (this.focusOnOpen) {
      this.focusOnOpen = false;
      const card = layer.querySelector<HTMLElement>('.bs-card');
      if (card) {
        this.previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        card.tabIndex = -1;
        card.focus({ preventScroll: true });
      }
    }
  }

  /**
   * "Open in side panel". The message is sent inside the click, so Chrome's background can open the
   * panel with the click's user gesture; the panel then selects this entry. Firefox cannot open a
   * sidebar from a page click: the card says how to open it, and an open sidebar still selects the entry.
   */
  private openPanel(m: LiveMention): void {
    const sent = this.services.openSidePanel?.(m.entry?.id ?? null) ?? Promise.resolve(false);
    if (import.meta.env.FIREFOX) {
      this.panelNote = { mention: m, text: FIREFOX_PANEL_NOTE };
      void this.render(m);
    }
    void sent
      .catch(() => false)
      .then((opened) => {
        if (import.meta.env.FIREFOX || opened) return;
        this.panelNote = { mention: m, text: PANEL_REFUSED_NOTE };
        void this.render(m);
      });
  }

  private async place(m: LiveMention, layer: HTMLElement | null): Promise<void> {
    if (!layer) return;
    const rects = m.range.getClientRects();
    const p = this.pointer;
    const anchorRect = (p && rectAt(m.range, p.x, p.y)) || rects[0] || m.range.getBoundingClientRect();
    const reference = { getBoundingClientRect: () => anchorRect };
    const { x, y } = await computePosition(reference, layer, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(CARD_OFFSET_PX),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply: ({ availableHeight }) => {
            layer.style.maxHeight = `${Math.max(120, availableHeight)}px`;
          },
        }),
      ],
    });
    layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  private hide(): void {
    this.markActive(null);
    const layer = this.ui?.layer;
    if (!layer) return;
    const hadFocus = !!this.ui?.shadow.activeElement;
    layer.hidden = true;
    render(null, layer);
    if (hadFocus) {
      if (this.previousFocus?.isConnected) this.previousFocus.focus({ preventScroll: true });
      else this.ui?.host.blur();
    }
    this.previousFocus = null;
  }
}
