import { describe, expect, it } from 'vitest';
import { panelState, type RecordLike } from './state';

const URL_A = 'https://news.example/a';
const status = (state: string, enabled = true, url = URL_A) => ({ state: state as 'ready', enabled, url });
const record = (state: RecordLike['state'], meta: unknown = { title: 'T' }, url = URL_A): RecordLike => ({ state, url, meta });

describe('panel state', () => {
  it('waits while the tab and its status are unknown', () => {
    expect(panelState(undefined, undefined, undefined)).toBe('loading');
    expect(panelState(3, undefined, undefined)).toBe('loading');
  });

  it('says when there is no tab or no content script', () => {
    expect(panelState(null, null, null)).toBe('no-tab');
    expect(panelState(3, null, null)).toBe('unsupported');
    expect(panelState(3, record('ready'), null)).toBe('unsupported');
  });

  it('shows a switched-off site whatever the record says', () => {
    expect(panelState(3, record('ready'), status('idle', false))).toBe('disabled');
  });

  it('follows the record for the page the tab shows', () => {
    expect(panelState(3, record('ready'), status('ready'))).toBe('ready');
    expect(panelState(3, record('not-article', null), status('not-article'))).toBe('not-article');
    expect(panelState(3, record('error', null), status('error'))).toBe('error');
    expect(panelState(3, record('working', null), status('working'))).toBe('working');
    expect(panelState(3, record('working'), status('ready'))).toBe('updating');
  });

  it('ignores a record of the page before a navigation', () => {
    expect(panelState(3, record('ready', {}, 'https://news.example/old'), status('working'))).toBe('working');
    expect(panelState(3, record('ready', {}, 'https://news.example/old'), status('not-article'))).toBe('not-article');
    expect(panelState(3, null, status('ready'))).toBe('working');
  });

  it('shows the stored record while the content script has not answered yet', () => {
    expect(panelState(3, record('ready'), undefined)).toBe('ready');
  });
});
