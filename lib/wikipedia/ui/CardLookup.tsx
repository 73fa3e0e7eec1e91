/**
 * "Look up on Wikipedia" on the card of an ambiguous or unresolved name. The card lives in a shadow
 * root styled by hover-card.css, so this uses the card's own classes and no stylesheet of its own.
 * A content script cannot ask for the permission: when it is missing, the card says what would be
 * sent and offers to open Backstory's setting, where the browser can ask.
 */
import { outcomeMessage, whatIsSent } from '../text';
import type { CardLookupState } from './card-lookups';

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
}

export function CardLookup(props: CardLookupProps) {
  const { state, surface } = props;
  if (!state) {
    return (
      <div class="bs-card-actions" data-wikipedia="idle">
        <button type="button" class="bs-text-button" onClick={props.onLookUp} title="Sends only this name to Wikipedia">
          Look up “{surface}” on Wikipedia
        </button>
      </div>
    );
  }
  if (state.step === 'confirm') {
    return (
      <div data-wikipedia="confirm">
        <p class="bs-notice">{whatIsSent(surface, props.lang)}</p>
        <div class="bs-card-actions">
          <button type="button" class="bs-text-button" onClick={props.onConfirm}>
            Look it up
          </button>
          <button type="button" class="bs-text-button" onClick={props.onDismiss}>
            Not now
          </button>
        </div>
      </div>
    );
  }
  if (state.step === 'working') {
    return (
      <p class="bs-notice" role="status" data-wikipedia="working">
        Looking up “{surface}” on Wikipedia…
      </p>
    );
  }
  if (state.step === 'settings-opened') {
    return (
      <p class="bs-notice" role="status" data-wikipedia="settings-opened">
        Allow Wikipedia look-ups in the Backstory tab that opened, then look “{surface}” up again.
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
          <ul class="bs-choices">
            {outcome.candidates.map((c) => (
              <li key={c.title}>
                <button type="button" class="bs-choice" onClick={() => props.onPick(c.title)}>
                  <strong>{c.title}</strong>
                  {c.description && <span>{c.description}</span>}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="bs-notice">{outcome.error ?? 'Wikipedia gave no pages to choose from.'}</p>
        )}
        <div class="bs-card-actions">
          <a class="bs-link" href={outcome.pageUrl} target="_blank" rel="noopener noreferrer">
            The list on Wikipedia ↗
          </a>
          <button type="button" class="bs-text-button" onClick={props.onDismiss}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  if (outcome.status === 'needs-permission') {
    return (
      <div data-wikipedia="needs-permission">
        <p class="bs-notice">{whatIsSent(surface, outcome.lang)}</p>
        <div class="bs-card-actions">
          <button type="button" class="bs-text-button" onClick={props.onAllow}>
            Allow Wikipedia look-ups…
          </button>
          <button type="button" class="bs-text-button" onClick={props.onDismiss}>
            Not now
          </button>
        </div>
      </div>
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
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
