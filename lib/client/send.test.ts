import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { NO_ANSWER, sendToBackground, sendToTab } from './send';

describe('sendToBackground', () => {
  it('passes the background’s reply through', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, outcome: 'created', id: 'a', title: 'T' } as never);
    const reply = await sendToBackground({ type: 'save-tab', tabId: 3 });
    expect(reply).toEqual({ ok: true, outcome: 'created', id: 'a', title: 'T' });
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'save-tab', tabId: 3 });
  });

  it('turns silence and a failed send into error replies, never a throw', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendToBackground({ type: 'get-entries', ids: ['x'] })).toEqual({ ok: false, error: NO_ANSWER });
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await sendToBackground({ type: 'get-entries', ids: ['x'] })).toEqual({ ok: false, error: 'Could not establish connection' });
  });
});

describe('sendToTab', () => {
  it('answers null when no content script does', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    expect(await sendToTab(7, { type: 'page-status' })).toBeNull();
  });

  it('addresses the frame it is given', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ sentence: 'Kim met Putin.' } as never);
    expect(await sendToTab(7, { type: 'selection-context' }, { frameId: 2 })).toEqual({ sentence: 'Kim met Putin.' });
    expect(send).toHaveBeenCalledWith(7, { type: 'selection-context' }, { frameId: 2 });
  });
});
