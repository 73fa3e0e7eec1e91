import { describe, expect, it, vi } from 'vitest';
import { fetchJson } from './client';

const stream = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });

describe('fetchJson', () => {
  it('reads JSON and sends neither cookies nor a referrer', async () => {
    const fake = vi.fn(async () => new Response('{"type":"standard","title":"X"}', { status: 200 }));
    const result = await fetchJson('https://en.wikipedia.org/api/rest_v1/page/summary/X', { fetch: fake as unknown as typeof fetch });
    expect(result).toEqual({ ok: true, status: 200, json: { type: 'standard', title: 'X' } });
    const init = (fake.mock.calls[0] as unknown[])[1] as RequestInit;
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
  });

  it('parses a 404’s problem body', async () => {
    const fake = async () => new Response('{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/not_found"}', { status: 404 });
    expect(await fetchJson('u', { fetch: fake })).toMatchObject({ ok: true, status: 404 });
  });

  it('refuses an answer over the cap, by its declared length or while streaming', async () => {
    const declared = async () => new Response('{}', { status: 200, headers: { 'content-length': '999999' } });
    expect(await fetchJson('u', { fetch: declared, maxBytes: 1024 })).toMatchObject({ ok: false, failure: 'too-large', error: expect.stringMatching(/larger than 1 KB/) });
    const streamed = async () => new Response(stream(['{"a":"', 'x'.repeat(800), 'x'.repeat(800), '"}']), { status: 200 });
    expect(await fetchJson('u', { fetch: streamed, maxBytes: 1024 })).toMatchObject({ ok: false, failure: 'too-large' });
  });

  it('refuses what is not JSON', async () => {
    const fake = async () => new Response('{"type": "standard", "title": "Cut off', { status: 200 });
    expect(await fetchJson('u', { fetch: fake })).toMatchObject({ ok: false, failure: 'malformed', error: 'Wikipedia’s answer was not valid JSON' });
  });

  it('gives up after the time limit', async () => {
    const hanging = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const result = await fetchJson('u', { fetch: hanging, timeoutMs: 50 });
    expect(result).toMatchObject({ ok: false, failure: 'timeout' });
  });

  it('reports network errors and unexpected statuses', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchJson('u', { fetch: offline })).toMatchObject({ ok: false, failure: 'network', error: 'Could not reach Wikipedia (Failed to fetch)' });
    const busy = async () => new Response('busy', { status: 503 });
    expect(await fetchJson('u', { fetch: busy })).toMatchObject({ ok: false, failure: 'http', status: 503 });
  });
});
