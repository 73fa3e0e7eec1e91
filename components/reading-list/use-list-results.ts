/**
 * What the reading list shows, live: the search's results with their snippets, the counts, the tags
 * and sites to filter by, and whether the search index is catching up. Saves made elsewhere (a
 * tab, the side panel, an import) appear at once.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLive } from '@/components/design/use-live';
import type { SortDirection, SortKey } from '@/lib/db/articles-search';
import type { Stores } from '@/lib/db/stores';
import { EntityResolver } from '@/lib/reading-list/entity-resolver';
import { highlightTerms, type Clause, type ParsedQuery } from '@/lib/reading-list/query';
import { makeSnippet, type SnippetPart } from '@/lib/reading-list/snippet';
import type { ArticleState } from '@/lib/reading-list/types';

export interface ListQuery {
  parsed: ParsedQuery;
  filters: readonly Clause[];
  state: ArticleState | 'all';
  sort: SortKey;
  direction: SortDirection;
  limit: number;
}

export function useListResults(stores: Stores, q: ListQuery) {
  const { articles, glossary } = stores;
  // The glossary, for resolving person:/place:/org:/topic: names to entry ids.
  const rows = useLive(() => glossary.rows(), [glossary], []);
  const resolver = useMemo(() => new EntityResolver(rows.value), [rows.value]);

  // Counted from the database's own index, not the search index: right at once after a large
  // import, while search catches up (and says so). Subscribed first, so it is answered first.
  const counts = useLive(() => articles.count(q.state), [articles, q.state], null as { all: number; shown: number | null } | null);
  const results = useLive(
    async () => {
      const result = await articles.search({ query: q.parsed, filters: q.filters, sort: q.sort, direction: q.direction, limit: q.limit, resolver });
      const terms = highlightTerms(q.parsed);
      const wantSnippets = terms.prefixes.length > 0 || terms.phrases.length > 0;
      const texts = wantSnippets ? await articles.texts(result.articles.map((a) => a.id)) : [];
      const snippets = new Map<string, SnippetPart[]>();
      result.articles.forEach((a, i) => {
        const text = texts[i];
        if (text) snippets.set(a.id, makeSnippet(text, terms));
      });
      return { ...result, snippets };
    },
    [articles, q.parsed, q.filters, q.sort, q.direction, q.limit, resolver],
    null,
  );
  const facets = useLive(() => articles.facets(), [articles], { tags: [] as string[], sites: [] as string[], total: 0 });

  const [indexing, setIndexing] = useState(false);
  useEffect(() => articles.watchIndexing(setIndexing), [articles]);

  return { counts, results, facets, indexing };
}
