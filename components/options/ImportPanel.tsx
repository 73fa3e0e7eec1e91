/**
 * Importing a glossary file (JSON in the pack format, or CSV). Nothing is written until the reader
 * has seen what the file holds: every bad row is listed with its number and problem, and the
 * import of the good rows needs an explicit confirmation. The write is one transaction.
 */
import { t } from '@/components/design/i18n';
import { useState } from 'preact/hooks';
import type { ImportPlan } from '@/lib/db/glossary-repo';
import { stores } from '@/lib/db/stores';
import { parseGlossaryFile, type ParseResult } from '@/lib/glossary-io/parse';
import { TableHead, readFile, type ToastMessage } from './shared';

type State =
  | { step: 'choose' }
  | { step: 'reading'; file: string; done: number; total: number }
  | { step: 'failed'; file: string; error: string }
  | { step: 'review'; file: string; parsed: Extract<ParseResult, { ok: true }>; plan: ImportPlan }
  | { step: 'writing'; file: string; done: number; total: number }
  | { step: 'done'; file: string; plan: ImportPlan; skipped: number };

/** Rows shown in the error table at most (the count says how many more). */
const MAX_SHOWN_ERRORS = 200;

export function ImportPanel(props: { onClose(): void; notify(m: ToastMessage): void }) {
  const [state, setState] = useState<State>({ step: 'choose' });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading', file: file.name, done: 0, total: 0 });
    const bytes = await readFile(file);
    const parsed = await parseGlossaryFile(bytes, file.name, (done, total) => setState({ step: 'reading', file: file.name, done, total }));
    if (!parsed.ok) return setState({ step: 'failed', file: file.name, error: parsed.error });
    const plan = await stores().glossary.planImport(parsed);
    setState({ step: 'review', file: file.name, parsed, plan });
  };

  const write = async () => {
    if (state.step !== 'review') return;
    const { parsed, plan, file } = state;
    setState({ step: 'writing', file, done: 0, total: parsed.entries.length + parsed.edits.length });
    try {
      await stores().glossary.import(parsed, (done, total) => setState({ step: 'writing', file, done, total }));
      setState({ step: 'done', file, plan, skipped: parsed.errors.length });
      props.notify({ text: t('options.import.toast', [parsed.entries.length, file]) });
    } catch (error) {
      setState({ step: 'failed', file, error: t('options.import.failed', [error instanceof Error ? error.message : String(error)]) });
    }
  };

  return (
    <section class="panel import-panel" id="import-panel" aria-labelledby="import-title">
      <h3 id="import-title">{t('options.import.title')}</h3>
      <p class="hint">{t('options.import.hint')}</p>
      {(state.step === 'choose' || state.step === 'failed' || state.step === 'done') && (
        <div class="field">
          <label for="import-file">{t('options.import.choose')}</label>
          <input id="import-file" type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        </div>
      )}
      {(state.step === 'reading' || state.step === 'writing') && (
        <div class="progress-block">
          <label for="import-progress">
            {state.step === 'reading' ? t('options.import.checking', [state.file]) : t('options.import.importing', [state.file])}{' '}
            {state.total > 0 && t('options.import.rows', [state.done.toLocaleString(), state.total.toLocaleString()])}
          </label>
          <progress id="import-progress" max={state.total || undefined} value={state.total ? state.done : undefined} />
        </div>
      )}
      {state.step === 'failed' && (
        <p class="error" role="alert">
          <strong>{state.file}:</strong> {state.error}
        </p>
      )}
      {state.step === 'review' && <Review state={state} onImport={() => void write()} onCancel={() => setState({ step: 'choose' })} />}
      {state.step === 'done' && (
        <p class="success" role="status">
          {state.skipped > 0
            ? t('options.import.doneSkipped', [state.file, state.plan.added, state.plan.replaced, state.plan.overlaid, state.skipped])
            : t('options.import.done', [state.file, state.plan.added, state.plan.replaced, state.plan.overlaid])}
        </p>
      )}
      <button type="button" class="button button-quiet" onClick={props.onClose}>
        {t('common.close')}
      </button>
    </section>
  );
}

function Review({ state, onImport, onCancel }: { state: Extract<State, { step: 'review' }>; onImport(): void; onCancel(): void }) {
  const { parsed, plan, file } = state;
  const good = parsed.entries.length + parsed.edits.length;
  const bad = parsed.errors.length;
  return (
    <div class="review">
      <p role="status">
        <strong>{file}</strong>: {t('options.import.ready', good)}{' '}
        {plan.edits > 0 ? t('options.import.planEdits', [plan.added, plan.replaced, plan.overlaid, plan.edits]) : t('options.import.plan', [plan.added, plan.replaced, plan.overlaid])}.
        {bad > 0 && (
          <>
            {' '}
            <strong class="error-text">{t('options.import.problems', bad)}</strong>
          </>
        )}
      </p>
      {bad > 0 && (
        <div class="error-table" role="alert">
          <table class="errors">
            <TableHead caption={t('options.import.errorsCaption')} columns={[t('options.import.colRow'), t('options.import.colEntry'), t('options.import.colProblem')]} />
            <tbody>
              {parsed.errors.slice(0, MAX_SHOWN_ERRORS).map((e, i) => (
                <tr key={`${e.row}-${i}`} data-row={e.row}>
                  <td>{t('options.import.row', [e.row])}</td>
                  <td>{e.label ?? '—'}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {bad > MAX_SHOWN_ERRORS && <p class="hint">{t('options.import.moreErrors', [bad - MAX_SHOWN_ERRORS])}</p>}
          <p class="hint">{t('options.import.nothingYet')}</p>
        </div>
      )}
      <div class="form-actions">
        {good > 0 && (
          <button type="button" class={`button ${bad > 0 ? '' : 'button-primary'}`} onClick={onImport}>
            {bad > 0 ? t('options.import.importGood', [good, bad]) : t('options.import.importAll', good)}
          </button>
        )}
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
