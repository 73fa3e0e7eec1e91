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
    if (path === '/favicon.ico') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>');
      return;
    }
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // `?csp=none`: served with a Content-Security-Policy header that forbids everything.
    const csp = new URL(req.url ?? '/', 'http://x').searchParams.get('csp') === 'none' ? { 'content-security-policy': "default-src 'none'" } : {};
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...csp });
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


export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The slice of the extension API the tests call from inside an extension page. */
interface ExtensionApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
}
declare const chrome: ExtensionApi;

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

/**
 * The tab id of the page whose URL is `url`. The extension has no `tabs` permission, so tab URLs are
 * hidden from it: each tab's content script is asked for its own URL instead.
 */
export async function tabIdOf(extPage: Page, url: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await extPage.evaluate(async (u) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const status = (await chrome.tabs.sendMessage(tab.id, { type: 'page-status' }).catch(() => null)) as { url?: string } | null;
        if (status?.url === u) return tab.id;
      }
      return null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`no content script answered for ${url}`);
    await sleep(100);
  }
}

/** What the content script of a tab reports (state, counts, timings), asked from an extension page. */
export async function pageStatus(extPage: Page, tabId: number): Promise<{ state: string; mentionCount: number; entityCount: number; timings?: Record<string, number>; parsedOn?: string } | null> {
  return extPage.evaluate(async (id) => {
    try {
      return (await chrome.tabs.sendMessage(id, { type: 'page-status' })) as {
        state: string;
        mentionCount: number;
        entityCount: number;
        timings?: Record<string, number>;
        parsedOn?: string;
      };
    } catch {
      return null;
    }
  }, tabId);
}

/** Waits until the content script of a tab has settled (not idle or working). */
export async function waitForSettled(extPage: Page, tabId: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await pageStatus(extPage, tabId);
    if (status && status.state !== 'working' && status.state !== 'idle') return status;
    if (Date.now() > deadline) throw new Error(`page did not settle: ${JSON.stringify(status)}`);
    await sleep(100);
  }
}

/** Every Backstory highlight in the page: name, text and where it sits. */
export async function readHighlights(page: Page) {
  return page.evaluate(() => {
    const out: Array<{ name: string; text: string; inArticle: boolean; container: string }> = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        const el = range.startContainer.parentElement;
        out.push({
          name,
          text: range.toString(),
          inArticle: !!el?.closest('article'),
          container: el ? el.closest('header,aside,form,textarea,nav,footer,section')?.tagName ?? '' : '',
        });
      }
    }
    return out;
  });
}

/**
 * Centre of a highlighted mention whose text is `text`: the `nth` such mention in document order
 * (default the first), scrolled into view first. By default it is centred vertically; `top` puts it
 * that many pixels below the top of the viewport instead (screenshots). Null when nothing matches.
 */
export async function mentionCentre(page: Page, text: string, options: { nth?: number; top?: number } = {}): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    (t, n, top) => {
      const found: Range[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('backstory-') || name === 'backstory-active') continue;
        for (const r of h as unknown as Iterable<Range>) if (r.toString() === t) found.push(r);
      }
      found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = found[n];
      if (!r) return null;
      if (top === null) r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      else scrollTo(0, Math.max(0, r.getBoundingClientRect().top + scrollY - top));
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    text,
    options.nth ?? 0,
    options.top ?? null,
  );
}

/**
 * Backstory's card lives in a *closed* shadow root: `host.shadowRoot` is null for every page script,
 * test code included. Tests reach it the way only the browser's own tools can: Chromium through the
 * DevTools protocol (a piercing `DOM.describeNode`), Firefox through WebDriver BiDi (which serialises
 * closed shadow roots with `includeShadowTree: 'all'`). `fn` then runs in the page with the root as
 * its first argument and must return JSON-serialisable data. Null when the page has no card host yet.
 */
export async function inCard<A extends unknown[], R>(page: Page, fn: (root: ShadowRoot, ...args: A) => R, ...args: A): Promise<R | null> {
  const source = `async function(...raw){ const args = raw.map((a) => JSON.parse(a)); return JSON.stringify((await (${fn.toString()})(this, ...args)) ?? null); }`;
  const encoded = args.map((a) => JSON.stringify(a ?? null));
  // Chromium is driven over CDP, Firefox over WebDriver BiDi (puppeteer's BidiBrowser).
  const firefox = page.browser().constructor.name.startsWith('Bidi');
  const json = firefox ? await inCardFirefox(page, source, encoded) : await inCardChromium(page, source, encoded);
  return json === null ? null : (JSON.parse(json) as R);
}

/** The card's layer is shown (not hidden) and has a name: the open card's title, or null. */
export async function openCardTitle(page: Page): Promise<string | null> {
  return inCard(page, (root) => {
    const layer = root.querySelector<HTMLElement>('.bs-layer');
    if (!layer || layer.hidden) return null;
    return layer.querySelector('.bs-name')?.textContent ?? null;
  });
}

/** Polls `check` (run on the card's closed root) until it returns a truthy value; throws after `timeout` ms. */
export async function waitForCard<A extends unknown[], R>(page: Page, check: (root: ShadowRoot, ...args: A) => R, options: { timeout?: number; polling?: number } = {}, ...args: A): Promise<NonNullable<R>> {
  const deadline = Date.now() + (options.timeout ?? 5000);
  for (;;) {
    const value = await inCard(page, check, ...args).catch(() => null);
    if (value) return value as NonNullable<R>;
    if (Date.now() > deadline) throw new Error(`waitForCard timed out: ${check.toString().slice(0, 160)}`);
    await sleep(options.polling ?? 50);
  }
}

/** Waits until no card is shown (no card host yet counts as none). */
export async function waitForNoCard(page: Page, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await inCard(page, (root) => !!root.querySelector('.bs-layer:not([hidden]) .bs-name'))) === true) {
    if (Date.now() > deadline) throw new Error('the card did not close');
    await sleep(50);
  }
}

/** The viewport centre of the first element matching `selector` inside the card (for a real, trusted click). */
export async function cardPoint(page: Page, selector: string, text?: string): Promise<{ x: number; y: number } | null> {
  return inCard(
    page,
    (root, sel, t) => {
      const all = [...root.querySelectorAll<HTMLElement>(sel)];
      // A button whose title (or whole text) is `t` first; else the first that mentions it.
      const el = t === null ? all[0] : (all.find((e) => (e.querySelector('strong')?.textContent ?? e.textContent) === t) ?? all.find((e) => (e.textContent ?? '').includes(t)));
      if (!el) return null;
      // A long card scrolls inside itself: bring the element into its view, as a reader would.
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    selector,
    text ?? null,
  );
}

/** Clicks the card's element matching `selector` (and containing `text`) with the real mouse. */
export async function clickInCard(page: Page, selector: string, text?: string): Promise<void> {
  const point = await cardPoint(page, selector, text);
  if (!point) throw new Error(`no ${selector}${text ? ` with “${text}”` : ''} in the card`);
  await page.mouse.click(point.x, point.y);
}

const STALE = '\u0000stale';

/** The tests' own isolated world: a page that sabotages its prototypes (tests/fixtures/dynamic/hostile.html) cannot break the harness. */
const TEST_WORLD = 'backstory-tests';

interface ChromiumCard {
  cdp: import('puppeteer-core').CDPSession;
  /** The closed root, as an object of the tests' isolated world (cached until the page navigates or the host is replaced). */
  root?: { objectId: string; context: number };
}
const chromiumCards = new WeakMap<Page, ChromiumCard>();

async function chromiumRoot(page: Page, card: ChromiumCard): Promise<{ objectId: string } | null> {
  const { cdp } = card;
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'backstory-ui' })) as { nodeId: number };
  if (!nodeId) return null;
  const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as { node: { shadowRoots?: Array<{ backendNodeId: number }> } };
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const frameId = (page.mainFrame() as unknown as { _id: string })._id;
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId, worldName: TEST_WORLD })) as { executionContextId: number };
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId })) as { object: { objectId?: string } };
  if (!object.objectId) return null;
  card.root = { objectId: object.objectId, context: executionContextId };
  return card.root;
}

async function inCardChromium(page: Page, source: string, args: unknown[]): Promise<string | null> {
  let card = chromiumCards.get(page);
  if (!card) chromiumCards.set(page, (card = { cdp: await page.createCDPSession() }));
  for (let attempt = 0; attempt < 2; attempt++) {
    // The cached root is checked first: still connected, still the host's root.
    // The host can be replaced between two protocol calls (a changed article is analysed again): a
    // node gone in between is tried once more, then counts as no card yet.
    const root = card.root ?? (await chromiumRoot(page, card).catch(() => undefined));
    if (root === undefined) continue;
    if (!root) return null;
    // One round trip: the function first checks the cached root is still the host's (else it answers STALE).
    const checked = `async function(...raw){ if (!this.isConnected || this.host !== document.querySelector('backstory-ui')) return ${JSON.stringify(STALE)}; return (${source}).apply(this, raw); }`;
    const result = (await card.cdp
      .send('Runtime.callFunctionOn', { objectId: root.objectId, functionDeclaration: checked, arguments: args.map((value) => ({ value })), returnByValue: true, awaitPromise: true })
      .then((r) => ((r as { result: { value?: string } }).result.value === STALE ? null : r))
      .catch(() => null)) as { result: { value?: string }; exceptionDetails?: { text: string; exception?: { description?: string } } } | null;
    if (!result) {
      card.root = undefined;
      continue;
    }
    if (result.exceptionDetails) throw new Error(`inCard: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value ?? null;
  }
  return null;
}

interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

async function inCardFirefox(page: Page, source: string, args: unknown[]): Promise<string | null> {
  const connection = (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  // A sandbox: the tests' own realm in the page, untouched by the page's scripts.
  const target = { context, sandbox: TEST_WORLD };
  const found = await connection.send('script.evaluate', {
    expression: `document.querySelector('backstory-ui')`,
    target,
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const host = found.result.result as BidiValue;
  const shadow = (host.value as { shadowRoot?: BidiValue | null } | undefined)?.shadowRoot;
  if (host.type !== 'node' || !shadow?.sharedId) return null;
  const called = await connection.send('script.callFunction', {
    functionDeclaration: source,
    this: { sharedId: shadow.sharedId },
    arguments: args.map((value) => ({ type: 'string', value })),
    target,
    awaitPromise: true,
  });
  if (called.result.type === 'exception') throw new Error(`inCard: ${JSON.stringify(called.result.exceptionDetails)}`);
  const value = called.result.result as BidiValue;
  return value.type === 'string' ? (value.value as string) : null;
}

/**
 * Which of `texts` carry a private mark (the reader's own and looked-up names, drawn inside the card's
 * closed root rather than in `CSS.highlights`): for each text's first occurrence in the page, scrolled
 * into view, whether a mark box lies along its bottom edge. Returns `group:text` for every marked one
 * (the group is the kind: `person`, `place`…).
 */
export async function privateMarks(page: Page, texts: string[]): Promise<string[]> {
  // Marks are drawn on animation frames, which a background tab does not get.
  await page.bringToFront();
  return (
    (await inCard(
      page,
      async (root, wanted: string[]) => {
        const found: string[] = [];
        for (const text of wanted) {
          // Every occurrence, until one is marked ("Okonkwo-Treadwell" also sits inside "Marisol Okonkwo-Treadwell").
          const ranges: Range[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node && ranges.length < 20; node = walker.nextNode()) {
            for (let at = (node.nodeValue ?? '').indexOf(text); at >= 0; at = (node.nodeValue ?? '').indexOf(text, at + 1)) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              ranges.push(range);
            }
          }
          search: for (const range of ranges) {
            range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
            // The marks follow the scroll on the next frame.
            for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
            const line = range.getClientRects()[0];
            if (!line) continue;
            for (const mark of root.querySelectorAll<HTMLElement>('.bs-mark')) {
              const b = mark.getBoundingClientRect();
              if (Math.abs(b.left - line.left) < 2 && Math.abs(b.right - line.right) < 2 && Math.abs(b.bottom - line.bottom) < 3) {
                found.push(`${[...mark.classList].find((c) => c.startsWith('bs-mark-'))!.slice('bs-mark-'.length)}:${text}`);
                break search;
              }
            }
          }
        }
        return found;
      },
      texts,
    )) ?? []
  );
}

/** Centre of the first occurrence of `text` in the page's text, scrolled into view (for names marked privately). */
export async function textCentre(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(t);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + t.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const b = range.getClientRects()[0];
      if (b) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, text);
}
