// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabAnalysis } from '@/lib/background/tab-analysis';
import { PanelView, type PanelActions, type PanelViewProps } from './PanelView';
import { ENTRIES, RECORD, STATUS, TEXT } from './test-data';

let root: HTMLElement;
function actions(): PanelActions {
  return {
    reveal: vi.fn(),
    analyseAnyway: vi.fn(),
    enableSite: vi.fn(),
    saveNotes: vi.fn(async () => undefined),
    addEntry: vi.fn(async () => undefined),
    setOrder: vi.fn(),
  };
}
function mount(props: Partial<PanelViewProps> = {}) {
  root ??= document.createElement('div');
  document.body.append(root);
  const a = props.actions ?? actions();
  act(() => {
    render(
      <PanelView tabId={7} record={RECORD} status={STATUS} entries={ENTRIES} text={TEXT} otherNames={[]} order="first" focus={null} {...props} actions={a} />,
      root,
    );
  });
  return a;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const q = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const all = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

describe('PanelView: the article', () => {
  it('heads the panel with title, site, date, byline, reading time and the number of names', () => {
    mount();
    expect(q('.sp-title')?.textContent).toBe('North Korea’s Kim is in Russia to meet Putin');
    expect(q('.sp-source')?.textContent).toMatch(/^World News Wire · (12 Sept? 2023|Sept? 12, 2023)$/); // the date in the browser’s locale
    expect(q('.sp-byline')?.textContent).toBe('By Wire Staff');
    expect(q('.sp-meta-row')?.textContent).toContain('1 min read');
    expect(q('.sp-meta-row')?.textContent).toContain('5 names');
  });

  it('groups names by kind with their counts and one tick per mention', () => {
    mount();
    expect(all('.sp-group-title').map((h) => h.textContent)).toEqual(['People 2', 'Places 2', 'Organisations 1']);
    const kim = q('[data-entity-row="kim-jong-un"]')!;
    expect(kim.querySelector('.sp-count')?.textContent).toBe('3');
    expect(kim.querySelectorAll('.sp-tick')).toHaveLength(3);
    expect(all('.sp-tick')).toHaveLength(RECORD.mentions.length);
  });

  it('orders by first mention, or by frequency when the reader chooses it', () => {
    const a = mount();
    expect(all('[data-kind="person"] .sp-entity-label').map((e) => e.textContent)).toEqual(['Kim Jong Un', 'Vladimir Putin']);
    const byFreq = all('.sp-order-option').find((b) => b.textContent === 'Most mentioned')!;
    expect(byFreq.getAttribute('aria-checked')).toBe('false');
    byFreq.click();
    expect(a.setOrder).toHaveBeenCalledWith('frequency');
  });

  it('reveals a mention when its tick is clicked', () => {
    const a = mount();
    q('[data-entity-row="vladimir-putin"] .sp-tick')!.click();
    expect(a.reveal).toHaveBeenCalledWith(RECORD.mentions[2]!.start);
  });

  it('moves between names with the arrow keys', () => {
    mount();
    const names = all('.sp-entity-name');
    names[0]!.focus();
    act(() => {
      names[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(names[1]);
  });

  it('opens an entity: notes, facts, related names, links, its strip, and back', () => {
    mount();
    act(() => q('[data-entity="kim-jong-un"]')!.click());
    expect(q('.sp-detail-title')?.textContent).toBe('Kim Jong Un');
    expect(document.activeElement).toBe(q('.sp-detail-title'));
    expect(all('.sp-notes').map((p) => p.textContent)).toEqual(['Kim Jong Un first paragraph.', 'Kim Jong Un second paragraph.']);
    expect(q('.sp-facts')?.textContent).toContain('Kim Jong Un fact');
    expect(all('.sp-chip').map((c) => c.textContent)).toEqual(['Vladimir Putin', 'North Korea']);
    expect(q('.sp-detail .sp-strip')?.querySelectorAll('.sp-tick')).toHaveLength(3);
    expect(q<HTMLAnchorElement>('.sp-link')?.getAttribute('rel')).toContain('noopener');
    act(() => all('.sp-chip')[0]!.click());
    expect(q('.sp-detail-title')?.textContent).toBe('Vladimir Putin');
    act(() => q('.sp-back')!.click());
    expect(q('.sp-detail')).toBeNull();
    expect(document.activeElement?.getAttribute('data-entity')).toBe('vladimir-putin');
  });

  it('draws a locator map with a marker for a city', async () => {
    mount();
    act(() => q('[data-entity="vladivostok"]')!.click());
    await vi.waitFor(() => expect(q('.sp-map svg')).not.toBeNull(), { timeout: 5000 });
    expect(q('.sp-map svg')!.getAttribute('aria-label')).toBe('Map: Vladivostok, 43.12° N, 131.89° E, in Russia');
    expect(q('.sp-map-marker')).not.toBeNull();
    expect(all('.sp-map-land').length).toBeGreaterThan(3);
  });

  it('edits the reader’s own notes in place', async () => {
    const a = mount();
    act(() => q('[data-entity="kcna"]')!.click());
    act(() => all('.sp-user-notes button').find((b) => b.textContent === 'Add a note')!.click());
    const area = q<HTMLTextAreaElement>('.sp-user-notes textarea')!;
    act(() => {
      area.value = 'State mouthpiece.';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      q<HTMLFormElement>('.sp-user-notes form')!.requestSubmit();
    });
    expect(a.saveNotes).toHaveBeenCalledWith('kcna', 'State mouthpiece.');
    expect(q('.sp-user-notes')?.textContent).toContain('Note saved.');
  });

  it('selects the entity a card asked for', () => {
    mount({ focus: { entryId: 'vladimir-putin', at: Date.now() } });
    expect(q('.sp-detail-title')?.textContent).toBe('Vladimir Putin');
  });

  it('lists unresolved names with their readings', () => {
    const record: TabAnalysis = { ...RECORD, mentions: [...RECORD.mentions, { entryId: null, start: 0, end: 5, candidates: ['kim-jong-un', 'vladimir-putin'] }] };
    mount({ record });
    expect(q('[data-kind="ambiguous"] .sp-readings')?.textContent).toBe('Could be Kim Jong Un or Vladimir Putin');
  });
});

describe('PanelView: states, never blank', () => {
  it.each([
    ['loading', { tabId: undefined, record: undefined, status: undefined }, 'Backstory'],
    ['no tab', { tabId: null, record: null, status: null }, 'No page'],
    ['no content script', { record: null, status: null }, 'Backstory does not run here'],
    ['working', { record: null, status: { ...STATUS, state: 'working' as const } }, 'Reading the article…'],
    ['too large', { record: null, status: { ...STATUS, state: 'too-large' as const } }, 'Page too large'],
  ])('%s', (_, props, title) => {
    mount(props as Partial<PanelViewProps>);
    expect(q('.sp-state-title')?.textContent).toBe(title);
    expect(q('.sp-state-body')?.textContent).not.toBe('');
  });

  it('offers "Analyse anyway" on a page that is not an article', () => {
    const a = mount({ record: { ...RECORD, state: 'not-article', meta: null, mentions: [] }, status: { ...STATUS, state: 'not-article' } });
    expect(q('.sp-state-title')?.textContent).toBe('No article found');
    all('.sp-state button').find((b) => b.textContent === 'Analyse anyway')!.click();
    expect(a.analyseAnyway).toHaveBeenCalled();
  });

  it('says so when "Analyse anyway" found no article either', () => {
    const notArticle = { ...RECORD, state: 'not-article' as const, meta: null, mentions: [] };
    const a = mount({ record: { ...notArticle, at: 1 }, status: { ...STATUS, state: 'not-article' } });
    act(() => all('.sp-state button')[0]!.click());
    mount({ actions: a, record: { ...notArticle, at: Date.now() + 1000 }, status: { ...STATUS, state: 'not-article' } });
    expect(q('.sp-state-body')?.textContent).toBe('Backstory read this page anyway and found no article text in it.');
    expect(all('.sp-state button')).toHaveLength(0);
  });

  it('offers to switch a switched-off site back on', () => {
    const a = mount({ status: { ...STATUS, enabled: false, state: 'idle', host: 'www.news.example' } });
    expect(q('.sp-state-title')?.textContent).toBe('Switched off on this site');
    all('.sp-state button')[0]!.click();
    expect(a.enableSite).toHaveBeenCalledWith('www.news.example');
  });

  it('shows the error and a retry', () => {
    mount({ record: { ...RECORD, state: 'error', meta: null, mentions: [], error: 'Database blocked' }, status: { ...STATUS, state: 'error' } });
    expect(q('.sp-error')?.textContent).toBe('Database blocked');
    expect(all('.sp-state button').map((b) => b.textContent)).toEqual(['Try again']);
  });

  it('keeps the article while it is read again, marked as updating', () => {
    mount({ record: { ...RECORD, state: 'working' } });
    expect(q('.sp-title')).not.toBeNull();
    expect(q('.sp-updating')?.textContent).toBe('Updating…');
  });

  it('says so when the article names nothing from the glossary', () => {
    mount({ record: { ...RECORD, mentions: [], entityIds: [] } });
    expect(q('.sp-empty')?.textContent).toBe('No names from your glossary in this article.');
  });
});
