/**
 * The cards' services on a web page (the content script) and in the welcome demo: sealed entries'
 * texts come from the background (`card-entries`, answered for the sender's own tab only), "open in
 * side panel" asks the background inside the reader's click, and corrections are remembered for
 * the page's site. The reader view gets its entries unsealed and uses `LOCAL_CARD_SERVICES`.
 */
import { sendToBackground } from '@/lib/client/send';
import { correct } from '@/lib/sites/corrections-store';
import type { CardServices } from './card-controller';

/** Services that reach the background for the card on a page of `hostname`. */
export function backgroundCardServices(hostname: string): CardServices {
  return {
    async unseal(ids) {
      const reply = await sendToBackground({ type: 'card-entries', ids });
      return reply.ok ? reply.entries : [];
    },
    // sendToBackground calls sendMessage before its first await: still inside the reader's click.
    openSidePanel: (entryId) => sendToBackground({ type: 'open-side-panel', entryId }).then((reply) => reply.ok && reply.opened),
    correct: (surface, entryId) => void correct(hostname, surface, entryId),
  };
}
