/**
 * Browser test harness, the card: Backstory's card lives in a closed shadow root, which only the
 * browser's own tools reach (Chromium's DevTools protocol, Firefox's WebDriver BiDi). These read it,
 * wait on it and click in it as the reader would.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { eventually } from '../eventually';

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
  const what = `the card: ${check.toString().slice(0, 160)}`;
  const read = () => inCard(page, check, ...args).catch(() => null);
  return (await eventually(read, (value) => !!value, { timeout: options.timeout ?? 5000, interval: options.polling ?? 50, what })) as NonNullable<R>;
}

/** Whether a card is shown (no card host yet counts as none). */
export async function cardShown(page: Page): Promise<boolean> {
  return (await inCard(page, (root) => !!root.querySelector('.bs-layer:not([hidden]) .bs-name'))) === true;
}

/** Waits until no card is shown (no card host yet counts as none). */
export async function waitForNoCard(page: Page, timeout = 5000): Promise<void> {
  await eventually(() => cardShown(page), (shown) => !shown, { timeout, interval: 50, what: 'the card closing' });
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
  cdp: CDPSession;
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
