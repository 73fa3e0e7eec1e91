/** Whether the reader accepted what a look-up sends: its own module, so content scripts (the card) import nothing else of permission.ts. */
import { storedItem } from './stored-item';

/**
 * Whether the reader has seen, and accepted, what a look-up sends. The first look-up always
 * explains it first, even where the browser already lets Backstory reach Wikipedia (Firefox grants
 * the content script's access to every https site at install, and that covers Wikipedia). Reset
 * when look-ups are turned off, so turning them back on explains again.
 */
export const explainedItem = storedItem<boolean>('local:wikipediaLookupExplained', false);
