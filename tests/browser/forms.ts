/**
 * Browser test harness, the extension's own pages as a reader fills them in: form values set as
 * typing would, and Backstory's database read with plain IndexedDB from an extension page.
 */
import type { Page } from 'puppeteer-core';

/** Sets a form control's value as typing would, and fires the events Preact listens to. */
export async function setValue(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 10_000 });
  await page.$eval(
    selector,
    (el, v) => {
      const input = el as HTMLInputElement;
      const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

/** Every row of one store of Backstory's database (`backstory`), read from an extension page. */
export async function storeRows<T = unknown>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('backstory');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const q = db.transaction(name).objectStore(name).getAll();
        q.onsuccess = () => resolve(q.result);
        q.onerror = () => reject(q.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

/** Row counts of every store of Backstory's database, read from an extension page. */
export async function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('backstory');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const out: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<number>((resolve) => {
        const q = db.transaction(name).objectStore(name).count();
        q.onsuccess = () => resolve(q.result);
      });
    }
    db.close();
    return out;
  });
}

/**
 * Waits until no CSS transition runs in the page, its shadow roots included (a theme change fades
 * colours in; a card fades in): what axe measures is then the colour the reader ends up seeing.
 */
export async function waitForTransitions(page: Page, timeout = 5000): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'), { timeout, polling: 50 });
}

/** Chooses a file for the file input `selector`, as the reader picking it would (a `change` event follows). */
export async function chooseFile(page: Page, selector: string, name: string, contents: string | Uint8Array, type = ''): Promise<void> {
  await page.$eval(
    selector,
    (el, fileName, base64, mime) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], fileName, { type: mime }));
      (el as HTMLInputElement).files = dt.files;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    name,
    Buffer.from(contents).toString('base64'),
    type,
  );
}
