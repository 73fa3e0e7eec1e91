/**
 * Entity highlights and hover cards in the reader view, from the same annotator as on the web
 * (components/annotator/): the background's matcher finds the mentions in the rendered article,
 * `locateMentions` turns them into ranges, and the annotator underlines them and opens the same
 * card in the same closed shadow root. The reader view is Backstory's own page: its analysis comes
 * back unsealed, so the cards need nothing more from the background.
 */
import { t } from '@/components/design/i18n';
import { createAnnotator } from '@/components/annotator/annotator';
import { LOCAL_CARD_SERVICES } from '@/components/annotator/card-controller';
import { DEFAULT_HOVER_TIMINGS, type HoverTimings } from '@/lib/highlight/hover-intent';
import { locateMentions, type LiveMention } from '@/lib/highlight/page-model';
import { presentMentions, type HighlightStyle } from '@/lib/highlight/present';
import { NO_ANSWER, sendToBackground } from '@/lib/client/send';
import type { AnalyseRequest } from '@/lib/messaging/protocol';
import { textOfElement } from '@/lib/reading-list/sanitize';

export interface ReaderCardsOptions {
  /** The article's metadata, sent with the analysis as a page's would be. */
  meta: AnalyseRequest['meta'];
  theme: () => 'light' | 'dark';
  timings?: HoverTimings;
  /** 'first': only each name's first mention is underlined; 'none': no underlines. */
  highlightStyle?: HighlightStyle;
}

export interface ReaderCards {
  mentions: LiveMention[];
  dispose(): void;
  /** Re-renders an open card (theme change). */
  refresh(): void;
}

/** Asks the background's matcher for the mentions in the rendered article, then shows them with the annotator. */
export async function startReaderCards(root: HTMLElement, options: ReaderCardsOptions): Promise<ReaderCards | { error: string }> {
  const { text, segments } = textOfElement(root);
  if (!text.trim()) return { error: t('reader.noText') };
  const request: AnalyseRequest = { type: 'analyse', text: text.slice(0, 2_000_000), meta: options.meta };
  const reply = await sendToBackground(request);
  if (!reply.ok) return { error: reply.error === NO_ANSWER ? t('reader.noAnswer') : reply.error };
  const entries = new Map(reply.entries.map((e) => [e.id, e]));
  const mentions = presentMentions(locateMentions(document, text, segments, reply.mentions, entries), options.highlightStyle ?? 'all');
  const annotator = createAnnotator({
    prefs: { timings: options.timings ?? DEFAULT_HOVER_TIMINGS, cardTheme: options.theme },
    services: LOCAL_CARD_SERVICES,
  });
  annotator.show({ mentions, entries });
  return {
    mentions,
    dispose: () => annotator.dispose(),
    refresh: () => annotator.cards?.refresh(),
  };
}
