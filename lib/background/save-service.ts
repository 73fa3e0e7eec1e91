/**
 * Saving in the background, which owns the database: ask a tab's content script for its article
 * (extracted, sanitised, lazy images resolved, links absolute), validate what came back as
 * untrusted input, find its entities with the same matcher the page uses, and store it (created or
 * updated, never duplicated). Free of browser APIs: the triggers live in `background.ts`.
 */
import { saveArticle, isQuotaError } from '../db/articles-repo';
import type { BackstoryDb } from '../db/schema';
import type { AnalysisService } from './analysis-service';
import { parseCollectedArticle, type CollectArticleReply, type SaveTabReply } from '../messaging/protocol';
import { t } from '@/lib/i18n/i18n';
import { countEntities } from '../reading-list/entities';
import { toEpoch } from '../reading-list/text';
import type { ArticleDraft } from '../reading-list/types';

/** Asks a tab's content script for its article; resolves to its raw (unvalidated) reply. */
export type Collector = (tabId: number) => Promise<unknown>;

/** A readable message for a failed save. */
export function saveErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return t('library.save.full');
  return error instanceof Error ? error.message : String(error);
}

export interface SaveService {
  /** Saves the article in `tabId`. */
  saveTab(tabId: number): Promise<SaveTabReply | { ok: false; error: string }>;
}

export function createSaveService(db: BackstoryDb, analysis: Pick<AnalysisService, 'analyse'>, collect: Collector): SaveService {
  return {
    async saveTab(tabId) {
      let raw: unknown;
      try {
        raw = await collect(tabId);
      } catch {
        return { ok: false, error: t('library.save.cannotRead') };
      }
      const parsed = parseCollectedArticle(raw);
      if (!parsed.ok) return parsed;
      const reply: CollectArticleReply = parsed.reply;
      if (!reply.ok) return reply;
      const { meta, text, html } = reply.article;
      try {
        const analysed = await analysis.analyse({ text });
        const draft: ArticleDraft = {
          url: meta.url,
          canonicalHint: meta.canonicalUrl,
          title: meta.title,
          byline: meta.byline,
          siteName: meta.siteName,
          excerpt: meta.excerpt,
          lang: meta.lang,
          dir: meta.dir,
          publishedAt: toEpoch(meta.publishedTime),
          html,
          text,
          mentions: countEntities(analysed.mentions, analysed.entries),
          source: 'web',
        };
        const saved = await saveArticle(db, draft);
        return { ok: true, outcome: saved.outcome, id: saved.article.id, title: saved.article.title };
      } catch (error) {
        return { ok: false, error: saveErrorMessage(error) };
      }
    },
  };
}
