import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { tabListener } from './tab-routes';

/** Calls the listener as the browser would; resolves with the reply sent, or 'no reply' when the listener took none. */
async function ask(listener: ReturnType<typeof tabListener>, message: unknown, sender = { id: browser.runtime.id }): Promise<unknown> {
  let reply: (value: unknown) => void = () => {};
  const answered = new Promise((resolve) => (reply = resolve));
  const kept = listener(message, sender, reply);
  return kept === true ? answered : 'no reply';
}

describe('tabListener', () => {
  it('answers each message type from its route, sync or async', async () => {
    const listener = tabListener({
      'reveal-mention': (m) => ({ ok: m.start === 42 }),
      'article-text': () => Promise.resolve({ ok: true, text: 'Kim met Putin.', lang: 'en' }),
    });
    expect(await ask(listener, { type: 'reveal-mention', start: 42 })).toEqual({ ok: true });
    expect(await ask(listener, { type: 'article-text' })).toEqual({ ok: true, text: 'Kim met Putin.', lang: 'en' });
  });

  it('leaves other extensions’ messages and types without a route to other listeners', async () => {
    const route = vi.fn(() => ({ ok: true as const }));
    const listener = tabListener({ 'step-mention': route });
    expect(await ask(listener, { type: 'step-mention', direction: 1 }, { id: 'another-extension' })).toBe('no reply');
    expect(await ask(listener, { type: 'page-status' })).toBe('no reply');
    expect(await ask(listener, { type: 'toString' })).toBe('no reply');
    expect(await ask(listener, null)).toBe('no reply');
    expect(await ask(listener, 'step-mention')).toBe('no reply');
    expect(route).not.toHaveBeenCalled();
  });

  it('turns a failed route into an error reply', async () => {
    const listener = tabListener({ 'collect-article': () => Promise.reject(new Error('Backstory was reloaded')) });
    expect(await ask(listener, { type: 'collect-article' })).toEqual({ ok: false, error: 'Backstory was reloaded' });
  });
});
