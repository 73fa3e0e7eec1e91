/**
 * Look-ups from an extension page (the side panel): the reader's switch, whether the permission is
 * already granted, and each name's progress. The permission prompt must open inside the click, so
 * `allow` calls `permissions.request` before anything else; everything after it (the message to the
 * background, which holds the permission and does the fetch) can wait.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntryKind } from '@/lib/glossary/types';
import { getSettings, watchSettings } from '@/lib/settings/settings';
import type { LookupStep } from '@/lib/wikipedia/outcome';
import { devEndpointItem, explainedItem, lookupAccess, requestWikipediaPermission, watchWikipediaPermission, type LookupAccess } from '@/lib/settings/wikipedia-permission';
import { editionFor } from '@/lib/wikipedia/summary';
import { requestLookup } from './request';

/** Where one name's look-up in the panel stands: the explanation comes before the browser's prompt, which the reader may decline. */
export type RowState = LookupStep<'declined'>;

export interface Lookups {
  /** The reader's switch (null while loading). */
  enabled: boolean | null;
  /** True when a look-up goes out at once: the reader saw what is sent, and the browser permits it. */
  ready: boolean;
  /** The browser permission is held (or not needed: the loopback test server). */
  permission: boolean;
  /** The edition look-ups from this article use ("en", "de"). */
  lang: string;
  state(name: string): RowState | undefined;
  /** The row's "Look up on Wikipedia": straight to the look-up when ready, else the explanation first. */
  begin(name: string, kind?: EntryKind): void;
  /** "Allow and look up". Call it from the click handler itself: the browser's prompt needs the click. */
  allow(name: string, kind?: EntryKind): void;
  /** A choice from a disambiguation list. */
  pick(name: string, title: string): void;
  retry(name: string): void;
  dismiss(name: string): void;
  /** The last entry added, for the section's status line (its row leaves the list once the glossary knows it). */
  added: string | null;
}

export function useWikipediaLookups(articleLang: string | null): Lookups {
  const [settings, setSettings] = useState<{ on: boolean; follow: boolean } | null>(null);
  const [access, setAccess] = useState<Pick<LookupAccess, 'permission' | 'explained' | 'ready'>>({ permission: false, explained: false, ready: false });
  const [rows, setRows] = useState<ReadonlyMap<string, RowState & { kind?: EntryKind; title?: string }>>(new Map());
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const apply = (s: { wikipediaLookups: boolean; wikipediaArticleLanguage: boolean }) => live && setSettings({ on: s.wikipediaLookups, follow: s.wikipediaArticleLanguage });
    const refresh = () => void lookupAccess().then((a) => live && setAccess(a));
    void getSettings().then(apply);
    refresh();
    const unwatchSettings = watchSettings(apply);
    const unwatchPermission = watchWikipediaPermission(refresh);
    const unwatchEndpoint = devEndpointItem.watch(refresh);
    const unwatchExplained = explainedItem.watch(refresh);
    return () => {
      live = false;
      unwatchSettings();
      unwatchPermission();
      unwatchEndpoint();
      unwatchExplained();
    };
  }, []);

  const set = (name: string, state: (RowState & { kind?: EntryKind; title?: string }) | null) =>
    setRows((prev) => {
      const next = new Map(prev);
      if (state) next.set(name, state);
      else next.delete(name);
      return next;
    });

  const run = (name: string, kind?: EntryKind, title?: string) => {
    set(name, { step: 'working', kind, title });
    void requestLookup({ name, articleLang, ...(kind ? { kind } : {}), ...(title ? { title } : {}) }).then((outcome) => {
      if (outcome.status === 'saved') setAdded(outcome.entry.name);
      if (outcome.status === 'needs-permission') setAccess((a) => ({ ...a, permission: false, ready: false }));
      set(name, { step: 'done', outcome, kind, title });
    });
  };

  return {
    enabled: settings?.on ?? null,
    ready: access.ready,
    permission: access.permission,
    lang: editionFor(articleLang, settings?.follow ?? true),
    state: (name) => rows.get(name),
    begin(name, kind) {
      setAdded(null);
      if (access.ready) run(name, kind);
      else set(name, { step: 'confirm', kind });
    },
    allow(name, kind) {
      // First thing in the click: the browser's prompt only opens while the click is being handled.
      const asking = access.permission ? Promise.resolve(true) : requestWikipediaPermission();
      set(name, { step: 'working', kind });
      void asking.then(async (granted) => {
        if (!granted) return set(name, { step: 'declined', kind });
        await explainedItem.setValue(true);
        setAccess({ permission: true, explained: true, ready: true });
        run(name, kind);
      });
    },
    pick(name, title) {
      run(name, rows.get(name)?.kind, title);
    },
    retry(name) {
      const row = rows.get(name);
      run(name, row?.kind, row?.title);
    },
    dismiss(name) {
      set(name, null);
    },
    added,
  };
}
