/**
 * The content script's side of a card's look-up: the state of each name's look-up on this page,
 * the reader's switch (watched live), and the messages to the background, which holds the
 * permission and does the fetch. Only the name (and the page's language, to pick the edition) goes
 * to the background; only the name goes to Wikipedia.
 */
import { browser } from 'wxt/browser';
import type { EntryKind } from '@/lib/glossary/types';
import { getSettings, watchSettings } from '@/lib/settings/settings';
import { explainedItem } from '@/lib/settings/wikipedia-explained';
import { editionFor } from '@/lib/wikipedia/summary';
import { requestLookup } from './request';
import type { CardLookupProps, CardLookupState } from './CardLookup';

/** The page's language, as the article extraction reads it (`<html lang>`, else `content-language`). */
function pageLanguage(): string | null {
  const lang = document.documentElement?.getAttribute('lang') ?? document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? null;
  return lang ? lang.trim().slice(0, 35) || null : null;
}

export class CardLookups {
  private states = new Map<string, CardLookupState & { title?: string }>();
  private enabled = false;
  private followArticle = true;
  private explained = false;
  private readonly unwatch: () => void;
  private readonly unwatchExplained: () => void;
  private disposed = false;

  /** `changed` re-renders the open card. */
  constructor(
    private readonly changed: () => void,
    private readonly send: (message: object) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
  ) {
    const apply = (s: { wikipediaLookups: boolean; wikipediaArticleLanguage: boolean }) => {
      this.followArticle = s.wikipediaArticleLanguage;
      this.setEnabled(s.wikipediaLookups);
    };
    void getSettings().then(apply);
    this.unwatch = watchSettings(apply);
    void explainedItem.getValue().then((v) => (this.explained = v));
    this.unwatchExplained = explainedItem.watch((v) => (this.explained = v));
  }

  private setEnabled(on: boolean): void {
    if (this.disposed || on === this.enabled) return;
    this.enabled = on;
    this.changed();
  }

  private set(surface: string, state: (CardLookupState & { title?: string }) | null): void {
    if (this.disposed) return;
    if (state) this.states.set(surface, state);
    else this.states.delete(surface);
    this.changed();
  }

  private run(surface: string, title?: string, kind?: EntryKind): void {
    this.set(surface, { step: 'working', title });
    void requestLookup({ name: surface, articleLang: pageLanguage(), ...(title ? { title } : {}), ...(kind ? { kind } : {}) }).then((outcome) =>
      this.set(surface, { step: 'done', outcome, title }),
    );
  }

  /** The card's look-up props for a name, or undefined when look-ups are switched off. */
  props(surface: string): Omit<CardLookupProps, 'surface'> | undefined {
    if (!this.enabled) return undefined;
    return {
      state: this.states.get(surface),
      lang: editionFor(pageLanguage(), this.followArticle),
      onLookUp: () => {
        if (this.explained) this.run(surface, this.states.get(surface)?.title);
        else this.set(surface, { step: 'confirm' });
      },
      onConfirm: () => {
        this.explained = true;
        void explainedItem.setValue(true);
        this.run(surface);
      },
      onPick: (title) => this.run(surface, title),
      onAllow: () => {
        this.set(surface, { step: 'settings-opened' });
        void this.send({ type: 'open-wikipedia-settings' }).catch(() => undefined);
      },
      onDismiss: () => this.set(surface, null),
    };
  }

  dispose(): void {
    this.disposed = true;
    this.unwatch();
    this.unwatchExplained();
  }
}
