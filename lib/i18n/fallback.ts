/**
 * The messages `t()` reads where `browser.i18n` is absent (unit tests in Node). Kept apart from
 * i18n.ts so the test setup can fill it without loading the browser API wrappers before the fake
 * browser is in place; the extension's bundles never fill it, so they do not carry the messages file.
 */
let messages: unknown = {};

/** Gives the messages (locales/en.json's shape) to read where `browser.i18n` is absent. */
export function setFallbackMessages(value: unknown): void {
  messages = value;
}

/** The messages given to `setFallbackMessages`, or none. */
export function fallbackMessages(): unknown {
  return messages;
}
