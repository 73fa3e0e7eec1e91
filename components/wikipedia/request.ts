/** The message that asks the background to look a name up (from the side panel or a card). */
import { NO_ANSWER, sendToBackground } from '@/lib/client/send';
import type { LookupOutcome, LookupRequest } from '@/lib/wikipedia/outcome';

/** Sends a look-up to the background. */
export async function requestLookup(request: LookupRequest): Promise<LookupOutcome> {
  const reply = await sendToBackground({ type: 'wikipedia-lookup', ...request });
  if (reply.ok) return reply.outcome;
  if (reply.error === NO_ANSWER) return { status: 'error', error: 'Backstory’s background did not answer. Nothing was saved.', retryable: true };
  return { status: 'error', error: reply.error, retryable: false };
}
