/**
 * A local stand-in for Wikipedia's REST `page/summary` endpoint and the Action API query behind a
 * disambiguation list, for the tests (the extension is pointed at it through `dev:wikipediaEndpoint`).
 * It serves the recorded-shape responses in `responses/` (field for field the shape of the live
 * API; the texts are abridged), counts every request it receives, and can misbehave on demand:
 *
 *   GET /{lang}/api/rest_v1/page/summary/{Title}
 *       responses/{lang}/summary/{Title}.json          200, as Wikipedia sends it
 *       responses/{lang}/redirects.json {from: to}     302 to the target title (fetch follows it)
 *       anything else                                  404 with Wikipedia's JSON "problem" body
 *       Slow_answer                                    200 after `slowMs` (default 15 s)
 *       Malformed_answer                               200 with a truncated JSON body
 *       Oversized_answer                               200 with 300 KB of valid JSON
 *       Wrong_shape                                    200 with `title` a number
 *   GET /{lang}/w/api.php?action=query&generator=links&titles={Title}&prop=description…
 *       responses/{lang}/links/{Title}.json, or an empty result
 *
 * `failNext(n)` drops the connection of the next n requests (a network error for the client).
 * Run by hand: `npx tsx tests/wikipedia-stub/server.ts [port]`, then set `dev:wikipediaEndpoint`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';

const RESPONSES = join(import.meta.dirname, 'responses');
const SUMMARY_PROFILE = 'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/Summary/1.4.2"';

export interface WikipediaStub {
  /** The origin to store in `dev:wikipediaEndpoint`, e.g. http://127.0.0.1:41234 */
  url: string;
  server: Server;
  /** Every request received, as "GET /en/api/rest_v1/page/summary/Kirill_Dmitriev". */
  hits: string[];
  /** Drops the connection of the next `n` requests. */
  failNext(n: number): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = SUMMARY_PROFILE, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': type,
    // As Wikipedia's REST API does: any origin may read the answer.
    'access-control-allow-origin': '*',
    // No HTTP caching, so every look-up the extension makes reaches the stub and is counted.
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function readJson(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

const safeName = (title: string) => /^[\p{L}\p{N}_(),.'’\-–]+$/u.test(title) && !title.includes('..');

function handleSummary(res: ServerResponse, lang: string, rawTitle: string, slowMs: number): void {
  const title = decodeURIComponent(rawTitle).replace(/ /g, '_');
  const problem = () =>
    send(res, 404, JSON.stringify({ ...JSON.parse(readJson(join(RESPONSES, 'not-found.json'))!), uri: `/${lang}.wikipedia.org/v1/page/summary/${rawTitle}` }), 'application/problem+json');
  if (title === 'Slow_answer') {
    const timer = setTimeout(() => send(res, 200, readJson(join(RESPONSES, 'en/summary/Kirill_Dmitriev.json'))!), slowMs);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (title === 'Malformed_answer') return send(res, 200, '{"type": "standard", "title": "Malformed answer", "extract": "Cut off in the mid');
  if (title === 'Wrong_shape') return send(res, 200, JSON.stringify({ type: 'standard', title: 42, extract: 'A title that is a number' }));
  if (title === 'Oversized_answer') return send(res, 200, JSON.stringify({ type: 'standard', title: 'Oversized answer', extract: 'x'.repeat(300 * 1024) }));
  if (!safeName(title)) return problem();
  const redirects = JSON.parse(readJson(join(RESPONSES, lang, 'redirects.json')) ?? '{}') as Record<string, string>;
  const target = redirects[title];
  if (target) return send(res, 302, '', 'text/plain', { location: encodeURIComponent(target) });
  const body = readJson(join(RESPONSES, lang, 'summary', `${title}.json`));
  if (body === null) return problem();
  send(res, 200, body);
}

function handleActionApi(res: ServerResponse, lang: string, params: URLSearchParams): void {
  const title = (params.get('titles') ?? '').replace(/ /g, '_');
  if (params.get('action') !== 'query' || params.get('generator') !== 'links' || !safeName(title)) {
    return send(res, 200, JSON.stringify({ error: { code: 'badparams', info: 'Unsupported query for the stub' } }), 'application/json; charset=utf-8');
  }
  const body = readJson(join(RESPONSES, lang, 'links', `${title}.json`)) ?? JSON.stringify({ batchcomplete: true });
  send(res, 200, body, 'application/json; charset=utf-8');
}

/** Starts the stub on an ephemeral (or the given) port on 127.0.0.1. */
export async function startWikipediaStub(options: { port?: number; slowMs?: number } = {}): Promise<WikipediaStub> {
  const hits: string[] = [];
  let failing = 0;
  const slowMs = options.slowMs ?? 15_000;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    hits.push(`${req.method} ${req.url}`);
    if (failing > 0) {
      failing--;
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://stub');
    const summary = /^\/([a-z-]{2,12})\/api\/rest_v1\/page\/summary\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && summary) return handleSummary(res, summary[1]!, summary[2]!, slowMs);
    const api = /^\/([a-z-]{2,12})\/w\/api\.php$/.exec(url.pathname);
    if (req.method === 'GET' && api) return handleActionApi(res, api[1]!, url.searchParams);
    send(res, 404, 'not found', 'text/plain');
  });
  await new Promise<void>((r) => server.listen(options.port ?? 0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    hits,
    failNext(n) {
      failing = n;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// `npx tsx tests/wikipedia-stub/server.ts [port]`: run it by hand.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const stub = await startWikipediaStub({ port: Number(process.argv[2]) || 0 });
  console.log(`Wikipedia stub on ${stub.url} — set storage.local "dev:wikipediaEndpoint" to this origin.`);
}
