/**
 * Importing a glossary file (JSON in the pack format, or CSV). Nothing is written until the reader
 * has seen what the file holds: every bad row is listed with its number and problem, and the
 * import of the good rows needs an explicit confirmation. The write is one transaction.
 */
import { useState } from 'preact/hooks';
import { announceGlossaryChange } from '@/lib/db/glossary-events';
import { importGlossary, planImport, type ImportPlan } from '@/lib/db/glossary-repo';
import { getDb } from '@/lib/db/schema';
import { parseGlossaryFile, type ParseResult } from '@/lib/glossary-io/parse';
import { readFile, type ToastMessage } from './shared';

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
    const plan = await planImport(getDb(), parsed);
    setState({ step: 'review', file: file.name, parsed, plan });
  };

  const write = async () => {
    if (state.step !== 'review') return;
    const { parsed, plan, file } = state;
    setState({ step: 'writing', file, done: 0, total: parsed.entries.length + parsed.edits.length });
    try {
      await importGlossary(getDb(), parsed, (done, total) => setState({ step: 'writing', file, done, total }));
      await announceGlossaryChange();
      setState({ step: 'done', file, plan, skipped: parsed.errors.length });
      props.notify({ text: `Imported ${parsed.entries.length} entries from ${file}.` });
    } catch (error) {
      setState({ step: 'failed', file, error: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <section class="panel import-panel" id="import-panel" aria-labelledby="import-title">
      <h3 id="import-title">Import a glossary file</h3>
      <p class="hint">
        JSON in Backstory’s pack format (or a file from “Export my glossary”), or CSV with the columns <code>name, kind, aliases, summary, notes</code> (aliases separated by “;”). Every row is
        checked first; nothing is written until you confirm.
      </p>
      {(state.step === 'choose' || state.step === 'failed' || state.step === 'done') && (
        <div class="field">
          <label for="import-file">Choose a file</label>
          <input id="import-file" type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        </div>
      )}
      {(state.step === 'reading' || state.step === 'writing') && (
        <div class="progress-block">
          <label for="import-progress">
            {state.step === 'reading' ? `Checking ${state.file}…` : `Importing ${state.file}…`} {state.total > 0 && `${state.done.toLocaleString('en')} of ${state.total.toLocaleString('en')} rows`}
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
          Imported from {state.file}: {state.plan.added} new, {state.plan.replaced} replaced, {state.plan.overlaid} changes to pack entries
          {state.skipped > 0 && `; ${state.skipped} rows skipped`}.
        </p>
      )}
      <button type="button" class="button button-quiet" onClick={props.onClose}>
        Close
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
        <strong>{file}</strong>: {good.toLocaleString('en')} {good === 1 ? 'row is' : 'rows are'} ready ({plan.added} new, {plan.replaced} replace your entries, {plan.overlaid} change pack entries
        {plan.edits > 0 && `, ${plan.edits} changes and notes`}).
        {bad > 0 && (
          <>
            {' '}
            <strong class="error-text">
              {bad} {bad === 1 ? 'row has' : 'rows have'} problems.
            </strong>
          </>
        )}
      </p>
      {bad > 0 && (
        <div class="error-table" role="alert">
          <table class="errors">
            <caption>Rows that cannot be imported</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Entry</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {parsed.errors.slice(0, MAX_SHOWN_ERRORS).map((e, i) => (
                <tr key={`${e.row}-${i}`} data-row={e.row}>
                  <td>Row {e.row}</td>
                  <td>{e.label ?? '—'}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {bad > MAX_SHOWN_ERRORS && <p class="hint">…and {bad - MAX_SHOWN_ERRORS} more.</p>}
          <p class="hint">Nothing has been imported. Fix the file and choose it again, or import only the good rows.</p>
        </div>
      )}
      <div class="form-actions">
        {good > 0 && (
          <button type="button" class={`button ${bad > 0 ? '' : 'button-primary'}`} onClick={onImport}>
            {bad > 0 ? `Import the ${good} good rows, skip ${bad}` : `Import ${good} ${good === 1 ? 'row' : 'rows'}`}
          </button>
        )}
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
