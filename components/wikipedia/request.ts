/** The message that asks the background to look a name up (from the side panel or a card). */
import { browser } from 'wxt/browser';
import type { LookupOutcome, LookupRequest } from '@/lib/wikipedia/outcome';

type Reply = { ok: true; outcome: LookupOutcome } | { ok: false; error: string };

/** Sends a look-up to the background. */
export async function requestLookup(request: LookupRequest): Promise<LookupOutcome> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'wikipedia-lookup', ...request })) as Reply | undefined;
    if (!reply) return { status: 'error', error: 'Backstory’s background did not answer. Nothing was saved.', retryable: true };
    return reply.ok ? reply.outcome : { status: 'error', error: reply.error, retryable: false };
  } catch (error) {
    return { status: 'error', error: `The look-up could not start (${error instanceof Error ? error.message : String(error)}).`, retryable: true };
  }
}
