/**
 * The background's message to Chrome's offscreen document (entrypoints/offscreen). Its own module so
 * the service worker can name it without bundling Readability, which only the offscreen document runs.
 */

/** Marks the background's messages to the offscreen document; nothing else answers them. */
export const OFFSCREEN_TARGET = 'backstory-offscreen-parser';

/** A parse request from the background to the offscreen document. */
export interface OffscreenParseMessage {
  target: typeof OFFSCREEN_TARGET;
  html: string;
  url: string;
}

/** The subset of `runtime.MessageSender` the offscreen document checks. */
export interface OffscreenSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Whether a message comes from the extension's own background (its service worker), the only
 * sender the offscreen document answers. Content scripts share the extension's id and reach every
 * extension document with `runtime.sendMessage`, so the id alone proves nothing: the sender must
 * also have no tab and be the background script itself.
 */
export function isFromBackground(sender: OffscreenSender, extensionId: string, backgroundUrl: string): boolean {
  return sender.id === extensionId && sender.tab === undefined && sender.url === backgroundUrl;
}
