/**
 * The hand-over between the content script every page pays for (the gate, entrypoints/content/index.ts)
 * and the part only articles load (entrypoints/analyser.ts): the analyser's script, evaluated in
 * this content script's own world by a dynamic `import()` of the extension's file, leaves its entry
 * point under ANALYSER_KEY on that world's global object, which the page's own scripts cannot see.
 * Nothing is added to the page's DOM, and the page's CSP does not apply to an extension's import.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The lazily loaded file, relative to the extension's root (entrypoints/analyser.ts). */
export const ANALYSER_FILE = 'analyser.js';
/** Where the analyser's script leaves its entry point on the content script world's global object. */
export const ANALYSER_KEY = '__backstoryAnalyser';

/** What the analyser offers the gate: a started page controller. */
export interface Analyser {
  start(ctx: ContentScriptContext, options: { gated: boolean }): AnalyserController;
}

/** The part of the page controller the gate talks to after the hand-over. */
export interface AnalyserController {
  onMessage(message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): boolean | undefined;
}

type Holder = { [ANALYSER_KEY]?: Analyser };

/**
 * Loads the analyser once into this world. `url` is the file's extension URL (`runtime.getURL`);
 * `instance` makes the module's URL this content script's own, so a script injected again (an
 * extension update, a second frame of the same world) evaluates a fresh copy bound to its own context.
 */
export async function loadAnalyser(url: string, instance: string): Promise<Analyser> {
  const holder = globalThis as Holder;
  delete holder[ANALYSER_KEY];
  await import(/* @vite-ignore */ `${url}?i=${instance}`);
  const analyser = holder[ANALYSER_KEY];
  if (!analyser) throw new Error('Backstory: the analyser did not load');
  delete holder[ANALYSER_KEY];
  return analyser;
}

/** Called by the analyser's script when it is evaluated: leaves its entry point for `loadAnalyser`. */
export function provideAnalyser(analyser: Analyser): void {
  (globalThis as Holder)[ANALYSER_KEY] = analyser;
}
