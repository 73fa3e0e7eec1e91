import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import { t, tSlots } from './i18n';

describe('t', () => {
  it('reads English messages with substitutions and plurals where browser.i18n is absent', () => {
    expect(t('ext.name')).toBe('Backstory');
    expect(t('popup.names', 1)).toBe('1 name');
    expect(t('popup.names', 3)).toBe('3 names');
    expect(t('options.glossary.deleted', ['Kim'])).toBe('Deleted “Kim”.');
  });

  it('every message key is a valid browser.i18n name once flattened', () => {
    const keys: string[] = [];
    const walk = (node: unknown, prefix: string) => {
      if (typeof node === 'string') keys.push(prefix);
      else if (node && typeof node === 'object' && !('n' in node)) for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}_${k}` : k);
      else keys.push(prefix);
    };
    walk(en, '');
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('tSlots', () => {
  it('cuts a message at its slots, in the message order', () => {
    expect(tSlots('library.empty.text')).toEqual([
      'Save an article with the toolbar button’s ',
      0,
      ', the page’s context menu (“Save to Backstory reading list”) or ',
      1,
      '. It is kept on this device, readable offline.',
    ]);
    expect(tSlots('library.io.fresh')).toEqual([0, ' new']);
  });
});
