/** The articles a Wikipedia disambiguation page lists, each a button that looks that one up. */
import type { JSX } from 'preact';

export interface CandidatesProps {
  candidates: ReadonlyArray<{ title: string; description?: string }>;
  /** Class names of the list and of each button (the card and the side panel style them their own way). */
  listClass: string;
  choiceClass: string;
  labelledBy?: string;
  /** With the click, so the card can refuse clicks a page script made up. */
  onPick(title: string, event: MouseEvent): void;
}

export function Candidates(props: CandidatesProps): JSX.Element {
  return (
    <ul class={props.listClass} aria-labelledby={props.labelledBy}>
      {props.candidates.map((c) => (
        <li key={c.title}>
          <button type="button" class={props.choiceClass} onClick={(e) => props.onPick(c.title, e)}>
            <strong>{c.title}</strong>
            {c.description && <span>{c.description}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
