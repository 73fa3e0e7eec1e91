/**
 * "Look up on Wikipedia" on the card of an ambiguous or unresolved name. The card lives in a shadow
 * root styled by hover-card.css, so this uses the card's own classes and no stylesheet of its own.
 * A content script cannot ask for the permission: when it is missing, the card says what would be
 * sent and offers to open Backstory's setting, where the browser can ask.
 *
 * The card's shadow root is open, so the page's own scripts could reach these buttons: only real
 * clicks (`isTrusted`) count, so a page can never make Backstory send a request.
 */
import { t } from '@/components/design/i18n';
import { Candidates } from './Candidates';
import { outcomeMessage, whatIsSent } from '@/lib/wikipedia/text';
import type { LookupStep } from '@/lib/wikipedia/outcome';

/** Where one name's look-up on a card stands: a card cannot ask for the permission, so it may have opened the settings page. */
export type CardLookupState = LookupStep<'settings-opened'>;

export interface CardLookupProps {
  surface: string;
  state: CardLookupState | undefined;
  /** The edition a look-up from this page uses ("en", "de"). */
  lang: string;
  onLookUp(): void;
  /** "Look it up" under the explanation of what is sent (the first look-up). */
  onConfirm(): void;
  onPick(title: string): void;
  onAllow(): void;
  onDismiss(): void;
  /** Tests only: accept synthetic clicks (jsdom's are never trusted). */
  acceptUntrusted?: boolean;
}

export function CardLookup(raw: CardLookupProps) {
  const only = (fn: () => void) => (event: Event) => {
    if (event.isTrusted || raw.acceptUntrusted) fn();
  };
  const props = {
    ...raw,
    onLookUp: only(raw.onLookUp),
    onConfirm: only(raw.onConfirm),
    onAllow: only(raw.onAllow),
    onDismiss: only(raw.onDismiss),
  };
  const pick = (title: string) => only(() => raw.onPick(title));
  const { state, surface } = props;
  if (!state) {
    return (
      <div class="bs-card-actions" data-wikipedia="idle">
        <button type="button" class="bs-text-button" onClick={props.onLookUp} title={t('wikipedia.lookUpTitle')}>
          {t('wikipedia.lookUpName', [surface])}
        </button>
      </div>
    );
  }
  if (state.step === 'confirm') {
    return (
      <AskBeforeSending step="confirm" notice={whatIsSent(surface, props.lang)} yes={t('wikipedia.lookItUp')} onYes={props.onConfirm} onNo={props.onDismiss} />
    );
  }
  if (state.step === 'working') {
    return (
      <p class="bs-notice" role="status" data-wikipedia="working">
        {t('wikipedia.lookingUp', [surface])}
      </p>
    );
  }
  if (state.step === 'settings-opened') {
    return (
      <p class="bs-notice" role="status" data-wikipedia="settings-opened">
        {t('wikipedia.settingsOpened', [surface])}
      </p>
    );
  }
  const outcome = state.outcome;
  const message = outcomeMessage(outcome, surface);
  if (outcome.status === 'choices') {
    return (
      <div data-wikipedia="choices">
        <p class="bs-notice">{message}</p>
        {outcome.candidates.length > 0 ? (
          <Candidates candidates={outcome.candidates} listClass="bs-choices" choiceClass="bs-choice" onPick={(title, e) => pick(title)(e)} />
        ) : (
          <p class="bs-notice">{outcome.error ?? t('wikipedia.noChoices')}</p>
        )}
        <div class="bs-card-actions">
          <a class="bs-link" href={outcome.pageUrl} target="_blank" rel="noopener noreferrer">
            {t('wikipedia.theList')}
          </a>
          <button type="button" class="bs-text-button" onClick={props.onDismiss}>
            {t('wikipedia.cancel')}
          </button>
        </div>
      </div>
    );
  }
  if (outcome.status === 'needs-permission') {
    return (
      <AskBeforeSending step="needs-permission" notice={whatIsSent(surface, outcome.lang)} yes={t('wikipedia.allowLookups')} onYes={props.onAllow} onNo={props.onDismiss} />
    );
  }
  return (
    <div data-wikipedia={outcome.status}>
      <p class="bs-notice" role={outcome.status === 'error' ? 'alert' : 'status'}>
        {message}
      </p>
      {outcome.status === 'error' && (
        <div class="bs-card-actions">
          <button type="button" class="bs-text-button" onClick={props.onLookUp}>
            {t('wikipedia.tryAgain')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Says what a look-up sends, with a button to go ahead and "Not now": asked before the first request and before the permission. */
function AskBeforeSending(props: { step: 'confirm' | 'needs-permission'; notice: string; yes: string; onYes(event: Event): void; onNo(event: Event): void }) {
  return (
    <div data-wikipedia={props.step}>
      <p class="bs-notice">{props.notice}</p>
      <div class="bs-card-actions">
        <button type="button" class="bs-text-button" onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" class="bs-text-button" onClick={props.onNo}>
          {t('wikipedia.notNow')}
        </button>
      </div>
    </div>
  );
}
