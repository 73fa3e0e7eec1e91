/**
 * Browser test harness: serves tests/fixtures on localhost and launches Debian's Chromium or
 * Firefox ESR through puppeteer-core with the built production extension installed.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const BUILDS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves the fixtures folder on an ephemeral localhost port. */
export async function serveFixtures(dir = FIXTURES): Promise<{ url: string; server: Server; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.push(path);
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, hits };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export interface Session {
  browser: Browser;
  extensionId: string;
  /** The extension's origin, e.g. chrome-extension://abc/ or moz-extension://uuid/ */
  extensionOrigin: string | null;
  name: BrowserName;
}

/** Launches a browser with the built extension installed. */
export async function launch(name: BrowserName, options: { headless?: boolean } = {}): Promise<Session> {
  const headless = options.headless ?? true;
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless,
      pipe: true,
      enableExtensions: true,
      args: CHROMIUM_ARGS,
      defaultViewport: { width: 1280, height: 900 },
    });
    const extensionId = await browser.installExtension(BUILDS.chromium);
    return { browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}/`, name };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.experiments.enabled': true,
      // Keep Firefox off the network: no updates, telemetry or remote settings.
      'app.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.region.network.url': '',
      'browser.search.update': false,
    },
  });
  const extensionId = await browser.installExtension(BUILDS.firefox);
  return { browser, extensionId, extensionOrigin: null, name };
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Waits until `fn` returns a truthy value in the page, polling. */
export async function waitForPage<T>(page: Page, fn: () => T, timeoutMs = 10_000): Promise<T> {
  const handle = await page.waitForFunction(fn, { timeout: timeoutMs, polling: 50 });
  return (await handle.jsonValue()) as T;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
