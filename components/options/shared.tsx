/** Pieces shared by the options page's sections: live data hooks, downloads, the undo toast, labels. */
import { t } from '@/components/design/i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryKind } from '@/lib/glossary/types';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/lib/settings/settings';

/** A kind's name in the plural ("People"). */
export const kindPlural = (kind: EntryKind): string => t(`kinds.${kind}`);

/** A kind's name ("Person"). */
export const kindName = (kind: EntryKind): string => t(`kind.${kind}`);

const PACK_IDS = ['storyline', 'world', 'news', 'regions', 'user', 'wikipedia'] as const;

/** Pack ids as the reader knows them. */
export const packTitle = (id: string): string => ((PACK_IDS as readonly string[]).includes(id) ? t(`packs.${id as (typeof PACK_IDS)[number]}`) : id);

/** The reader's settings, live; `update` writes a change (every open page follows it). */
export function useSettings(): [Settings | null, (change: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return [settings, async (change) => setSettings(await updateSettings(change))];
}

export { download } from '../design/download';

/** Reads a chosen file's bytes. */
export async function readFile(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export interface ToastMessage {
  text: string;
  undo?: () => Promise<void> | void;
}

/** A polite status line at the bottom of the page, with an optional Undo, gone after 10 seconds. */
export function Toast(props: { message: ToastMessage | null; onDone(): void }) {
  const { message } = props;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    clearTimeout(timer.current);
    if (message) timer.current = setTimeout(props.onDone, 10_000);
    return () => clearTimeout(timer.current);
  }, [message]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {message && (
        <div class="toast">
          <span>{message.text}</span>
          {message.undo && (
            <button
              type="button"
              class="button button-small"
              onClick={async () => {
                await message.undo?.();
                props.onDone();
              }}
            >
              {t('common.undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** A titled group of settings. */
export function Panel(props: { title: string; id?: string; description?: ComponentChildren; children: ComponentChildren }) {
  const headingId = `${props.id ?? props.title.toLowerCase().replace(/\W+/g, '-')}-title`;
  return (
    <section class="panel" aria-labelledby={headingId} id={props.id}>
      <h3 id={headingId}>{props.title}</h3>
      {props.description && <p class="panel-description">{props.description}</p>}
      {props.children}
    </section>
  );
}

/** Folds case and diacritics for searching. */
export { foldForSearch as fold } from '@/lib/glossary/fold-for-compare';

/** One option of a `Choices` group: a bold label and an optional hint under it. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/**
 * A group of radio buttons with labels and hints, as every "pick one" setting shows them. Radios
 * keep the browser's own keyboard behaviour (arrows move and choose).
 */
export function Choices<T extends string>(props: { legend: string; name: string; value: T; options: ReadonlyArray<Choice<T>>; onChange(value: T): void; row?: boolean }) {
  return (
    <fieldset class={props.row ? 'choices choices-row' : 'choices'}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} class="choice">
          <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
          <span>
            <strong>{o.label}</strong>
            {o.hint && <span class="hint">{o.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A view's heading (Settings, Glossary, Data, an entry): the page moves the focus to it when the view opens (OptionsApp). */
export function ViewHeading(props: { id: string; children: ComponentChildren }) {
  return (
    <h2 id={props.id} tabIndex={-1} data-view-heading>
      {props.children}
    </h2>
  );
}

/** One view of the page: a section named by its heading, the line under it, then its content. */
export function View(props: { id: string; title: ComponentChildren; lead?: ComponentChildren; children?: ComponentChildren }) {
  const headingId = `${props.id}-title`;
  return (
    <section aria-labelledby={headingId}>
      <ViewHeading id={headingId}>{props.title}</ViewHeading>
      {props.lead !== undefined && <p class="lead">{props.lead}</p>}
      {props.children}
    </section>
  );
}

/** A table's caption (shown, or for screen readers only) and its row of column headers. */
export function TableHead(props: { caption: string; hideCaption?: boolean; columns: readonly string[] }) {
  return (
    <>
      <caption class={props.hideCaption ? 'visually-hidden' : undefined}>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** A button whose action takes a while: switched off from the click until the action has ended, however it ends. */
export function BusyButton(props: { class: string; onClick(): Promise<void>; children: ComponentChildren }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      class={props.class}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await props.onClick();
        } finally {
          setBusy(false);
        }
      }}
    >
      {props.children}
    </button>
  );
}

/** The first stop of the keyboard on the options and welcome pages: straight to the page's `#main`. */
export function SkipLink() {
  return (
    <a class="skip-link" href="#main">
      {t('common.skip')}
    </a>
  );
}
