/**
 * The background's port to Chrome's offscreen document (lib/extract/offscreen-message.ts says why a
 * port): sends parse requests on it and pairs each reply with its request. The port is opened on the
 * first request and again after it closes (the document was closed, or reloaded); a request under
 * way when it closes fails, and the caller (page-parser.ts) opens the document again and retries once.
 */
import { OFFSCREEN_TARGET, type OffscreenParseMessage, type OffscreenParseReply } from '../extract/offscreen-message';
import type { ParsePageResult } from '../extract/page-parse';

/** The part of `runtime.Port` the channel uses. */
export interface ChannelPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** A request waiting for its reply. */
interface Waiting {
  resolve: (result: ParsePageResult) => void;
  reject: (error: Error) => void;
}

/** An open port and the requests sent on it that wait for their replies. */
interface OpenPort {
  port: ChannelPort;
  waiting: Map<number, Waiting>;
}

/** Parse requests to the offscreen document, on one port at a time, each reply paired with its request by id. */
export class OffscreenChannel {
  private current: OpenPort | null = null;
  private nextId = 0;

  /** `connect` opens a port to the offscreen document (`runtime.connect({ name: OFFSCREEN_TARGET })`). */
  constructor(private readonly connect: () => ChannelPort) {}

  /** Asks the offscreen document to parse `html` at `url`; rejects when it answers with an error or goes away. */
  parse(html: string, url: string): Promise<ParsePageResult> {
    const id = this.nextId++;
    const message: OffscreenParseMessage = { target: OFFSCREEN_TARGET, id, html, url };
    return new Promise<ParsePageResult>((resolve, reject) => {
      const open = this.open();
      open.waiting.set(id, { resolve, reject });
      try {
        open.port.postMessage(message);
      } catch (error) {
        // The port closed since its last use, before its disconnect event arrived: the next request opens another.
        open.waiting.delete(id);
        if (this.current === open) this.current = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private open(): OpenPort {
    if (this.current) return this.current;
    const open: OpenPort = { port: this.connect(), waiting: new Map() };
    open.port.onMessage.addListener((message) => answer(open.waiting, message as OffscreenParseReply | null));
    open.port.onDisconnect.addListener(() => {
      if (this.current === open) this.current = null;
      const lost = [...open.waiting.values()];
      open.waiting.clear();
      for (const w of lost) w.reject(new Error('The offscreen parser went away'));
    });
    this.current = open;
    return open;
  }
}

/** Settles the request a reply answers: its result, or the parser's error. */
function answer(waiting: Map<number, Waiting>, reply: OffscreenParseReply | null): void {
  const request = typeof reply?.id === 'number' ? waiting.get(reply.id) : undefined;
  if (!reply || !request) return;
  waiting.delete(reply.id);
  if ('ms' in reply && typeof reply.ms === 'number') request.resolve({ article: reply.article, ms: reply.ms });
  else request.reject(new Error('error' in reply ? `The offscreen parser failed: ${reply.error}` : 'The offscreen parser did not answer'));
}
