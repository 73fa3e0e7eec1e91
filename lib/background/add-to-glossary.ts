/**
 * The context-menu item "Add to Backstory glossary" on a selection: opens the Glossary page's
 * editor prefilled with the selected words as the name and, when the page's content script can
 * tell, the sentence they came from as context.
 */
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/i18n';
import { SELECTION_CONTEXT_MESSAGE } from '../glossary-io/sentence';
import { sendToTab } from '../client/send';
import { addMenuItem, type MenuItem } from './context-menus';

/** The Glossary page route of the prefilled editor (also used by the side panel's "Add to glossary"). */
export function newEntryUrl(name: string, context?: string): string {
  const params = new URLSearchParams({ name: name.trim().slice(0, 200) });
  if (context) params.set('context', context.trim().slice(0, 1000));
  return `/options.html#glossary/new?${params.toString()}`;
}

export function registerAddToGlossary(): void {
  addMenuItem({
    id: 'backstory-add-to-glossary',
    title: t('menu.addToGlossary'),
    contexts: ['selection'] as unknown as MenuItem['contexts'],
    async onClick(info, tab) {
      const name = (info.selectionText ?? '').replace(/\s+/g, ' ').trim();
      if (!name) return;
      let context: string | undefined;
      if (tab?.id !== undefined && tab.id >= 0) {
        const reply = await sendToTab(tab.id, { type: SELECTION_CONTEXT_MESSAGE }, { frameId: info.frameId ?? 0 });
        if (typeof reply?.sentence === 'string') context = reply.sentence;
      }
      await browser.tabs.create({ url: browser.runtime.getURL(newEntryUrl(name, context) as '/options.html'), index: tab?.index !== undefined ? tab.index + 1 : undefined });
    },
  });
}
