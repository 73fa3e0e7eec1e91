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
