/**
 * What the reader is told about a look-up, in one place so the card, the side panel and the
 * settings say the same thing. Pure.
 */
import type { LookupOutcome } from './outcome';

/** Wikipedia's licence for its text, and the attribution line it asks re-users to show. */
export const WIKIPEDIA_ATTRIBUTION = 'From Wikipedia, the free encyclopedia';
export const WIKIPEDIA_LICENCE = { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' } as const;

/** The edition's host as the reader sees it ("en.wikipedia.org"). */
export const editionHost = (lang: string) => `${lang}.wikipedia.org`;

/** What is sent, said before the first look-up. */
export function whatIsSent(name: string, lang: string): string {
  return `Backstory will send the name “${name}” to ${editionHost(lang)}, and nothing else: not the page, not its address. Wikipedia’s summary is kept in your glossary, so later pages need no request.`;
}

/** The browser's permission, said before it asks. */
export const PERMISSION_NOTE = 'Your browser will ask you to let Backstory contact Wikipedia. You can take it back in Backstory’s settings at any time.';

export const DECLINED = 'Not looked up. Backstory stays offline; you can allow Wikipedia look-ups whenever you like.';

/** A one-line account of an outcome (choices are shown as a list instead). */
export function outcomeMessage(outcome: LookupOutcome, looked: string): string {
  switch (outcome.status) {
    case 'saved':
      return `Added “${outcome.entry.name}” from Wikipedia to your glossary. It is highlighted on every page that names it.`;
    case 'known':
      return `Your glossary already has this: “${outcome.entry.name}”. Nothing was added.`;
    case 'not-found':
      return `Wikipedia (${editionHost(outcome.lang)}) has no article called “${outcome.name}”. Nothing was added.`;
    case 'no-summary':
      return `Wikipedia has a page “${outcome.title}” but no summary Backstory can keep. Nothing was added.`;
    case 'needs-permission':
      return `Backstory needs your permission to contact ${editionHost(outcome.lang)} before it can look up “${looked}”.`;
    case 'off':
      return 'Wikipedia look-ups are switched off in Backstory’s settings. Nothing was sent.';
    case 'error':
      return outcome.error;
    case 'choices':
      return `Wikipedia has several pages for “${looked}”. Which one does this article mean?`;
  }
}
