/** Data: export everything, import everything, delete everything (with an export offered first). */
import { useRef, useState } from 'preact/hooks';
import { announceGlossaryChange } from '@/lib/db/glossary-events';
import { getDb } from '@/lib/db/schema';
import { exportFileName } from '@/lib/glossary-io/export';
import { decodeText } from '@/lib/glossary-io/parse';
import { buildBackup, deleteEverything, parseBackup, restoreBackup, type ParsedBackup } from '@/lib/settings/backup';
import { Panel, download, readFile, type ToastMessage } from './shared';

async function exportEverything(): Promise<string> {
  const backup = await buildBackup(getDb());
  const name = exportFileName('backstory-backup');
  download(name, JSON.stringify(backup, null, 2));
  return name;
}

export function DataSection(props: { notify(m: ToastMessage): void }) {
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title" tabIndex={-1} data-view-heading>
        Your data
      </h2>
      <p class="lead">Everything Backstory keeps is on this device, in this browser. Nothing is sent anywhere.</p>
      <div class="panels">
        <Panel title="Export everything" id="export" description="One JSON file with your settings, site lists, your own glossary entries, your changes and notes, and your reading list.">
          <button
            type="button"
            class="button button-primary"
            onClick={async () => {
              const name = await exportEverything();
              props.notify({ text: `Saved ${name} to your downloads.` });
            }}
          >
            Export everything
          </button>
        </Panel>
        <ImportEverything notify={props.notify} />
        <DeleteEverything notify={props.notify} />
      </div>
    </section>
  );
}

function ImportEverything(props: { notify(m: ToastMessage): void }) {
  const [parsed, setParsed] = useState<ParsedBackup | null>(null);
  const [file, setFile] = useState('');
  const [busy, setBusy] = useState(false);
  const choose = async (f: File | undefined) => {
    if (!f) return;
    setFile(f.name);
    const text = decodeText(await readFile(f));
    if (!text.ok) return setParsed({ ok: false, error: text.error });
    setParsed(await parseBackup(text.text, getDb().tables.map((t) => t.name)));
  };
  return (
    <Panel title="Import everything" id="import" description="Restore a file made with “Export everything”. It replaces your settings, your own entries, changes and notes, and your reading list.">
      <div class="field">
        <label for="backup-file">Choose a backup file</label>
        <input id="backup-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      {parsed && !parsed.ok && (
        <p class="error" role="alert">
          <strong>{file}:</strong> {parsed.error}
        </p>
      )}
      {parsed?.ok && (
        <div class="review" role="status">
          <p>
            <strong>{file}</strong> (made {parsed.backup.exportedAt.slice(0, 10) || 'at an unknown date'}):{' '}
            {Object.entries(parsed.counts)
              .map(([k, v]) => `${v} ${k}`)
              .join(', ')}
            .{parsed.errors.length > 0 && ` ${parsed.errors.length} glossary rows are damaged and will be skipped (first: row ${parsed.errors[0]!.row}, ${parsed.errors[0]!.message}).`}
          </p>
          <div class="form-actions">
            <button
              type="button"
              class="button button-primary"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await restoreBackup(getDb(), parsed);
                  props.notify({ text: `Restored everything from ${file}.` });
                  setParsed(null);
                } catch (error) {
                  setParsed({ ok: false, error: `Nothing was restored: ${error instanceof Error ? error.message : String(error)}` });
                } finally {
                  setBusy(false);
                }
              }}
            >
              Replace my data with this backup
            </button>
            <button type="button" class="button" onClick={() => setParsed(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </Panel>
  );
}

function DeleteEverything(props: { notify(m: ToastMessage): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [exported, setExported] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Panel title="Delete everything" id="delete" description="Removes your own entries, changes and notes, your reading list, your settings and site lists. Backstory’s bundled packs come back by themselves.">
      <button
        type="button"
        class="button button-danger"
        onClick={() => {
          setExported('');
          dialog.current?.showModal();
        }}
      >
        Delete everything…
      </button>
      <dialog ref={dialog} class="dialog" aria-labelledby="delete-title" aria-describedby="delete-desc">
        <h3 id="delete-title">Delete everything?</h3>
        <p id="delete-desc">This cannot be undone. Export a copy first, so you can bring it all back with “Import everything”.</p>
        <div class="form-actions">
          <button
            type="button"
            class="button button-primary"
            autoFocus
            onClick={async () => {
              const name = await exportEverything();
              setExported(name);
            }}
          >
            Export everything first
          </button>
        </div>
        <p class="success" role="status">
          {exported && `Saved ${exported} to your downloads.`}
        </p>
        <div class="form-actions">
          <button
            type="button"
            class="button button-danger"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await deleteEverything(getDb());
                await announceGlossaryChange();
                dialog.current?.close();
                props.notify({ text: 'Deleted everything. Backstory starts afresh with its bundled packs.' });
              } finally {
                setBusy(false);
              }
            }}
          >
            {exported ? 'Delete everything' : 'Delete everything without a copy'}
          </button>
          <button type="button" class="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </Panel>
  );
}
