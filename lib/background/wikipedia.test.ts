import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../settings/settings';
import { explainedItem } from '../settings/wikipedia-permission';
import { registerWikipedia } from './wikipedia';

beforeEach(() => fakeBrowser.reset());

describe('registerWikipedia', () => {
  it('gives the permission back and forgets the explanation whenever look-ups are turned off, however the setting changed', async () => {
    let granted = true;
    const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
    permissions.contains = vi.fn(async () => granted);
    const remove = vi.fn(async (p: { origins: string[] }) => {
      expect(p.origins).toEqual(['https://*.wikipedia.org/*']);
      granted = false;
      return true;
    });
    permissions.remove = remove;
    await explainedItem.setValue(true);
    registerWikipedia();
    await vi.waitFor(() => expect(permissions.contains).toHaveBeenCalledTimes(0)); // on at start: nothing to give back
    // e.g. a restored backup with look-ups off
    await updateSettings({ wikipediaLookups: false });
    await vi.waitFor(() => expect(remove).toHaveBeenCalledOnce());
    await vi.waitFor(async () => expect(await explainedItem.getValue()).toBe(false));
    expect(granted).toBe(false);
  });
});
