// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OtherNames } from './OtherNames';
import { draftToEntry } from './SidePanelApp';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const NAMES = [
  { name: 'Alexander Kozlov', kind: 'person' as const, count: 2, first: 10, sentence: 'Natural Resources Minister Alexander Kozlov said the talks went well.' },
  { name: 'Komsomolsk-on-Amur', kind: 'place' as const, count: 1, first: 90, sentence: 'Kim may visit Komsomolsk-on-Amur.' },
];

function mount(names: typeof NAMES | null = NAMES) {
  root = document.createElement('div');
  document.body.append(root);
  const onAdd = vi.fn(async () => undefined);
  act(() => render(<OtherNames names={names} onAdd={onAdd} />, root));
  return onAdd;
}

describe('OtherNames', () => {
  it('lists names the glossary lacks, with kind and count', () => {
    mount();
    expect([...root.querySelectorAll('.sp-other-name')].map((n) => n.textContent)).toEqual(['Alexander Kozlov', 'Komsomolsk-on-Amur']);
    expect(root.querySelector('.sp-other-meta')?.textContent).toBe('Person · 2 mentions');
  });

  it('says when it is still looking, and when there is nothing', () => {
    mount(null);
    expect(root.textContent).toContain('Looking for names…');
    render(null, root);
    root.remove();
    mount([]);
    expect(root.textContent).toContain('None: your glossary knows every name found.');
  });

  it('"Add to glossary" opens the editor prefilled with the name and its sentence, and saves', async () => {
    const onAdd = mount();
    act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Add Alexander Kozlov to glossary"]')!.click());
    const form = root.querySelector<HTMLFormElement>('.sp-editor')!;
    expect(form.querySelector<HTMLInputElement>('#sp-editor-name')!.value).toBe('Alexander Kozlov');
    expect(document.activeElement).toBe(form.querySelector('#sp-editor-name'));
    expect(form.querySelector<HTMLSelectElement>('#sp-editor-kind')!.value).toBe('person');
    expect(form.querySelector<HTMLTextAreaElement>('#sp-editor-notes')!.value).toBe(
      'From the article: “Natural Resources Minister Alexander Kozlov said the talks went well.”',
    );
    const summary = form.querySelector<HTMLInputElement>('#sp-editor-summary')!;
    act(() => {
      summary.value = 'Russia’s natural resources minister';
      summary.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => form.requestSubmit());
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ name: 'Alexander Kozlov', kind: 'person', summary: 'Russia’s natural resources minister' }));
    expect(root.querySelector('.sp-editor')).toBeNull();
    expect(root.textContent).toContain('Added “Alexander Kozlov” to your glossary.');
  });

  it('Escape closes the editor without saving', () => {
    const onAdd = mount();
    act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Add Komsomolsk-on-Amur to glossary"]')!.click());
    act(() => {
      root.querySelector('.sp-editor')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('.sp-editor')).toBeNull();
    expect(onAdd).not.toHaveBeenCalled();
  });
});

describe('a reader entry from the editor', () => {
  it('matches its name and aliases, dated today', () => {
    const now = Date.UTC(2026, 0, 5);
    const e = draftToEntry({ name: 'Alexander Kozlov', kind: 'person', summary: '', notes: 'n', aliases: ['Kozlov', 'Alexander Kozlov'] }, now);
    expect(e).toMatchObject({ kind: 'person', name: 'Alexander Kozlov', aliases: ['Alexander Kozlov', 'Kozlov'], asOf: '2026-01-05', summary: 'Added from an article' });
  });
});
