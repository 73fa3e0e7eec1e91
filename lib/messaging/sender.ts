/** The sender allowlist at the background boundary. */

/** Who sent a message: a content script in a web tab, or one of Backstory's own pages. */
export type SenderKind = 'content' | 'extension-page';

/** The subset of `runtime.MessageSender` the check reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Classifies a sender, or returns null for anyone else (another extension, a page without
 * a tab, a URL that is neither a web page nor ours). Messages from null senders are refused.
 */
export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && /^https?:\/\//i.test(sender.url)) return 'content';
  return null;
}
