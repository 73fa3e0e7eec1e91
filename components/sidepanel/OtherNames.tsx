/**
 * "Other names in this article": proper names the glossary does not know (found on the device with
 * compromise), each with "Add to glossary", which opens the editor prefilled with the name and the
 * sentence it came from.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/components/design/i18n';
import { KIND_LABELS } from '@/components/HoverCard';
import { ENTRY_KINDS, type EntryKind } from '@/lib/glossary/types';
import type { OtherName } from '@/lib/sidepanel/other-names';
import { LookupButton, LookupRow } from '@/components/wikipedia/LookupRow';
import { useWikipediaLookups } from '@/components/wikipedia/use-lookups';
import { Section } from './Section';

/** What the editor hands back: the fields of a new reader entry. */
export interface EntryDraft {
  name: string;
  kind: EntryKind;
  summary: string;
  notes: string;
  aliases: string[];
}

export interface OtherNamesProps {
  /** null while the names are being found. */
  names: readonly OtherName[] | null;
  onAdd(draft: EntryDraft): Promise<void>;
  /** The article's language: Wikipedia look-ups use that edition when the reader allows it. */
  lang?: string | null;
}

export function OtherNames({ names, onAdd, lang = null }: OtherNamesProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // "Look up on Wikipedia" (only on request; the reader's switch hides it).
  const wiki = useWikipediaLookups(lang);

  return (
    <Section id="other" class="sp-other" title={t('sidepanel.other.title')}>
      <p class="sp-muted sp-other-intro">{t('sidepanel.other.intro')}</p>
      {names === null ? (
        <p class="sp-muted" role="status">
          {t('sidepanel.other.looking')}
        </p>
      ) : names.length === 0 ? (
        <p class="sp-muted">{t('sidepanel.other.none')}</p>
      ) : (
        <ul class="sp-other-list">
          {names.map((n) => (
            <li key={n.name} class="sp-other-row" data-name={n.name}>
              <div class="sp-other-line">
                <div class="sp-other-text">
                  <span class="sp-other-name">{n.name}</span>
                  <span class="sp-other-meta">
                    {KIND_LABELS[n.kind]} · {t('sidepanel.mentions', n.count, [n.count.toLocaleString()])}
                  </span>
                </div>
                {editing !== n.name && (
                  <div class="sp-other-actions">
                    <button type="button" class="sp-button sp-button-small" aria-label={t('sidepanel.other.addLabel', [n.name])} onClick={() => setEditing(n.name)}>
                      {t('sidepanel.other.add')}
                    </button>
                    {wiki.enabled && <LookupButton name={n.name} kind={n.kind} lookups={wiki} />}
                  </div>
                )}
              </div>
              <LookupRow name={n.name} kind={n.kind} lookups={wiki} />
              {editing === n.name && (
                <EntryEditor
                  initial={{ name: n.name, kind: n.kind, summary: '', notes: t('sidepanel.other.fromArticle', [n.sentence]), aliases: [] }}
                  onCancel={() => setEditing(null)}
                  onSave={async (draft) => {
                    await onAdd(draft);
                    setEditing(null);
                    setMessage(t('sidepanel.other.added', [draft.name]));
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="sp-status" role="status">
        {message}
      </p>
      <p class="sp-status" role="status" data-wikipedia-status>
        {wiki.added ? t('wikipedia.panelAdded', [wiki.added]) : ''}
      </p>
    </Section>
  );
}

/** A small form for a new glossary entry. */
export function EntryEditor(props: { initial: EntryDraft; onSave(draft: EntryDraft): Promise<void>; onCancel(): void }) {
  const [draft, setDraft] = useState(props.initial);
  const [aliases, setAliases] = useState(props.initial.aliases.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const name = draft.name.trim();
    if (!name) return setError(t('sidepanel.editor.nameNeeded'));
    setSaving(true);
    setError(null);
    try {
      await props.onSave({
        ...draft,
        name,
        summary: draft.summary.trim(),
        notes: draft.notes.trim(),
        aliases: aliases
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  };

  const id = (field: string) => `sp-editor-${field}`;
  return (
    <form
      class="sp-editor"
      aria-label={t('sidepanel.editor.label', [props.initial.name])}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label for={id('name')}>{t('sidepanel.editor.name')}</label>
      <input id={id('name')} ref={first} class="sp-input" value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} required />
      <label for={id('kind')}>{t('sidepanel.editor.kind')}</label>
      <select id={id('kind')} class="sp-input" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as EntryKind })}>
        {ENTRY_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <label for={id('summary')}>{t('sidepanel.editor.summary')}</label>
      <input
        id={id('summary')}
        class="sp-input"
        value={draft.summary}
        placeholder={t('sidepanel.editor.summaryPlaceholder')}
        onInput={(e) => setDraft({ ...draft, summary: e.currentTarget.value })}
      />
      <label for={id('aliases')}>{t('sidepanel.editor.aliases')}</label>
      <input id={id('aliases')} class="sp-input" value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
      <label for={id('notes')}>{t('sidepanel.editor.notes')}</label>
      <textarea id={id('notes')} class="sp-textarea" rows={4} value={draft.notes} onInput={(e) => setDraft({ ...draft, notes: e.currentTarget.value })} />
      {error && (
        <p class="sp-error" role="alert">
          {error}
        </p>
      )}
      <div class="sp-form-actions">
        <button type="submit" class="sp-button sp-button-primary" disabled={saving}>
          {t('sidepanel.other.add')}
        </button>
        <button type="button" class="sp-button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
