/** Test helpers for the reading list: fresh databases and article drafts. */
import { BackstoryDb } from '../db/schema';
import type { ArticleDraft, EntityCount } from './types';

let n = 0;
const opened: BackstoryDb[] = [];

/** A database with a fresh name; call `closeAll` in afterEach. */
export function freshDb(prefix = 'rl-test'): BackstoryDb {
  const db = new BackstoryDb(`${prefix}-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}

export function draft(url: string, title: string, text: string, extra: Partial<ArticleDraft> = {}): ArticleDraft {
  return { url, title, text, html: `<p>${text}</p>`, ...extra };
}

export const mention = (id: string, kind: EntityCount['kind'], name: string, count = 1): EntityCount => ({ id, kind, name, count });
