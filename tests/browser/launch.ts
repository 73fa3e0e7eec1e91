/**
 * Browser test harness, the browser itself: serves tests/fixtures on localhost, launches Debian's
 * Chromium or Firefox ESR through puppeteer-core with the built production extension installed, and
 * opens the extension's own pages as tabs.
 */
import { createHash } from 'node:crypto';
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

/**
 * For benches: `BACKSTORY_BUILD_DIR` names another build (a copy of an earlier `.output`, with its
 * `chrome-mv3` and `firefox-mv3`) to measure instead, for before-and-after figures run side by side.
 */
export function useBuildFromEnvironment(): void {
  const dir = process.env.BACKSTORY_BUILD_DIR;
  if (!dir) return;
  BUILDS.chromium = join(dir, 'chrome-mv3');
  BUILDS.firefox = join(dir, 'firefox-mv3');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A fixtures server: its origin, the server, and every path it was asked for. */
export interface FixtureServer {
  url: string;
  server: Server;
  hits: string[];
}

/**
 * Fixtures kept elsewhere in the tree, served under their fixture names: the seed article is the
 * welcome page's demo article, one file for the demo, the tests and `npm start`.
 */
const ALIASES: Readonly<Record<string, string>> = {
  '/ap-kim-putin.html': join(ROOT, 'entrypoints/welcome/demo-article.html'),
};

/**
 * The Content-Security-Policy header a `?csp=` query asks for: `none` forbids everything; `strict`
 * forbids scripts and every style but the page's own `<style>` elements (allowed by their hashes),
 * as a site that hashes its styles does, so an extension's inline style would be refused.
 */
function cspHeader(csp: string | null, body: string): Record<string, string> {
  if (csp === 'none') return { 'content-security-policy': "default-src 'none'" };
  if (csp !== 'strict') return {};
  const hashes = [...body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return { 'content-security-policy': `default-src 'none'; style-src 'self' ${hashes.join(' ') || "'sha256-invalid'"}; img-src data: 'self'; script-src 'none'` };
}

/** Serves the fixtures folder on an ephemeral localhost port. */
export async function serveFixtures(dir = FIXTURES): Promise<FixtureServer> {
  const hits: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.push(path);
    if (path === '/favicon.ico') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>');
      return;
    }
    const file = (dir === FIXTURES ? ALIASES[path] : undefined) ?? join(dir, path === '/' ? 'index.html' : path);
    if (!(file.startsWith(dir) || Object.values(ALIASES).includes(file)) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = await readFile(file);
    const csp = cspHeader(new URL(req.url ?? '/', 'http://x').searchParams.get('csp'), extname(file) === '.html' ? body.toString('utf8') : '');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...csp });
    res.end(body);
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
  extensionOrigin: string;
  name: BrowserName;
}

/** Firefox gives each install a random internal UUID; the tests pin it so extension pages have a known URL. */
const FIREFOX_ADDON_ID = 'backstory@backstory.example';
const FIREFOX_UUID = '5b3f0a4e-8c1d-4e2a-9f6b-2d7c1e0a9b34';

/**
 * Launches a browser with the built extension installed. `locale` ("fr") sets the browser's own
 * language, which picks the extension's messages: Chromium reads `--lang` and LANGUAGE (Debian's
 * chromium-l10n must be installed for a language other than English), Firefox the
 * `intl.locale.requested` pref (its firefox-esr-l10n-<lang> language pack must be installed).
 */
export async function launch(name: BrowserName, options: { headless?: boolean; locale?: string } = {}): Promise<Session> {
  const headless = options.headless ?? true;
  const locale = options.locale;
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless,
      pipe: true,
      enableExtensions: true,
      args: locale ? [...CHROMIUM_ARGS, `--lang=${locale}`, `--accept-lang=${locale}`] : CHROMIUM_ARGS,
      ...(locale ? { env: { ...process.env, LANGUAGE: locale, LANG: `${locale}_${locale.toUpperCase()}.UTF-8` } } : {}),
      defaultViewport: { width: 1280, height: 900 },
    });
    const extensionId = await browser.installExtension(BUILDS.chromium);
    return { browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}/`, name };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless,
    // Lets WebDriver BiDi open the extension's own pages (moz-extension://) as tabs.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'extensions.experiments.enabled': true,
      // Keep Firefox off the network: no updates, telemetry or remote settings.
      'app.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.region.network.url': '',
      'browser.search.update': false,
      ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
    },
  });
  const extensionId = await browser.installExtension(BUILDS.firefox);
  return { browser, extensionId, extensionOrigin: `moz-extension://${FIREFOX_UUID}/`, name };
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

/** Opens one of the extension's pages (popup.html, …) as a tab, for driving the extension from inside. */
export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  const url = session.extensionOrigin + path;
  if (session.name === 'firefox') {
    // Firefox's BiDi loads moz-extension:// pages but never reports the navigation as finished.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 1500 }).catch(() => undefined);
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 10_000 }, url);
  } else {
    await page.goto(url);
  }
  return page;
}
