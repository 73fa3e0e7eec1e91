/**
 * One look-up, start to finish: the reader's switch, the permission, the language edition, the
 * fetch, the parse, and the write. Every dependency is passed in, so the whole flow is tested in
 * Node against fake fetches and an in-memory database.
 *
 * Nothing is written unless a complete, valid summary arrived: a network error, a timeout, a 404,
 * a disambiguation page, an oversized or malformed answer all leave the glossary exactly as it was.
 */
import { saveWikipediaEntry } from '../db/glossary-repo';
import type { BackstoryDb } from '../db/schema';
import type { EntryKind } from '../glossary/types';
import { fetchJson, type FetchResult } from '../wikipedia/client';
import { candidatesUrl, summaryUrl, type Endpoint } from '../wikipedia/endpoint';
import type { LookupEntry, LookupOutcome, LookupRequest } from '../wikipedia/outcome';
import { editionFor, parseCandidates, parseSummary, sameArticle, summaryToEntry } from '../wikipedia/summary';

export type { LookupEntry, LookupOutcome, LookupRequest } from '../wikipedia/outcome';

export interface LookupDeps {
  db: BackstoryDb;
  settings(): Promise<{ wikipediaLookups: boolean; wikipediaArticleLanguage: boolean }>;
  endpoint(): Promise<Endpoint>;
  /** Whether the optional host permission for Wikipedia is granted. */
  hasPermission(): Promise<boolean>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  now?(): Date;
  /** Called after an entry was written (tells open pages to re-analyse). */
  onSaved?(): Promise<void>;
}

const entryView = (e: { id: string; name: string; kind: EntryKind; summary: string; origin: string }): LookupEntry => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  summary: e.summary,
  origin: e.origin,
});

function failed(result: Extract<FetchResult, { ok: false }>): LookupOutcome {
  const retryable = result.failure === 'network' || result.failure === 'timeout' || (result.failure === 'http' && (result.status ?? 500) >= 429);
  return { status: 'error', error: `${result.error}. Nothing was saved.`, retryable };
}

/** Looks a name up and, when Wikipedia has a summary, stores it as a glossary entry. */
export async function lookUp(deps: LookupDeps, request: LookupRequest): Promise<LookupOutcome> {
  const settings = await deps.settings();
  if (!settings.wikipediaLookups) return { status: 'off' };
  const lang = editionFor(request.articleLang, settings.wikipediaArticleLanguage);
  const endpoint = await deps.endpoint();
  // Production never sends anything without the reader's grant. A loopback test server is this machine.
  if (endpoint.kind === 'wikipedia' && !(await deps.hasPermission())) return { status: 'needs-permission', lang };

  const name = request.name.replace(/\s+/g, ' ').trim();
  const title = (request.title ?? name).replace(/\s+/g, ' ').trim();
  if (!name || !title) return { status: 'error', error: 'There is no name to look up.', retryable: false };
  const options = { fetch: deps.fetch, timeoutMs: deps.timeoutMs, maxBytes: deps.maxBytes };

  const answer = await fetchJson(summaryUrl(endpoint, lang, title), options);
  if (!answer.ok) return failed(answer);
  if (answer.status === 404) return { status: 'not-found', name: title, lang };
  const parsed = parseSummary(answer.json, lang);
  if (!parsed.ok) return { status: 'error', error: `Wikipedia’s answer could not be read (${parsed.error}). Nothing was saved.`, retryable: false };
  const summary = parsed.summary;

  if (summary.type === 'disambiguation') {
    const links = await fetchJson(candidatesUrl(endpoint, summary.lang, summary.title), options);
    const list = links.ok ? parseCandidates(links.json, name, summary.title) : { ok: false as const, error: links.error };
    return {
      status: 'choices',
      title: summary.title,
      lang: summary.lang,
      pageUrl: summary.pageUrl,
      candidates: list.ok ? list.candidates : [],
      ...(list.ok ? {} : { error: `The list of pages could not be read (${list.error}).` }),
    };
  }
  const entry = summary.type === 'mainpage' ? null : summaryToEntry(summary, { alias: name, fetchedAt: deps.now?.() ?? new Date(), kindHint: request.kind });
  if (!entry) return { status: 'no-summary', title: summary.title, lang: summary.lang, pageUrl: summary.pageUrl };

  let saved;
  try {
    saved = await saveWikipediaEntry(deps.db, entry, sameArticle);
  } catch (error) {
    const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    return {
      status: 'error',
      error: quota ? 'The browser’s storage for Backstory is full. Nothing was saved.' : `The entry could not be saved (${error instanceof Error ? error.message : String(error)}).`,
      retryable: !quota,
    };
  }
  if (saved.outcome === 'known') return { status: 'known', entry: entryView(saved.entry), lang: summary.lang, pageUrl: summary.pageUrl };
  await deps.onSaved?.().catch(() => undefined);
  return { status: 'saved', entry: entryView(saved.entry), lang: summary.lang, pageUrl: summary.pageUrl };
}
