/** The toolbar for the selected articles: archive, favourite, add tags, delete, clear the selection. */
import { useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import type { ListActions } from './use-list-actions';

export function BulkBar(props: { actions: ListActions }) {
  const { actions } = props;
  const [tagging, setTagging] = useState(false);
  const ids = () => [...actions.selected];
  return (
    <div class="rl-bulk" role="toolbar" aria-label={t('library.bulk.label')}>
      <span>{t('library.bulk.count', actions.selected.size, [actions.selected.size.toLocaleString()])}</span>
      <button type="button" onClick={() => actions.archive(ids())}>
        {t('library.bulk.archive')}
      </button>
      <button type="button" onClick={() => actions.favourite(ids())}>
        {t('library.bulk.favourite')}
      </button>
      {tagging ? (
        <input
          class="rl-tag-input"
          placeholder={t('library.bulk.tagsPlaceholder')}
          autoFocus
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              setTagging(false);
              actions.addTags(ids(), e.currentTarget.value.split(','));
            } else if (e.key === 'Escape') setTagging(false);
          }}
        />
      ) : (
        <button type="button" onClick={() => setTagging(true)}>
          {t('library.bulk.addTags')}
        </button>
      )}
      <button type="button" class="rl-danger" onClick={() => actions.remove(ids())}>
        {t('library.bulk.delete')}
      </button>
      <button type="button" onClick={actions.clearSelection}>
        {t('library.bulk.clear')}
      </button>
    </div>
  );
}
