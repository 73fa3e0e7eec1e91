import { describe, expect, it } from 'vitest';
import { isFromBackground } from './offscreen-message';

const ID = 'abcdef';
const BG = 'chrome-extension://abcdef/background.js';

describe('offscreen document sender rule', () => {
  it('answers the extension’s own background', () => {
    expect(isFromBackground({ id: ID, url: BG }, ID, BG)).toBe(true);
  });

  it('refuses a content script of the extension (same id, in a tab), whatever URL it claims', () => {
    expect(isFromBackground({ id: ID, url: 'https://evil.example/', tab: { id: 3 } }, ID, BG)).toBe(false);
    expect(isFromBackground({ id: ID, url: BG, tab: { id: 3 } }, ID, BG)).toBe(false);
  });

  it('refuses the extension’s other pages, another extension, and a sender with no URL', () => {
    expect(isFromBackground({ id: ID, url: 'chrome-extension://abcdef/sidepanel.html' }, ID, BG)).toBe(false);
    expect(isFromBackground({ id: 'other', url: BG }, ID, BG)).toBe(false);
    expect(isFromBackground({ id: ID }, ID, BG)).toBe(false);
  });
});
