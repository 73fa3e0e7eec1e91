/**
 * The side panel (Chrome `side_panel`, Firefox `sidebar_action`): an X-Ray of the article in the
 * current tab. This component gathers the data (data.ts) and performs the actions; PanelView draws.
 */
import { Component, type ComponentChildren } from 'preact';
import { t } from '@/components/design/i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { stores } from '@/lib/db/stores';
import type { GlossaryEntry } from '@/lib/glossary/types';
import type { EntityOrder } from '@/lib/sidepanel/entities';
import { findOtherNames, foldForCompare, type OtherName } from '@/lib/sidepanel/other-names';
import { setSiteEnabled } from '@/lib/sites/site-settings';
import {
  askTab,
  entityOrder,
  useArticleText,
  useEntries,
  useKnownNames,
  usePageStatus,
  usePanelFocus,
  useTabRecord,
  useTargetTab,
} from './data';
import type { EntryDraft } from './OtherNames';
import { PanelView, type PanelActions, type PanelViewProps } from './PanelView';

/** A new reader entry from the editor's draft (the store gives it its id). */
export function draftToEntry(draft: EntryDraft, now = Date.now()): Omit<GlossaryEntry, 'id' | 'origin'> {
  const aliases = [...new Set([draft.name, ...draft.aliases].map((a) => a.trim()).filter(Boolean))];
  return {
    kind: draft.kind,
    name: draft.name,
    aliases,
    summary: draft.summary || t('sidepanel.addedSummary'),
    notes: draft.notes,
    facts: [],
    related: [],
    links: [],
    asOf: new Date(now).toISOString().slice(0, 10),
  };
}

export function SidePanelApp() {
  const tabId = useTargetTab();
  const record = useTabRecord(tabId);
  const status = usePageStatus(tabId, record?.at);
  const focus = usePanelFocus(tabId);
  const ids = useMemo(() => record?.entityIds ?? [], [record?.at, record?.entityIds.join(',')]);
  const entries = useEntries(ids);
  const article = useArticleText(tabId, record);
  const text = article?.ok ? article.text : null;
  const known = useKnownNames(foldForCompare);
  const [order, setOrder] = useState<EntityOrder>('first');

  useEffect(() => {
    void entityOrder.getValue().then(setOrder);
    return entityOrder.watch((o) => setOrder(o ?? 'first'));
  }, []);

  // Other names: tagging a long article takes a moment, so it runs after the list is drawn.
  const [otherNames, setOtherNames] = useState<OtherName[] | null>(null);
  useEffect(() => {
    setOtherNames(null);
    if (text === null || !known || !record) return;
    const timer = setTimeout(() => {
      try {
        setOtherNames(findOtherNames(text, { known: record.mentions, isKnownName: (n) => known.has(n) }));
      } catch (error) {
        console.error('Backstory side panel: finding other names failed', error);
        setOtherNames([]);
      }
    }, 50);
    return () => clearTimeout(timer);
  }, [text, known, record?.at]);

  const actions: PanelActions = {
    reveal(start) {
      if (tabId == null) return;
      void askTab(tabId, { type: 'reveal-mention', start });
    },
    analyseAnyway() {
      if (tabId != null) void askTab(tabId, { type: 'analyse-anyway' });
    },
    enableSite(host) {
      void setSiteEnabled(host, true);
    },
    async saveNotes(id, notes) {
      await stores().glossary.saveEdit(id, { userNotes: notes });
    },
    async addEntry(draft) {
      // The store announces the change: open pages analyse again (this one included), so the new name is underlined at once.
      await stores().glossary.add(draftToEntry(draft));
    },
    setOrder(o) {
      setOrder(o);
      void entityOrder.setValue(o);
    },
  };

  const view: PanelViewProps = { tabId, record, status, entries, text, otherNames, order, focus, actions };
  return <PanelView {...view} />;
}

/** Keeps a rendering error from leaving a blank panel. */
export class PanelErrorBoundary extends Component<{ children: ComponentChildren }, { error: string | null }> {
  override state = { error: null as string | null };

  override componentDidCatch(error: unknown): void {
    console.error('Backstory side panel failed', error);
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    if (this.state.error) {
      return (
        <section class="sp-state" data-state="error" role="alert">
          <h1 class="sp-state-title">{t('sidepanel.failed')}</h1>
          <p class="sp-error">{this.state.error}</p>
          <button type="button" class="sp-button sp-button-primary" onClick={() => location.reload()}>
            {t('sidepanel.reloadPanel')}
          </button>
        </section>
      );
    }
    return this.props.children;
  }
}
