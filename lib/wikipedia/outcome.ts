/**
 * The shapes of a look-up request and its outcome: shared by the background (which performs it),
 * the message protocol, the side panel and the card. Types only.
 */
import type { EntryKind } from '../glossary/types';

/** One reading of a disambiguation page. */
export interface Candidate {
  title: string;
  description: string;
}

export interface LookupRequest {
  /** The words as the article wrote them; kept as an alias of the entry. */
  name: string;
  /** The Wikipedia title to fetch, when it differs from the name (a choice from a disambiguation list). */
  title?: string;
  /** The article's language (`<html lang>`), for the edition. */
  articleLang: string | null;
  /** The side panel's guess of the kind, used when the summary does not say. */
  kind?: EntryKind;
}

/** A saved or known entry, as the UI names it. */
export interface LookupEntry {
  id: string;
  name: string;
  kind: EntryKind;
  summary: string;
  origin: string;
}

export type LookupOutcome =
  | { status: 'saved'; entry: LookupEntry; lang: string; pageUrl: string }
  /** The article is already in the glossary (a pack or the reader's entry links to it): nothing was written. */
  | { status: 'known'; entry: LookupEntry; lang: string; pageUrl: string }
  /** A disambiguation page: the reader picks one, which is then looked up by its title. */
  | { status: 'choices'; title: string; lang: string; pageUrl: string; candidates: Candidate[]; error?: string }
  | { status: 'not-found'; name: string; lang: string }
  /** A page exists but has no summary to keep (no description, no extract, or the main page). */
  | { status: 'no-summary'; title: string; lang: string; pageUrl: string }
  /** Wikipedia look-ups are allowed in Settings but the browser permission is not granted. */
  | { status: 'needs-permission'; lang: string }
  /** Switched off in Settings: nothing was sent. */
  | { status: 'off' }
  | { status: 'error'; error: string; retryable: boolean };

/**
 * Where one name's look-up stands, on a card or in the side panel: what is sent, explained before
 * the first look-up (`confirm`), the look-up under way, its outcome, or `Aside`, the one step each
 * place has of its own (the card opened the settings page; the panel's browser prompt was declined).
 */
export type LookupStep<Aside extends string> = { step: 'confirm' } | { step: 'working' } | { step: Aside } | { step: 'done'; outcome: LookupOutcome };
