/**
 * Entity highlights and hover cards in the reader view, from the same parts as on the web: the
 * matcher's mentions located with `locateMentions`, the `HighlightRegistry`, hit-testing with
 * `MentionIndex`, `HoverIntent` timings and the `HoverCard` component in a shadow root styled by
 * the same stylesheets. The reader view is Backstory's own page, so the card's host is simply
 * appended to its body.
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import { t } from '@/components/design/i18n';
import { HoverCard } from '@/components/HoverCard';
import tokensCss from '@/components/design/tokens.css?raw';
import cardCss from '@/components/hover-card.css?raw';
import { locateMentions, type LiveMention } from '@/entrypoints/content/page-model';
import { MentionIndex, rectAt } from '@/lib/highlight/hit-test';
import { DEFAULT_HOVER_TIMINGS, HoverIntent, type HoverTimings } from '@/lib/highlight/hover-intent';
import { HighlightRegistry, highlightsSupported, type HighlightGroup } from '@/lib/highlight/registry';
import { NO_ANSWER, sendToBackground } from '@/lib/client/send';
import type { AnalyseRequest } from '@/lib/messaging/protocol';
import { textOfElement } from '@/lib/reading-list/sanitize';

export interface ReaderCardsOptions {
  /** The article's metadata, sent with the analysis as a page's would be. */
  meta: AnalyseRequest['meta'];
  theme: () => 'light' | 'dark';
  timings?: HoverTimings;
  /** 'first': only each name's first mention is underlined; 'none': no underlines. */
  highlightStyle?: 'all' | 'first' | 'none';
}

export interface ReaderCards {
  mentions: LiveMention[];
  dispose(): void;
  /** Re-renders an open card (theme change). */
  refresh(): void;
}

/** Asks the background's matcher for the mentions in the rendered article, then wires highlights and cards. */
export async function startReaderCards(root: HTMLElement, options: ReaderCardsOptions): Promise<ReaderCards | { error: string }> {
  const { text, segments } = textOfElement(root);
  if (!text.trim()) return { error: t('reader.noText') };
  const request: AnalyseRequest = { type: 'analyse', text: text.slice(0, 2_000_000), meta: options.meta };
  const reply = await sendToBackground(request);
  if (!reply.ok) return { error: reply.error === NO_ANSWER ? t('reader.noAnswer') : reply.error };
  const entries = new Map(reply.entries.map((e) => [e.id, e]));
  let mentions = locateMentions(document, text, segments, reply.mentions, entries);
  if (options.highlightStyle === 'first') {
    const seen = new Set<string>();
    mentions = mentions.filter((m) => {
      const key = m.entry?.id ?? `?${m.surface}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  } else if (options.highlightStyle === 'none') {
    mentions = [];
  }
  return new ReaderCardController(mentions, options);
}

class ReaderCardController implements ReaderCards {
  private readonly registry = new HighlightRegistry();
  private readonly intent: HoverIntent<LiveMention>;
  private readonly index: MentionIndex<LiveMention>;
  private readonly abort = new AbortController();
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private pointer: { x: number; y: number } | null = null;
  private last: { x: number; y: number } | null = null;
  private frame = 0;

  constructor(
    readonly mentions: LiveMention[],
    private readonly options: ReaderCardsOptions,
  ) {
    this.intent = new HoverIntent<LiveMention>({ show: (m) => void this.show(m), hide: () => this.hide() }, options.timings ?? DEFAULT_HOVER_TIMINGS);
    this.index = new MentionIndex(mentions, (m) => m.nodes);
    if (highlightsSupported()) {
      const groups = new Map<HighlightGroup, Range[]>();
      for (const m of mentions) {
        let list = groups.get(m.group);
        if (!list) groups.set(m.group, (list = []));
        list.push(m.range);
      }
      this.registry.setGroups(groups);
    }
    const opts = { capture: true, passive: true, signal: this.abort.signal } as const;
    document.addEventListener('pointermove', this.onMove, opts);
    document.documentElement.addEventListener('pointerleave', () => this.intent.leave(), opts);
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.intent.close()) e.stopPropagation();
      },
      { capture: true, signal: this.abort.signal },
    );
    window.addEventListener('scroll', () => this.place(), opts);
    window.addEventListener('resize', () => this.place(), opts);
  }

  private readonly onMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    if (this.host && event.composedPath().includes(this.host)) {
      this.intent.enterCard();
      return;
    }
    // Hit-testing runs at most once per frame, at the latest position.
    this.last = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.last;
      if (!p) return;
      this.pointer = p;
      this.intent.move(p.x, p.y, this.index.at(document, p.x, p.y));
    });
  };

  private ensureLayer(): HTMLElement {
    if (this.layer) return this.layer;
    const host = document.createElement('backstory-card');
    host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${tokensCss}\n${cardCss}`;
    const layer = document.createElement('div');
    layer.className = 'bs-layer';
    layer.hidden = true;
    layer.addEventListener('pointerenter', () => this.intent.enterCard());
    layer.addEventListener('pointerleave', () => this.intent.leave());
    shadow.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.intent.close();
    });
    shadow.append(style, layer);
    document.body.append(host);
    this.host = host;
    this.layer = layer;
    return layer;
  }

  private show(m: LiveMention): void {
    const layer = this.ensureLayer();
    const theme = this.options.theme();
    render(
      h(HoverCard, {
        entry: m.entry,
        candidates: m.candidates,
        surface: m.surface,
        misspelling: m.mention.misspelling,
        pinned: this.intent.isPinned,
        theme,
        onPin: (pinned: boolean) => {
          this.intent.setPinned(pinned);
          this.show(m);
        },
        onClose: () => this.intent.close(),
      }),
      layer,
    );
    layer.hidden = false;
    this.registry.setActive(m.range);
    this.place();
  }

  refresh(): void {
    if (this.intent.current) this.show(this.intent.current);
  }

  private place(): void {
    const m = this.intent.current;
    const layer = this.layer;
    if (!m || !layer || layer.hidden) return;
    const p = this.pointer;
    const anchor = (p && rectAt(m.range, p.x, p.y)) || m.range.getClientRects()[0] || m.range.getBoundingClientRect();
    void computePosition({ getBoundingClientRect: () => anchor }, layer, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({ padding: 8, apply: ({ availableHeight }) => void (layer.style.maxHeight = `${Math.max(120, availableHeight)}px`) }),
      ],
    }).then(({ x, y }) => {
      layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  }

  private hide(): void {
    this.registry.setActive(null);
    if (!this.layer) return;
    this.layer.hidden = true;
    render(null, this.layer);
  }

  dispose(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    this.intent.dispose();
    this.registry.clear();
    this.host?.remove();
  }
}
