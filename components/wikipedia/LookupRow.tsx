/**
 * "Look up on Wikipedia" in the side panel's "Other names" list: the button, and under it the
 * explanation before the first look-up, the progress, the outcome, or the choice list of a
 * disambiguation page. Everything is rendered as text; the only links are https Wikipedia URLs.
 */
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

export function LookupRow(props: { name: string; kind?: EntryKind; lookups: Lookups }) {
  const { lookups, name } = props;
  const row = lookups.state(name);
  if (!row) return null;
  const dismiss = (label = t('wikipedia.close')) => (
    <button type="button" class="sp-button sp-button-small" onClick={() => lookups.dismiss(name)}>
      {label}
    </button>
  );

  if (row.step === 'confirm') {
    return (
      <div class="sp-wiki" role="group" aria-label={t('wikipedia.lookUpLabel', [name])} data-step="confirm">
        <p class="sp-wiki-text">{whatIsSent(name, lookups.lang)}</p>
        {!lookups.permission && <p class="sp-muted">{t('wikipedia.permissionNote')}</p>}
        <div class="sp-form-actions">
          <button type="button" class="sp-button sp-button-primary" onClick={() => lookups.allow(name, props.kind)}>
            {lookups.permission ? t('wikipedia.lookItUp') : t('wikipedia.allowAndLookUp')}
          </button>
          {dismiss(t('wikipedia.notNow'))}
        </div>
      </div>
    );
  }
  if (row.step === 'working') {
    return (
      <div class="sp-wiki" data-step="working">
        <p class="sp-muted" role="status">
          {t('wikipedia.lookingUp', [name])}
        </p>
      </div>
    );
  }
  if (row.step === 'declined') {
    return (
      <div class="sp-wiki" data-step="declined">
        <p class="sp-muted" role="status">
          {t('wikipedia.declined')}
        </p>
        {dismiss(t('wikipedia.ok'))}
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
          <Candidates
            candidates={outcome.candidates}
            listClass="sp-wiki-choices"
            choiceClass="sp-wiki-choice"
            labelledBy={`sp-wiki-choices-${encodeURIComponent(name)}`}
            onPick={(title) => lookups.pick(name, title)}
          />
        ) : (
          <p class="sp-muted">{outcome.error ?? t('wikipedia.noChoices')}</p>
        )}
        <div class="sp-form-actions">
          <a class="sp-link" href={outcome.pageUrl} {...external}>
            {t('wikipedia.theList')}
          </a>
          {dismiss(t('wikipedia.cancel'))}
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
            {t('wikipedia.tryAgain')}
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
            {t('wikipedia.allowAndLookUp')}
          </button>
          {dismiss(t('wikipedia.notNow'))}
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
            {t('wikipedia.onWikipedia')}
          </a>
        )}
        {dismiss(t('wikipedia.ok'))}
      </div>
    </div>
  );
}
