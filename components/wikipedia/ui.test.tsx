// @vitest-environment jsdom
/**
 * The look-up's UI: the side panel's row (explanation first, the browser's prompt inside the click,
 * outcomes, choices), the card's part, the attribution, and the settings' off switch.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HoverCard } from '@/components/HoverCard';
import type { CardEntry } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, updateSettings, type Settings } from '@/lib/settings/settings';
import type { LookupOutcome } from '@/lib/wikipedia/outcome';
import { explainedItem } from '@/lib/settings/wikipedia-permission';
import { WikipediaAttribution } from './Attribution';
import { CardLookup } from './CardLookup';
import { LookupButton, LookupRow } from './LookupRow';
import { useWikipediaLookups, type Lookups } from './use-lookups';
import { WikipediaSettings } from './WikipediaSettings';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label);

/** Permissions and messaging: the fake browser implements neither, so each test states what they answer. */
function fakePermissions(initial: boolean, answer: boolean) {
  let granted = initial;
  const calls: string[] = [];
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = vi.fn(async () => granted);
  permissions.request = vi.fn(() => {
    calls.push('request');
    granted = answer;
    return Promise.resolve(answer);
  });
  permissions.remove = vi.fn(async () => {
    calls.push('remove');
    granted = false;
    return true;
  });
  return { calls, isGranted: () => granted };
}

function fakeBackground(outcome: LookupOutcome) {
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return { ok: true, outcome };
  });
  return sent;
}

/** Mounts the side panel's row for one name with the real hook. */
function Row(props: { lang: string | null; onLookups?: (l: Lookups) => void }) {
  const lookups = useWikipediaLookups(props.lang);
  props.onLookups?.(lookups);
  return (
    <div>
      {lookups.enabled && <LookupButton name="Kirill Dmitriev" kind="person" lookups={lookups} />}
      <LookupRow name="Kirill Dmitriev" kind="person" lookups={lookups} />
      <p data-added>{lookups.added}</p>
    </div>
  );
}

const SAVED: LookupOutcome = {
  status: 'saved',
  entry: { id: 'wikipedia:en:Kirill_Dmitriev', name: 'Kirill Dmitriev', kind: 'person', summary: 'Russian banker', origin: 'wikipedia' },
  lang: 'en',
  pageUrl: 'https://en.wikipedia.org/wiki/Kirill_Dmitriev',
};

describe('the side panel’s look-up', () => {
  it('explains what is sent first, asks the browser inside the click, then looks up', async () => {
    const perms = fakePermissions(false, true);
    const sent = fakeBackground(SAVED);
    act(() => render(<Row lang="de-AT" />, root));
    await flush();
    act(() => button('Look up Kirill Dmitriev on Wikipedia')!.click());
    expect(sent).toEqual([]);
    const confirm = root.querySelector('[data-step="confirm"]')!;
    expect(confirm.textContent).toContain('Backstory will send the name “Kirill Dmitriev” to de.wikipedia.org, and nothing else');
    expect(confirm.textContent).toContain('Your browser will ask you');

    // The prompt is requested synchronously, in the click itself.
    act(() => button('Allow and look up')!.click());
    expect(perms.calls).toEqual(['request']);
    await flush();
    expect(sent).toEqual([{ type: 'wikipedia-lookup', name: 'Kirill Dmitriev', articleLang: 'de-AT', kind: 'person' }]);
    expect(root.querySelector('[data-added]')!.textContent).toBe('Kirill Dmitriev');
    expect(await explainedItem.getValue()).toBe(true);

    // Once explained and permitted, the next look-up goes straight out.
    act(() => button('OK')!.click());
    act(() => button('Look up Kirill Dmitriev on Wikipedia')!.click());
    await flush();
    expect(sent).toHaveLength(2);
    expect(perms.calls).toEqual(['request']);
  });

  it('leaves everything offline when the reader declines the browser’s prompt', async () => {
    fakePermissions(false, false);
    const sent = fakeBackground(SAVED);
    act(() => render(<Row lang={null} />, root));
    await flush();
    act(() => button('Look up Kirill Dmitriev on Wikipedia')!.click());
    act(() => button('Allow and look up')!.click());
    await flush();
    expect(root.querySelector('[data-step="declined"]')!.textContent).toMatch(/Not looked up\. Backstory stays offline/);
    expect(sent).toEqual([]);
    expect(await explainedItem.getValue()).toBe(false);
  });

  it('still explains before the first look-up when the browser already permits it (Firefox)', async () => {
    const perms = fakePermissions(true, true);
    const sent = fakeBackground(SAVED);
    act(() => render(<Row lang="en" />, root));
    await flush();
    act(() => button('Look up Kirill Dmitriev on Wikipedia')!.click());
    expect(root.querySelector('[data-step="confirm"]')!.textContent).not.toContain('Your browser will ask');
    act(() => button('Look it up')!.click());
    await flush();
    expect(perms.calls).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('hides the action when look-ups are off', async () => {
    fakePermissions(true, true);
    await updateSettings({ wikipediaLookups: false });
    act(() => render(<Row lang="en" />, root));
    await flush();
    expect(button('Look up Kirill Dmitriev on Wikipedia')).toBeUndefined();
  });

  it('shows a disambiguation page as choices and looks up the one picked', async () => {
    fakePermissions(true, true);
    await explainedItem.setValue(true);
    const sent = fakeBackground({
      status: 'choices',
      title: 'Sergei Ivanov',
      lang: 'en',
      pageUrl: 'https://en.wikipedia.org/wiki/Sergei_Ivanov',
      candidates: [
        { title: 'Sergei Borisovich Ivanov', description: 'Russian politician (born 1953)' },
        { title: 'Sergei Ivanov (painter)', description: '' },
      ],
    });
    act(() => render(<Row lang="en" />, root));
    await flush();
    act(() => button('Look up Kirill Dmitriev on Wikipedia')!.click());
    await flush();
    const choices = [...root.querySelectorAll('.sp-wiki-choice')].map((c) => c.textContent);
    expect(choices).toEqual(['Sergei Borisovich IvanovRussian politician (born 1953)', 'Sergei Ivanov (painter)']);
    expect(root.querySelector<HTMLAnchorElement>('[data-step="choices"] a')!.href).toBe('https://en.wikipedia.org/wiki/Sergei_Ivanov');
    act(() => (root.querySelector('.sp-wiki-choice') as HTMLButtonElement).click());
    await flush();
    expect(sent.at(-1)).toEqual({ type: 'wikipedia-lookup', name: 'Kirill Dmitriev', articleLang: 'en', kind: 'person', title: 'Sergei Borisovich Ivanov' });
  });

  it('says errors plainly and offers to try again', async () => {
    fakePermissions(true, true);
    await explainedItem.setValue(true);
    const sent = fakeBackground({ status: 'error', error: 'Could not reach Wikipedia (Failed to fetch). Nothing was saved.', retryable: true });
    act(() => render(<Row lang="en" />, root));
    await flush();
    act(() => button('Look up Kirill Dmitriev on Wikipedia')!.click());
    await flush();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Could not reach Wikipedia (Failed to fetch). Nothing was saved.');
    act(() => button('Try again')!.click());
    await flush();
    expect(sent).toHaveLength(2);
  });
});

describe('the card’s look-up', () => {
  const base = { lang: 'en', onLookUp: vi.fn(), onConfirm: vi.fn(), onPick: vi.fn(), onAllow: vi.fn(), onDismiss: vi.fn(), acceptUntrusted: true };

  it('offers it, explains first, and routes a missing permission to the setting', () => {
    act(() => render(<CardLookup surface="Kim" state={undefined} {...base} />, root));
    expect(root.textContent).toBe('Look up “Kim” on Wikipedia');
    act(() => render(<CardLookup surface="Kim" state={{ step: 'confirm' }} {...base} />, root));
    expect(root.textContent).toContain('send the name “Kim” to en.wikipedia.org, and nothing else');
    act(() => button('Look it up')!.click());
    expect(base.onConfirm).toHaveBeenCalledOnce();
    act(() => render(<CardLookup surface="Kim" state={{ step: 'done', outcome: { status: 'needs-permission', lang: 'en' } }} {...base} />, root));
    act(() => button('Allow Wikipedia look-ups…')!.click());
    expect(base.onAllow).toHaveBeenCalledOnce();
  });

  it('ignores clicks the page itself synthesises (the shadow root is open)', () => {
    const onLookUp = vi.fn();
    act(() => render(<CardLookup surface="Kim" state={undefined} {...base} acceptUntrusted={false} onLookUp={onLookUp} />, root));
    act(() => button('Look up “Kim” on Wikipedia')!.click());
    expect(onLookUp).not.toHaveBeenCalled();
  });

  it('appears on an ambiguous name’s card only, and a looked-up entry’s card carries the attribution', () => {
    const kim: CardEntry = { id: 'k', kind: 'person', name: 'Kim Yo Jong', summary: 's', note: '', facts: [], links: [], asOf: '2025-01-01' };
    act(() => render(<HoverCard entry={null} candidates={[kim]} surface="Kim" pinned={false} theme="light" onPin={vi.fn()} onClose={vi.fn()} wikipedia={{ state: undefined, ...base }} />, root));
    expect(root.querySelector('[data-wikipedia="idle"]')).not.toBeNull();

    const looked: CardEntry = { ...kim, origin: 'wikipedia', links: [{ title: 'Kim Yo Jong – Wikipedia', url: 'https://en.wikipedia.org/wiki/Kim_Yo_Jong' }] };
    act(() => render(<HoverCard entry={looked} candidates={[]} surface="Kim Yo Jong" pinned={false} theme="light" onPin={vi.fn()} onClose={vi.fn()} />, root));
    const attribution = root.querySelector('[data-attribution="wikipedia"]')!;
    expect(attribution.textContent).toBe('From Wikipedia, the free encyclopedia · Text under CC BY-SA 4.0');
    expect([...attribution.querySelectorAll('a')].map((a) => a.href)).toEqual(['https://en.wikipedia.org/wiki/Kim_Yo_Jong', 'https://creativecommons.org/licenses/by-sa/4.0/']);

    act(() => render(<HoverCard entry={{ ...looked, origin: undefined }} candidates={[]} surface="Kim Yo Jong" pinned={false} theme="light" onPin={vi.fn()} onClose={vi.fn()} />, root));
    expect(root.querySelector('[data-attribution]')).toBeNull();
  });
});

describe('the attribution', () => {
  it('links only to an https Wikipedia article', () => {
    act(() => render(<WikipediaAttribution links={[{ url: 'javascript:alert(1)' }, { url: 'https://evil.example/wiki/X' }]} />, root));
    expect(root.querySelectorAll('a')).toHaveLength(1); // the licence
    expect(root.textContent).toContain('From Wikipedia, the free encyclopedia');
  });
});

describe('the setting', () => {
  function Settings() {
    const [s, set] = [DEFAULT_SETTINGS as Settings, async (change: Partial<Settings>) => void (await updateSettings(change))];
    return <WikipediaSettings settings={s} update={set} />;
  }

  it('turning look-ups off gives the permission back and forgets the explanation', async () => {
    const perms = fakePermissions(true, true);
    await explainedItem.setValue(true);
    act(() => render(<Settings />, root));
    await flush();
    expect(root.querySelector('[data-wikipedia-permission]')!.getAttribute('data-wikipedia-permission')).toMatch(/granted|all-sites/);
    act(() => (root.querySelector('input[name="wikipedia-lookups"]') as HTMLInputElement).click());
    await flush();
    expect(perms.calls).toContain('remove');
    expect(perms.isGranted()).toBe(false);
    expect(await explainedItem.getValue()).toBe(false);
  });
});
