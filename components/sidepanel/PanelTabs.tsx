/**
 * The side panel's two tabs: the current article's X-Ray, and the reading list. Both stay mounted
 * so switching keeps each one's place; arrow keys move between the tabs (WAI-ARIA tabs pattern).
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/components/design/i18n';
import { ReadingListView } from '@/components/reading-list/ReadingListView';

type Tab = 'article' | 'list';
const TABS: ReadonlyArray<{ id: Tab; label: () => string }> = [
  { id: 'article', label: () => t('sidepanel.tabs.article') },
  { id: 'list', label: () => t('sidepanel.tabs.list') },
];

/** Opens a saved article in the reader view, in a new tab beside the page. */
function openInReader(id: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}` as '/reader.html') });
}

export function PanelTabs(props: { children: ComponentChildren; initial?: Tab }) {
  const [tab, setTab] = useState<Tab>(props.initial ?? 'article');
  const buttons = useRef<Record<Tab, HTMLButtonElement | null>>({ article: null, list: null });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next: Tab = tab === 'article' ? 'list' : 'article';
    setTab(next);
    buttons.current[next]?.focus();
    event.preventDefault();
  };

  return (
    <>
      <div class="sp-tabs" role="tablist" aria-label={t('sidepanel.tabs.label')} onKeyDown={onKeyDown}>
        {TABS.map((item) => (
          <button
            key={item.id}
            ref={(el) => {
              buttons.current[item.id] = el;
            }}
            type="button"
            role="tab"
            id={`sp-tab-${item.id}`}
            class="sp-tab"
            aria-selected={tab === item.id}
            aria-controls={`sp-tabpanel-${item.id}`}
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => setTab(item.id)}
          >
            {item.label()}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="sp-tabpanel-article" aria-labelledby="sp-tab-article" hidden={tab !== 'article'}>
        {props.children}
      </div>
      <div role="tabpanel" id="sp-tabpanel-list" aria-labelledby="sp-tab-list" hidden={tab !== 'list'}>
        {tab === 'list' && <ReadingListView compact onOpen={openInReader} />}
      </div>
    </>
  );
}
