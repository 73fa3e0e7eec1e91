import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, getSettings, highlightRules, markColorProperties, matchSettingsKey, matchSettingsOf, normalizeSettings, settingsItem, updateSettings, watchSettings } from './settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('normalises anything into complete, valid settings', () => {
    const s = normalizeSettings({
      hoverDelayMs: 99999,
      graceMs: -5,
      highlightStyle: 'blink',
      kindColors: { person: '#ABCDEF', place: 'red', extra: '#000000' },
      disabledKinds: ['person', 'nope', 'person'],
      disabledPacks: ['world', 42],
      demonyms: 'yes',
      theme: 'dark',
      evil: '<script>',
    });
    expect(s.hoverDelayMs).toBe(2000);
    expect(s.graceMs).toBe(100);
    expect(s.highlightStyle).toBe('all');
    expect(s.kindColors.person).toBe('#abcdef');
    expect(s.kindColors.place).toBe(DEFAULT_SETTINGS.kindColors.place);
    expect(s.disabledKinds).toEqual(['person']);
    expect(s.disabledPacks).toEqual(['world']);
    expect(s.demonyms).toBe(true);
    expect(s.theme).toBe('dark');
    expect(s).not.toHaveProperty('evil');
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('updates part of the settings and tells watchers', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.hoverDelayMs));
    await updateSettings({ hoverDelayMs: 800 });
    await updateSettings({ theme: 'light' });
    expect(await getSettings()).toMatchObject({ hoverDelayMs: 800, theme: 'light', graceMs: 300 });
    expect(seen).toEqual([800, 800]);
    unwatch();
  });

  it('reads a corrupt stored value as defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 'slow' } });
    expect((await getSettings()).hoverDelayMs).toBe(400);
    expect(await settingsItem.getValue()).toBeTruthy();
  });

  it('keys the matcher cache only on what the matcher uses', () => {
    const a = matchSettingsKey(matchSettingsOf(normalizeSettings({ hoverDelayMs: 200, disabledPacks: ['b', 'a'] })));
    const b = matchSettingsKey(matchSettingsOf(normalizeSettings({ hoverDelayMs: 900, disabledPacks: ['a', 'b'] })));
    expect(a).toBe(b);
    expect(matchSettingsKey(matchSettingsOf(normalizeSettings({ demonyms: false })))).not.toBe(a);
  });

  it('writes one ::highlight rule per kind with the chosen colour', () => {
    const css = highlightRules({ ...DEFAULT_SETTINGS.kindColors, person: '#ff0000' });
    expect(css).toContain('::highlight(backstory-person) { text-decoration: underline 2px rgba(255, 0, 0, 0.85); }');
    expect(css.split('\n')).toHaveLength(5);
  });

  it('gives the private marks (names only the reader sees) the same colours as the highlights, per kind', () => {
    const colors = { ...DEFAULT_SETTINGS.kindColors, person: '#ff0000', event: '#00ff00' };
    const props = markColorProperties(colors);
    expect(props).toMatchObject({ '--bs-mark-person': 'rgba(255, 0, 0, 0.85)', '--bs-mark-event': 'rgba(0, 255, 0, 0.85)' });
    for (const [name, value] of Object.entries(props)) expect(highlightRules(colors)).toContain(`::highlight(backstory-${name.slice('--bs-mark-'.length)}) { text-decoration: underline 2px ${value}; }`);
    // Before the settings are read, the marks' stylesheet falls back to the default colours.
    const css = readFileSync(join(import.meta.dirname, '../../components/annotator/private-marks.css'), 'utf8');
    for (const [name, value] of Object.entries(markColorProperties(DEFAULT_SETTINGS.kindColors))) expect(css).toContain(`var(${name}, ${value})`);
  });
});
