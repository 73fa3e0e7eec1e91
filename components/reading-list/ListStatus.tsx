/** The reading list's status: how many articles are shown (and whether search is catching up), and its toasts. */
import { t } from '@/components/design/i18n';
import type { Live } from '@/components/design/use-live';
import { articles as nArticles } from './format';
import type { ListActions } from './use-list-actions';

export interface ListCountProps {
  /** The database's own counts, for a plain list (no search, no filter); null otherwise. */
  counts: { all: number; shown: number | null } | null;
  results: Live<{ ids: readonly string[]; total: number; totalIsExact: boolean } | null>;
  facets: { total: number };
  /** A query or a filter narrows the list. */
  filtered: boolean;
  indexing: boolean;
  problems: readonly string[];
}

function countText(props: ListCountProps): string {
  const { counts, results, facets } = props;
  const total = results.value?.total ?? 0;
  if (counts && counts.all > 0) return counts.shown === null ? nArticles(counts.all) : t('library.countOf', [nArticles(counts.shown), counts.all.toLocaleString()]);
  if (results.loading && !results.value) return t('common.loading');
  if (facets.total === 0) return '';
  if (results.value && !results.value.totalIsExact) return t('library.countInexact', [results.value.ids.length.toLocaleString(), total.toLocaleString(), facets.total.toLocaleString()]);
  return props.filtered ? t('library.countOf', [nArticles(total), facets.total.toLocaleString()]) : nArticles(total);
}

export function ListCount(props: ListCountProps) {
  return (
    <p id="rl-count" class="rl-count" role="status" data-indexing={props.indexing ? 'true' : undefined}>
      {countText(props)}
      {props.indexing && <span class="rl-indexing"> {t('library.indexing')}</span>}
      {props.problems.map((p) => (
        <span key={p} class="rl-problem">
          {' '}
          {p}
        </span>
      ))}
    </p>
  );
}

/** The Undo of a deletion, or what the last action did. */
export function ListToasts(props: { actions: ListActions }) {
  const { undo, notice, undoDelete } = props.actions;
  return (
    <div class="rl-toast-region" aria-live="polite">
      {undo ? (
        <div class="rl-toast" role="alert">
          {undo.message}{' '}
          <button type="button" onClick={undoDelete}>
            {t('common.undo')}
          </button>
        </div>
      ) : notice ? (
        <div class="rl-toast rl-toast-quiet">{notice}</div>
      ) : null}
    </div>
  );
}
