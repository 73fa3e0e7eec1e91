/** Data: export everything, import everything, delete everything (with an export offered first). */
import { t } from '@/components/design/i18n';
import { useRef, useState } from 'preact/hooks';
import { stores } from '@/lib/db/stores';
import { exportFileName } from '@/lib/glossary-io/export';
import { decodeText } from '@/lib/glossary-io/parse';
import { parseBackup, type ParsedBackup } from '@/lib/settings/backup';
import { BusyButton, Panel, View, download, readFile, type ToastMessage } from './shared';

async function exportEverything(): Promise<string> {
  const backup = await stores().backup.build();
  const name = exportFileName('backstory-backup');
  download(name, JSON.stringify(backup, null, 2));
  return name;
}

export function DataSection(props: { notify(m: ToastMessage): void }) {
  return (
    <View id="data" title={t('options.data.title')} lead={t('options.data.lead')}>
      <div class="panels">
        <Panel title={t('options.data.exportTitle')} id="export" description={t('options.data.exportText')}>
          <button
            type="button"
            class="button button-primary"
            onClick={async () => {
              const name = await exportEverything();
              props.notify({ text: t('options.data.saved', [name]) });
            }}
          >
            {t('options.data.exportButton')}
          </button>
        </Panel>
        <ImportEverything notify={props.notify} />
        <DeleteEverything notify={props.notify} />
      </div>
    </View>
  );
}

function ImportEverything(props: { notify(m: ToastMessage): void }) {
  const [parsed, setParsed] = useState<ParsedBackup | null>(null);
  const [file, setFile] = useState('');
  const choose = async (f: File | undefined) => {
    if (!f) return;
    setFile(f.name);
    const text = decodeText(await readFile(f));
    if (!text.ok) return setParsed({ ok: false, error: text.error });
    setParsed(await parseBackup(text.text));
  };
  return (
    <Panel title={t('options.data.importTitle')} id="import" description={t('options.data.importText')}>
      <div class="field">
        <label for="backup-file">{t('options.data.chooseBackup')}</label>
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
            <strong>{file}</strong> ({parsed.backup.exportedAt ? t('options.data.made', [parsed.backup.exportedAt.slice(0, 10)]) : t('options.data.madeUnknown')}):{' '}
            {Object.entries(parsed.counts)
              .map(([k, v]) => `${v} ${k}`)
              .join(', ')}
            .{parsed.errors.length > 0 && ` ${t('options.data.damaged', [parsed.errors.length, parsed.errors[0]!.row, parsed.errors[0]!.message])}`}
          </p>
          <div class="form-actions">
            <BusyButton
              class="button button-primary"
              onClick={async () => {
                try {
                  await stores().backup.restore(parsed);
                  props.notify({ text: t('options.data.restored', [file]) });
                  setParsed(null);
                } catch (error) {
                  setParsed({ ok: false, error: t('options.data.restoreFailed', [error instanceof Error ? error.message : String(error)]) });
                }
              }}
            >
              {t('options.data.replace')}
            </BusyButton>
            <button type="button" class="button" onClick={() => setParsed(null)}>
              {t('common.cancel')}
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
  return (
    <Panel title={t('options.data.deleteTitle')} id="delete" description={t('options.data.deleteText')}>
      <button
        type="button"
        class="button button-danger"
        onClick={() => {
          setExported('');
          dialog.current?.showModal();
        }}
      >
        {t('options.data.deleteButton')}
      </button>
      <dialog ref={dialog} class="dialog" aria-labelledby="delete-title" aria-describedby="delete-desc">
        <h3 id="delete-title">{t('options.data.deleteQuestion')}</h3>
        <p id="delete-desc">{t('options.data.deleteWarning')}</p>
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
            {t('options.data.exportFirst')}
          </button>
        </div>
        <p class="success" role="status">
          {exported && t('options.data.saved', [exported])}
        </p>
        <div class="form-actions">
          <BusyButton
            class="button button-danger"
            onClick={async () => {
              await stores().backup.deleteEverything();
              dialog.current?.close();
              props.notify({ text: t('options.data.deleted') });
            }}
          >
            {exported ? t('options.data.deleteNow') : t('options.data.deleteWithoutCopy')}
          </BusyButton>
          <button type="button" class="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </Panel>
  );
}
