/**
 * Gives the page's main thread back between chunks of work, so no task of Backstory's runs long:
 * `scheduler.yield()` where the browser has it (the continuation keeps its place ahead of other
 * tasks), a zero timeout elsewhere. Alone in a module so the gate (entrypoints/content/gate.ts)
 * can use it without the analyser's code.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
