/**
 * The reading list's actions and their feedback: the selection, archive / favourite / tags / delete
 * on a set of articles, the status line that says what was done, and the Undo of a deletion.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import type { StoredArticle } from '@/lib/db/articles-repo';
import type { Stores } from '@/lib/db/stores';
import type { SavedArticle } from '@/lib/reading-list/types';
import { articles as nArticles } from './format';

const UNDO_MS = 10_000;

export interface ListActions {
  selected: ReadonlySet<string>;
  toggleSelect(id: string): void;
  clearSelection(): void;
  /** A deletion that can still be undone, and what to say about it. */
  undo: { items: StoredArticle[]; message: string } | null;
  /** What the last action did (or why it failed). */
  notice: string;
  archive(ids: string[]): void;
  favourite(ids: string[]): void;
  addTags(ids: string[], tags: string[]): void;
  setTags(id: string, tags: string[]): void;
  remove(ids: string[]): void;
  undoDelete(): void;
}

/** `shown`: the articles on screen, whose state decides whether archive / favourite turn on or off. */
export function useListActions(store: Stores['articles'], shown: readonly SavedArticle[]): ListActions {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<ListActions['undo']>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const act = async (label: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      setNotice(label);
    } catch (error) {
      setNotice(t('library.done.failed', [label.toLocaleLowerCase(), error instanceof Error ? error.message : String(error)]));
    }
  };
  const onScreen = (ids: string[]) => ids.map((id) => shown.find((a) => a.id === id)).filter((a): a is SavedArticle => !!a);

  return {
    selected,
    toggleSelect: (id) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    clearSelection: () => setSelected(new Set()),
    undo,
    notice,
    archive(ids) {
      if (ids.length === 0) return;
      const toArchived = onScreen(ids).some((a) => a.state !== 'archived');
      const label = toArchived ? t('library.done.archived', [nArticles(ids.length)]) : t('library.done.unarchived', [nArticles(ids.length)]);
      void act(label, () => store.setState(ids, toArchived ? 'archived' : 'unread'));
    },
    favourite(ids) {
      if (ids.length === 0) return;
      const on = onScreen(ids).some((a) => a.favourite !== 1);
      void act(on ? t('library.done.favourite') : t('library.done.unfavourite'), () => store.setFavourite(ids, on));
    },
    addTags: (ids, tags) => void act(t('library.done.tagged'), () => store.addTags(ids, tags)),
    setTags: (id, tags) => void act(t('library.done.tagsSaved'), () => store.setTags(id, tags)),
    remove(ids) {
      if (ids.length === 0) return;
      void (async () => {
        const items = await store.delete(ids);
        setSelected(new Set());
        setUndo({ items, message: t('library.done.deleted', [nArticles(items.length)]) });
      })();
    },
    undoDelete() {
      if (!undo) return;
      const items = undo.items;
      setUndo(null);
      void act(t('library.done.restored', [nArticles(items.length)]), () => store.restore(items));
    },
  };
}
