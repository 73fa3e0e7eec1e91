/**
 * One entry: view it as its card, edit it, add the reader's notes, switch it off, delete or reset it.
 * A pack entry's edits are stored as the reader's overlay (the pack row is never changed); the
 * reader's own entries are stored whole.
 */
import { t } from '@/components/design/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { effectiveTheme } from '@/components/design/theme';
import { HoverCard } from '@/components/HoverCard';
import type { ListedEntry } from '@/lib/db/glossary-repo';
import type { GlossaryRow } from '@/lib/db/schema';
import { stores } from '@/lib/db/stores';
import { validateEntry } from '@/lib/glossary-io/parse';
import { formatFactLine, parseFactLine } from '@/lib/glossary/fact-line';
import { ENTRY_KINDS, type EntryKind, type GlossaryEntry } from '@/lib/glossary/types';
import type { CardEntry } from '@/lib/messaging/protocol';
import { entryHash } from './route';
import { View, ViewHeading, kindName, packTitle, useSettings, type ToastMessage } from './shared';

type Mode = { kind: 'new'; name: string; context: string } | { kind: 'edit'; id: string };

interface Form {
  name: string;
  kind: EntryKind;
  aliases: string;
  summary: string;
  notes: string;
  facts: string;
  links: string;
  asOf: string;
  userNotes: string;
  disabled: boolean;
}

const EDITABLE = ['name', 'kind', 'aliases', 'summary', 'notes', 'facts', 'links', 'asOf'] as const;

const today = () => new Date().toISOString().slice(0, 10);

/** The form's fields typed as text. */
type TextKey = Exclude<keyof Form, 'kind' | 'disabled'>;

/**
 * One text field of the form: its label, its control (a textarea when it has `rows`) and, if it has
 * one, the hint under it, which describes the control.
 */
function TextField(props: { id: string; name: TextKey; label: string; hint?: string; rows?: number; type?: 'text' | 'date'; form: Form; set(key: TextKey, value: string): void; class?: string; required?: boolean; autoFocus?: boolean }) {
  const { id, name } = props;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const value = props.form[name];
  const onInput = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => props.set(name, e.currentTarget.value);
  return (
    <div class={props.class ?? 'field'}>
      <label for={id}>{props.label}</label>
      {props.rows ? (
        <textarea id={id} name={name} rows={props.rows} aria-describedby={hintId} value={value} onInput={onInput} />
      ) : (
        <input id={id} name={name} type={props.type ?? 'text'} required={props.required} value={value} onInput={onInput} autoFocus={props.autoFocus} />
      )}
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

function toForm(e: ListedEntry | null, prefill?: { name: string; context: string }): Form {
  if (!e) {
    return {
      name: prefill?.name ?? '',
      kind: 'person',
      aliases: '',
      summary: '',
      notes: '',
      facts: '',
      links: '',
      asOf: today(),
      userNotes: prefill?.context ? t('options.entry.seenIn', [prefill.context]) : '',
      disabled: false,
    };
  }
  return {
    name: e.name,
    kind: e.kind,
    aliases: e.aliases.join('\n'),
    summary: e.summary,
    notes: e.notes,
    facts: e.facts.map(formatFactLine).join('\n'),
    links: e.links.map((l) => `${l.title} | ${l.url}`).join('\n'),
    asOf: e.asOf,
    userNotes: e.userNotes ?? '',
    disabled: e.disabled,
  };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The form as an entry object, for validation (the same rules as an import). */
function fromForm(f: Form): Record<string, unknown> {
  return {
    name: f.name,
    kind: f.kind,
    aliases: lines(f.aliases),
    summary: f.summary.trim(),
    notes: f.notes.trim(),
    facts: lines(f.facts).map(parseFactLine),
    links: lines(f.links).map((l) => {
      const i = l.lastIndexOf('|');
      return i >= 0 ? { title: l.slice(0, i).trim() || t('options.entry.link'), url: l.slice(i + 1).trim() } : { title: t('options.entry.link'), url: l };
    }),
    asOf: f.asOf,
  };
}

function cardOf(f: Form, id: string): CardEntry | null {
  const r = validateEntry(fromForm(f));
  if (!r.ok) return null;
  const e = r.entry;
  return { id, kind: e.kind, name: e.name, summary: e.summary, note: e.notes.split(/\n\s*\n/)[0]?.trim() ?? '', facts: e.facts.slice(0, 4), links: e.links.slice(0, 2), asOf: e.asOf, ...(f.userNotes.trim() ? { userNotes: f.userNotes.trim() } : {}) };
}

export function EntryEditor(props: { mode: Mode; notify(m: ToastMessage): void }) {
  const { mode } = props;
  const [loaded, setLoaded] = useState<{ row: GlossaryRow | null; entry: ListedEntry | null } | undefined>(undefined);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const [settings] = useSettings();

  useEffect(() => {
    let live = true;
    void (async () => {
      if (mode.kind === 'new') {
        setLoaded({ row: null, entry: null });
        setForm(toForm(null, mode));
        return;
      }
      const detail = await stores().glossary.detail(mode.id);
      if (!live) return;
      setLoaded(detail ? { row: detail.row, entry: detail.entry } : { row: null, entry: null });
      setForm(detail ? toForm(detail.entry) : null);
    })();
    return () => {
      live = false;
    };
  }, [mode.kind === 'edit' ? mode.id : `new:${mode.name}`]);

  if (loaded === undefined) return <p>{t('options.entry.loading')}</p>;
  if (mode.kind === 'edit' && !loaded.row) {
    return (
      <View id="entry" title={t('options.entry.missing')}>
        <p>
          {t('options.entry.missingText')} <a href="#glossary">{t('options.entry.backToList')}</a>
        </p>
      </View>
    );
  }
  if (!form) return null;
  const row = loaded.row;
  const isPack = !!row && row.origin !== 'user';
  /** The reader's own entries and those the reader looked up can be deleted; pack entries only switched off. */
  const deletable = !!row && (row.origin === 'user' || row.origin === 'wikipedia');
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });

  const save = async (e: Event) => {
    e.preventDefault();
    const result = validateEntry(fromForm(form));
    if (!result.ok) {
      setError(result.message);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setError('');
    setSaving(true);
    const glossary = stores().glossary;
    try {
      let id: string;
      if (row && isPack) {
        id = row.id;
        // Only what the reader changed, compared as the form shows it, goes into the overlay.
        const original = toForm({ ...row, edited: false, disabled: false });
        const fields: Record<string, unknown> = {};
        for (const key of EDITABLE) {
          if (form[key] !== original[key]) fields[key] = (result.entry as Record<string, unknown>)[key];
        }
        await glossary.replaceEdit(id, { fields: fields as Partial<GlossaryEntry>, userNotes: form.userNotes, disabled: form.disabled });
      } else {
        const { id: _ignored, ...fields } = result.entry;
        const overlay = { userNotes: form.userNotes, disabled: form.disabled };
        if (row) await glossary.saveOwn({ ...row, ...fields, id: (id = row.id) } as GlossaryEntry, overlay);
        else id = await glossary.add(fields as Omit<GlossaryEntry, 'id' | 'origin'>, overlay);
      }
      props.notify({ text: t('options.entry.saved', [result.entry.name]) });
      if (mode.kind === 'new') location.hash = entryHash(id);
      else {
        const detail = await glossary.detail(id);
        if (detail) setLoaded({ row: detail.row, entry: detail.entry });
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  /** Shows the entry as stored now (after a reset or its undo). */
  const reload = async (id: string) => {
    const detail = await stores().glossary.detail(id);
    if (detail) {
      setLoaded({ row: detail.row, entry: detail.entry });
      setForm(toForm(detail.entry));
    }
  };

  const remove = async () => {
    if (!row) return;
    const glossary = stores().glossary;
    const deleted = await glossary.delete([row.id]);
    location.hash = '#glossary';
    props.notify({ text: t('options.glossary.deleted', [row.name]), undo: () => glossary.restore(deleted) });
  };

  const reset = async () => {
    if (!row) return;
    const glossary = stores().glossary;
    const dropped = await glossary.resetEdits([row.id]);
    await reload(row.id);
    props.notify({
      text: t('options.entry.resetDone', [row.name, packTitle(row.origin)]),
      undo: async () => {
        await glossary.restore(dropped);
        await reload(row.id);
      },
    });
  };

  const preview = cardOf(form, row?.id ?? 'new');
  const title = mode.kind === 'new' ? t('options.entry.addTitle') : t('options.entry.editTitle', [loaded.entry?.name ?? '']);
  return (
    <section aria-labelledby="entry-title" class="editor-layout">
      <p class="crumbs">
        <a href="#glossary">{t('options.entry.back')}</a>
      </p>
      <ViewHeading id="entry-title">{title}</ViewHeading>
      {row && (
        <p class="lead">
          {row.origin === 'wikipedia' ? (
            t('options.entry.fromWikipedia')
          ) : isPack ? (
            t('options.entry.fromPack', [packTitle(row.origin)])
          ) : (
            t('options.entry.yours')
          )}
        </p>
      )}
      {mode.kind === 'new' && mode.context && (
        <figure class="context">
          <figcaption>{t('options.entry.fromPage')}</figcaption>
          <blockquote>{mode.context}</blockquote>
        </figure>
      )}
      <div class="editor-grid">
        <form class="editor" onSubmit={save} noValidate aria-describedby={error ? 'entry-error' : undefined}>
          {error && (
            <div class="error-summary" id="entry-error" role="alert" tabIndex={-1} ref={errorRef}>
              <strong>{t('options.entry.cannotSave')}</strong> {error}
            </div>
          )}
          <div class="field-row">
            <TextField id="entry-name" name="name" label={t('options.entry.name')} class="field grow" required autoFocus={mode.kind === 'new'} form={form} set={set} />
            <div class="field">
              <label for="entry-kind">{t('options.entry.kind')}</label>
              <select id="entry-kind" name="kind" value={form.kind} onChange={(e) => set('kind', e.currentTarget.value as EntryKind)}>
                {ENTRY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindName(k)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <TextField id="entry-aliases" name="aliases" label={t('options.entry.aliases')} hint={t('options.entry.aliasesHint')} rows={3} form={form} set={set} />
          <TextField id="entry-summary" name="summary" label={t('options.entry.summary')} form={form} set={set} />
          <TextField id="entry-notes" name="notes" label={t('options.entry.notes')} rows={5} form={form} set={set} />
          <TextField id="entry-facts" name="facts" label={t('options.entry.facts')} hint={t('options.entry.factsHint')} rows={3} form={form} set={set} />
          <TextField id="entry-links" name="links" label={t('options.entry.links')} hint={t('options.entry.linksHint')} rows={2} form={form} set={set} />
          <TextField id="entry-asof" name="asOf" label={t('options.entry.asOf')} type="date" form={form} set={set} />
          <TextField id="entry-user-notes" name="userNotes" label={t('options.entry.userNotes')} hint={t('options.entry.userNotesHint')} rows={3} form={form} set={set} />
          <label class="check">
            <input type="checkbox" name="disabled" checked={!form.disabled} onChange={(e) => set('disabled', !e.currentTarget.checked)} />
            <span>{t('options.entry.highlight')}</span>
          </label>
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={saving}>
              {mode.kind === 'new' ? t('options.entry.create') : t('options.entry.save')}
            </button>
            <a class="button" href="#glossary">
              {t('common.cancel')}
            </a>
            {deletable && (
              <button type="button" class="button button-danger" onClick={() => void remove()}>
                {t('options.entry.delete')}
              </button>
            )}
            {row && isPack && loaded.entry?.edited && (
              <button type="button" class="button" onClick={() => void reset()}>
                {t('options.entry.reset')}
              </button>
            )}
          </div>
        </form>
        <aside class="preview" aria-label={t('options.entry.previewLabel')}>
          <h3 class="preview-title">{t('options.entry.preview')}</h3>
          {preview ? (
            // A picture of the card, not a second form: inert keeps its buttons out of the tab order.
            <div {...{ inert: true }} class="preview-card">
              <HoverCard entry={preview} candidates={[]} surface={preview.name} pinned={false} theme={effectiveTheme(settings?.theme ?? 'system')} onPin={() => undefined} onClose={() => undefined} />
            </div>
          ) : (
            <p class="hint">{t('options.entry.previewInvalid')}</p>
          )}
        </aside>
      </div>
    </section>
  );
}
