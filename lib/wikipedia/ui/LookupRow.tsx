/**
 * "Look up on Wikipedia" in the side panel's "Other names" list: the button, and under it the
 * explanation before the first look-up, the progress, the outcome, or the choice list of a
 * disambiguation page. Everything is rendered as text; the only links are https Wikipedia URLs.
 */
import type { EntryKind } from '../../glossary/types';
import { DECLINED, outcomeMessage, PERMISSION_NOTE, whatIsSent } from '../text';
import type { Lookups } from './use-lookups';
import './lookup.css';

export function LookupButton(props: { name: string; kind?: EntryKind; lookups: Lookups }) {
  const { lookups, name } = props;
  const busy = lookups.state(name)?.step === 'working';
  return (
    <button
      type="button"
      class="sp-button sp-button-small"
      aria-label={`Look up ${name} on Wikipedia`}
      disabled={busy}
      onClick={() => lookups.begin(name, props.kind)}
    >
      Look up on Wikipedia
    </button>
  );
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

export function LookupRow(props: { name: string; kind?: EntryKind; lookups: Lookups }) {
  const { lookups, name } = props;
  const row = lookups.state(name);
  if (!row) return null;
  const dismiss = (label = 'Close') => (
    <button type="button" class="sp-button sp-button-small" onClick={() => lookups.dismiss(name)}>
      {label}
    </button>
  );

  if (row.step === 'confirm') {
    return (
      <div class="sp-wiki" role="group" aria-label={`Look up ${name} on Wikipedia`} data-step="confirm">
        <p class="sp-wiki-text">{whatIsSent(name, lookups.lang)}</p>
        {!lookups.permission && <p class="sp-muted">{PERMISSION_NOTE}</p>}
        <div class="sp-form-actions">
          <button type="button" class="sp-button sp-button-primary" onClick={() => lookups.allow(name, props.kind)}>
            {lookups.permission ? 'Look it up' : 'Allow and look up'}
          </button>
          {dismiss('Not now')}
        </div>
      </div>
    );
  }
  if (row.step === 'working') {
    return (
      <div class="sp-wiki" data-step="working">
        <p class="sp-muted" role="status">
          Looking up “{name}” on Wikipedia…
        </p>
      </div>
    );
  }
  if (row.step === 'declined') {
    return (
      <div class="sp-wiki" data-step="declined">
        <p class="sp-muted" role="status">
          {DECLINED}
        </p>
        {dismiss('OK')}
      </div>
    );
  }

  const outcome = row.outcome;
  const message = outcomeMessage(outcome, name);
  if (outcome.status === 'choices') {
    return (
      <div class="sp-wiki" data-step="choices">
        <p class="sp-wiki-text" id={`sp-wiki-choices-${encodeURIComponent(name)}`}>
          {message}
        </p>
        {outcome.candidates.length > 0 ? (
          <ul class="sp-wiki-choices" aria-labelledby={`sp-wiki-choices-${encodeURIComponent(name)}`}>
            {outcome.candidates.map((c) => (
              <li key={c.title}>
                <button type="button" class="sp-wiki-choice" onClick={() => lookups.pick(name, c.title)}>
                  <strong>{c.title}</strong>
                  {c.description && <span>{c.description}</span>}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="sp-muted">{outcome.error ?? 'Wikipedia gave no pages to choose from.'}</p>
        )}
        <div class="sp-form-actions">
          <a class="sp-link" href={outcome.pageUrl} {...external}>
            The list on Wikipedia ↗
          </a>
          {dismiss('Cancel')}
        </div>
      </div>
    );
  }
  if (outcome.status === 'error') {
    return (
      <div class="sp-wiki" data-step="error">
        <p class="sp-error" role="alert">
          {message}
        </p>
        <div class="sp-form-actions">
          <button type="button" class="sp-button sp-button-small sp-button-primary" onClick={() => lookups.retry(name)}>
            Try again
          </button>
          {dismiss()}
        </div>
      </div>
    );
  }
  if (outcome.status === 'needs-permission') {
    return (
      <div class="sp-wiki" data-step="needs-permission">
        <p class="sp-wiki-text">{message}</p>
        <div class="sp-form-actions">
          <button type="button" class="sp-button sp-button-primary" onClick={() => lookups.allow(name, props.kind)}>
            Allow and look up
          </button>
          {dismiss('Not now')}
        </div>
      </div>
    );
  }
  const link = outcome.status === 'no-summary' || outcome.status === 'known' || outcome.status === 'saved' ? outcome.pageUrl : null;
  return (
    <div class="sp-wiki" data-step={outcome.status}>
      <p class="sp-muted" role="status">
        {message}
      </p>
      <div class="sp-form-actions">
        {link && (
          <a class="sp-link" href={link} {...external}>
            On Wikipedia ↗
          </a>
        )}
        {dismiss('OK')}
      </div>
    </div>
  );
}
