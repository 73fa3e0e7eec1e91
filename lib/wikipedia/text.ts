/**
 * What the reader is told about a look-up, in one place so the card, the side panel and the
 * settings say the same thing. The words are in locales/en.json (`wikipedia.*`).
 */
import { t } from '@/lib/i18n/i18n';
import type { LookupOutcome } from './outcome';

/** Wikipedia's licence for its text, and the attribution line it asks re-users to show. */
export const WIKIPEDIA_LICENCE = { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' } as const;

/** The edition's host as the reader sees it ("en.wikipedia.org"). */
export const editionHost = (lang: string) => `${lang}.wikipedia.org`;

/** What is sent, said before the first look-up. */
export function whatIsSent(name: string, lang: string): string {
  return t('wikipedia.whatIsSent', [name, editionHost(lang)]);
}

/** A one-line account of an outcome (choices are shown as a list under it). */
export function outcomeMessage(outcome: LookupOutcome, looked: string): string {
  switch (outcome.status) {
    case 'saved':
      return t('wikipedia.saved', [outcome.entry.name]);
    case 'known':
      return t('wikipedia.known', [outcome.entry.name]);
    case 'not-found':
      return t('wikipedia.notFound', [editionHost(outcome.lang), outcome.name]);
    case 'no-summary':
      return t('wikipedia.noSummary', [outcome.title]);
    case 'needs-permission':
      return t('wikipedia.needsPermission', [editionHost(outcome.lang), looked]);
    case 'off':
      return t('wikipedia.off');
    case 'error':
      return outcome.error;
    case 'choices':
      return t('wikipedia.choices', [looked]);
  }
}
