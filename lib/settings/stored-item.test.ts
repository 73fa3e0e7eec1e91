import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedItem } from './stored-item';

beforeEach(() => fakeBrowser.reset());

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('storedItem', () => {
  it('reads its fallback until a value is stored, then the value, in the area its key names', async () => {
    const local = storedItem<string[]>('local:stored-item-test', []);
    const session = storedItem<number>('session:stored-item-test', 7);
    expect(await local.getValue()).toEqual([]);
    expect(await session.getValue()).toBe(7);
    await local.setValue(['example.com']);
    await session.setValue(3);
    expect(await local.getValue()).toEqual(['example.com']);
    expect(await browser.storage.local.get('stored-item-test')).toEqual({ 'stored-item-test': ['example.com'] });
    expect(await browser.storage.session.get('stored-item-test')).toEqual({ 'stored-item-test': 3 });
  });

  it('tells a watcher each change with the previous value, the fallback for a removed one, until unwatched', async () => {
    const item = storedItem<number>('local:counter', 0);
    const seen: Array<[number, number]> = [];
    const unwatch = item.watch((value, previous) => seen.push([value, previous]));
    await item.setValue(2);
    await browser.storage.local.remove('counter');
    await settle();
    unwatch();
    await item.setValue(5);
    await settle();
    expect(seen).toEqual([
      [2, 0],
      [0, 2],
    ]);
  });

  // The reason this module exists: a module that defines items is evaluated on every page with names.
  it('reads nothing when it is defined, only when asked', async () => {
    const get = vi.spyOn(browser.storage.local, 'get');
    const item = storedItem<boolean>('local:defined-only', false);
    await settle();
    expect(get).not.toHaveBeenCalled();
    await item.getValue();
    expect(get).toHaveBeenCalledTimes(1);
  });
});
