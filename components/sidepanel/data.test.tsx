// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveUserEntry, type EffectiveEntry } from '@/lib/db/glossary-repo';
import { getDb } from '@/lib/db/schema';
import { entry } from '@/lib/glossary/test-helpers';
import { eventually } from '../test-helpers';
import { useEntries } from './data';

/** Every render's ids and the map the hook answered with, in order. */
let renders: { ids: readonly string[]; map: Map<string, EffectiveEntry> | undefined }[] = [];
function Probe(props: { ids: readonly string[] }) {
  renders.push({ ids: props.ids, map: useEntries(props.ids) });
  return null;
}

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  renders = [];
});

beforeAll(async () => {
  const db = getDb();
  await saveUserEntry(db, entry('ussuriysk', 'place', ['Ussuriysk'], { origin: 'user' }));
  await saveUserEntry(db, entry('vostochny', 'place', ['Vostochny Cosmodrome'], { origin: 'user' }));
  await saveUserEntry(db, entry('kim', 'person', ['Kim Jong Un'], { origin: 'user' }));
});

const last = () => renders[renders.length - 1]!;
const mount = async (ids: readonly string[]) => {
  root = document.body.appendChild(document.createElement('div'));
  await act(() => render(<Probe ids={ids} />, root!));
  await eventually(() => !!last().map);
};

describe('useEntries: the glossary entries a side panel lists', () => {
  it('switching to another tab’s names never answers with the previous tab’s entries', async () => {
    await mount(['kim', 'vostochny']);
    expect([...last().map!.keys()].sort()).toEqual(['kim', 'vostochny']);

    const from = renders.length;
    await act(() => render(<Probe ids={['kim', 'ussuriysk']} />, root!));
    await eventually(() => !!last().map?.has('ussuriysk'));
    expect(last().map?.has('ussuriysk')).toBe(true);
    // Before the new entries arrive the hook says it is loading; it never hands over a map that
    // lacks a name of the new list (the panel would draw that name's row missing).
    for (const r of renders.slice(from)) {
      if (r.map) for (const id of r.ids) expect(r.map.has(id), id).toBe(true);
    }
  });

  it('a re-analysis that finds fewer names keeps the list drawn while the new query runs', async () => {
    await mount(['kim', 'vostochny', 'ussuriysk']);
    const from = renders.length;
    await act(() => render(<Probe ids={['kim', 'ussuriysk']} />, root!));
    await eventually(() => !!last().map && !last().map!.has('vostochny'));
    expect(renders.slice(from).every((r) => r.map !== undefined)).toBe(true);
  });
});
