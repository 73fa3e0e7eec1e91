/**
 * The side panel's two tabs: the current article's X-Ray, and the reading list. Both stay mounted
 * so switching keeps each one's place; arrow keys move between the tabs (WAI-ARIA tabs pattern).
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReadingListView } from '@/components/reading-list/ReadingListView';

type Tab = 'article' | 'list';
const TABS: ReadonlyArray<{ id: Tab; label: string }> = [
  { id: 'article', label: 'This article' },
  { id: 'list', label: 'Reading list' },
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
      <div class="sp-tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`sp-tab-${t.id}`}
            class="sp-tab"
            aria-selected={tab === t.id}
            aria-controls={`sp-tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
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
