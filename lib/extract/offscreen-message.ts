/**
 * The background's messages to Chrome's offscreen document (entrypoints/offscreen). Its own module so
 * the service worker can name them without bundling Readability, which only the offscreen document runs.
 *
 * They travel on a port the background opens (`runtime.connect`), not as `runtime.sendMessage`: a
 * one-time message from a content script reaches every extension document that listens for one, so
 * an offscreen document listening with `runtime.onMessage` received (and decoded) every page's HTML
 * twice, once from the page on its way to the background and once relayed, and every analysis' text
 * once for nothing. With no `onMessage` listener there, a content script's port is all that could
 * reach it: one under this port's name is refused (`isFromBackground`); a page's own parse port is
 * answered under its own rules (direct-parse.ts).
 */
import type { ParsePageResult } from './page-parse';

/** The port's name; the offscreen document accepts no other. */
export const OFFSCREEN_TARGET = 'backstory-offscreen-parser';

/** A parse request from the background to the offscreen document; `id` pairs it with its reply. */
export interface OffscreenParseMessage {
  target: typeof OFFSCREEN_TARGET;
  id: number;
  html: string;
  url: string;
}

/** The offscreen document's reply on the port: the parse's result, or why there is none. */
export type OffscreenParseReply = { id: number } & (ParsePageResult | { error: string });

/** The subset of `runtime.MessageSender` the offscreen document checks. */
export interface OffscreenSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Whether a port comes from the extension's own background (its service worker), the only
 * sender the offscreen document answers. Content scripts share the extension's id and reach every
 * extension document with `runtime.connect`, so the id alone proves nothing: the sender must
 * also have no tab and be the background script itself.
 */
export function isFromBackground(sender: OffscreenSender, extensionId: string, backgroundUrl: string): boolean {
  return sender.id === extensionId && sender.tab === undefined && sender.url === backgroundUrl;
}
