/**
 * "Look up on Wikipedia" in the side panel's "Other names" list: the button, and under it the
 * explanation before the first look-up, the progress, the outcome, or the choice list of a
 * disambiguation page. Everything is rendered as text; the only links are https Wikipedia URLs.
 */
import type { ComponentChildren } from 'preact';
import { t } from '@/components/design/i18n';
import type { EntryKind } from '@/lib/glossary/types';
import { outcomeMessage, whatIsSent } from '@/lib/wikipedia/text';
import { Candidates } from './Candidates';
import type { Lookups } from './use-lookups';
import './lookup.css';

export function LookupButton(props: { name: string; kind?: EntryKind; lookups: Lookups }) {
  const { lookups, name } = props;
  const busy = lookups.state(name)?.step === 'working';
  return (
    <button
      type="button"
      class="sp-button sp-button-small"
      aria-label={t('wikipedia.lookUpLabel', [name])}
      disabled={busy}
      onClick={() => lookups.begin(name, props.kind)}
    >
      {t('wikipedia.lookUp')}
    </button>
  );
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** How a step's message reads: plain text, a quiet status, or an error. */
type Tone = 'text' | 'status' | 'error';
const TONE: Record<Tone, { class: string; role?: 'status' | 'alert' }> = {
  text: { class: 'sp-wiki-text' },
  status: { class: 'sp-muted', role: 'status' },
  error: { class: 'sp-error', role: 'alert' },
};

/** One step of the row: its message, what goes under it, and its actions (in a row of their own). */
function Step(props: { step: string; tone: Tone; message: ComponentChildren; messageId?: string; label?: string; children?: ComponentChildren; actions?: ComponentChildren }) {
  const tone = TONE[props.tone];
  return (
    <div class="sp-wiki" role={props.label ? 'group' : undefined} aria-label={props.label} data-step={props.step}>
      <p class={tone.class} role={tone.role} id={props.messageId}>
        {props.message}
      </p>
      {props.children}
      {props.actions && <div class="sp-form-actions">{props.actions}</div>}
    </div>
  );
}

export function LookupRow(props: { name: string; kind?: EntryKind; lookups: Lookups }) {
  const { lookups, name } = props;
  const row = lookups.state(name);
  if (!row) return null;
  const dismiss = (label = t('wikipedia.close')) => (
    <button type="button" class="sp-button sp-button-small" onClick={() => lookups.dismiss(name)}>
      {label}
    </button>
  );
  /** "Allow and look up" (or, with the permission held, "Look it up"), then "Not now". */
  const allowActions = (label: string) => (
    <>
      <button type="button" class="sp-button sp-button-primary" onClick={() => lookups.allow(name, props.kind)}>
        {label}
      </button>
      {dismiss(t('wikipedia.notNow'))}
    </>
  );

  if (row.step === 'confirm') {
    return (
      <Step step="confirm" tone="text" label={t('wikipedia.lookUpLabel', [name])} message={whatIsSent(name, lookups.lang)} actions={allowActions(lookups.permission ? t('wikipedia.lookItUp') : t('wikipedia.allowAndLookUp'))}>
        {!lookups.permission && <p class="sp-muted">{t('wikipedia.permissionNote')}</p>}
      </Step>
    );
  }
  if (row.step === 'working') return <Step step="working" tone="status" message={t('wikipedia.lookingUp', [name])} />;
  // The one step whose button stands under the message without the actions' row.
  if (row.step === 'declined') {
    return (
      <Step step="declined" tone="status" message={t('wikipedia.declined')}>
        {dismiss(t('wikipedia.ok'))}
      </Step>
    );
  }

  const outcome = row.outcome;
  const message = outcomeMessage(outcome, name);
  if (outcome.status === 'choices') {
    const id = `sp-wiki-choices-${encodeURIComponent(name)}`;
    return (
      <Step
        step="choices"
        tone="text"
        message={message}
        messageId={id}
        actions={
          <>
            <a class="sp-link" href={outcome.pageUrl} {...external}>
              {t('wikipedia.theList')}
            </a>
            {dismiss(t('wikipedia.cancel'))}
          </>
        }
      >
        {outcome.candidates.length > 0 ? (
          <Candidates candidates={outcome.candidates} listClass="sp-wiki-choices" choiceClass="sp-wiki-choice" labelledBy={id} onPick={(title) => lookups.pick(name, title)} />
        ) : (
          <p class="sp-muted">{outcome.error ?? t('wikipedia.noChoices')}</p>
        )}
      </Step>
    );
  }
  if (outcome.status === 'error') {
    return (
      <Step
        step="error"
        tone="error"
        message={message}
        actions={
          <>
            <button type="button" class="sp-button sp-button-small sp-button-primary" onClick={() => lookups.retry(name)}>
              {t('wikipedia.tryAgain')}
            </button>
            {dismiss()}
          </>
        }
      />
    );
  }
  if (outcome.status === 'needs-permission') return <Step step="needs-permission" tone="text" message={message} actions={allowActions(t('wikipedia.allowAndLookUp'))} />;
  const link = outcome.status === 'no-summary' || outcome.status === 'known' || outcome.status === 'saved' ? outcome.pageUrl : null;
  return (
    <Step
      step={outcome.status}
      tone="status"
      message={message}
      actions={
        <>
          {link && (
            <a class="sp-link" href={link} {...external}>
              {t('wikipedia.onWikipedia')}
            </a>
          )}
          {dismiss(t('wikipedia.ok'))}
        </>
      }
    />
  );
}
