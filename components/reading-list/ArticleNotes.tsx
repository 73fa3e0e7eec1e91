/**
 * An article's notes and highlights (brought by an import), in the reader view. Always plain text:
 * rendered as a text node with its line breaks kept, never parsed as HTML or Markdown.
 */
import { t } from '@/components/design/i18n';

export function ArticleNotes(props: { notes: string | undefined }) {
  if (!props.notes?.trim()) return null;
  return (
    <aside class="rd-notes" aria-labelledby="rd-notes-title">
      <h2 class="rd-notes-title" id="rd-notes-title">
        {t('reader.notes')}
      </h2>
      <p class="rd-notes-text">{props.notes}</p>
    </aside>
  );
}
