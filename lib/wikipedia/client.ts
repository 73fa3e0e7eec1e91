/**
 * The fetch behind a look-up: one GET, no cookies, no referrer, a time limit and a size cap. The
 * answer is read as a stream and abandoned the moment it passes the cap, so an oversized or endless
 * response costs at most `maxBytes`. Never throws: every failure is a typed outcome with a message a
 * reader can act on.
 */
import { MAX_RESPONSE_BYTES } from './summary';

/** A look-up gives up after this long (headers and body together). */
export const DEFAULT_TIMEOUT_MS = 10_000;

export type FetchFailure = 'network' | 'timeout' | 'too-large' | 'malformed' | 'http';

export type FetchResult = { ok: true; status: number; json: unknown } | { ok: false; failure: FetchFailure; status?: number; error: string };

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

const KB = (n: number) => `${Math.round(n / 1024)} KB`;

/** Reads a body up to `maxBytes`; null when it is larger. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * GETs a JSON document. 200 and 404 answers are parsed (a 404 carries a JSON "problem" body); other
 * statuses, a network error, the time limit, an answer over the cap or one that is not JSON are failures.
 */
export async function fetchJson(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await doFetch(url, {
      method: 'GET',
      signal: controller.signal,
      // Only the name travels: no cookies (the reader may be logged in to Wikipedia), no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      headers: { accept: 'application/json' },
    });
    if (response.status !== 200 && response.status !== 404) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, failure: 'http', status: response.status, error: `Wikipedia answered with HTTP ${response.status}` };
    }
    const bytes = await readCapped(response, maxBytes);
    if (!bytes) return { ok: false, failure: 'too-large', status: response.status, error: `Wikipedia’s answer was larger than ${KB(maxBytes)}, far more than a summary` };
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return { ok: false, failure: 'malformed', status: response.status, error: 'Wikipedia’s answer was not valid JSON' };
    }
    return { ok: true, status: response.status, json };
  } catch (error) {
    if (timedOut) return { ok: false, failure: 'timeout', error: `Wikipedia did not answer within ${Math.round(timeoutMs / 1000)} seconds` };
    return { ok: false, failure: 'network', error: `Could not reach Wikipedia (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    clearTimeout(timer);
  }
}
