/**
 * Finding the names in saved articles again, after the glossary changed (an entry added, edited or
 * switched off): each article's text goes through the same matcher as a save, and its mention
 * counts and entity index are replaced. Articles are updated in small batches, each its own
 * transaction, so the list stays usable meanwhile; running it again is harmless.
 */
import { logChanges } from './articles-repo';
import type { BackstoryDb } from './schema';
import { entityKeys } from '../reading-list/entities';
import type { EntityCount } from '../reading-list/types';

export interface ReindexOptions {
  findEntities: (text: string, url: string) => Promise<EntityCount[]>;
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
  signal?: AbortSignal;
}

/** Re-counts the entities of every article that has text. Returns how many articles changed. */
export async function reindexEntities(db: BackstoryDb, options: ReindexOptions): Promise<number> {
  const ids = (await db.articles.filter((a) => a.downloaded).primaryKeys()) as string[];
  const batchSize = options.batchSize ?? 25;
  let changed = 0;
  for (let i = 0; i < ids.length; i += batchSize) {
    if (options.signal?.aborted) break;
    const batch = ids.slice(i, i + batchSize);
    const bodies = await db.articleBodies.bulkGet(batch);
    const articles = await db.articles.bulkGet(batch);
    const found = new Map<string, EntityCount[]>();
    for (let j = 0; j < batch.length; j++) {
      const text = bodies[j]?.text;
      const article = articles[j];
      if (text && article) found.set(batch[j]!, await options.findEntities(text, article.url));
    }
    await db.transaction('rw', db.articles, db.articleChanges, async () => {
      const updated: string[] = [];
      for (const [id, mentions] of found) {
        const current = await db.articles.get(id);
        if (!current) continue; // deleted meanwhile
        const same = JSON.stringify(current.mentions) === JSON.stringify(mentions);
        if (same) continue;
        await db.articles.update(id, { mentions, entities: entityKeys(mentions) });
        updated.push(id);
        changed++;
      }
      await logChanges(db, updated);
    });
    options.onProgress?.(Math.min(ids.length, i + batch.length), ids.length);
  }
  return changed;
}
