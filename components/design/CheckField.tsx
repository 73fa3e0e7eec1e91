/**
 * A labelled checkbox: the one way pages draw an on/off setting (options, the Wikipedia settings,
 * the popup's site switch). The text follows the box; a hint, if any, sits under the text.
 */
import type { ComponentChildren, Ref } from 'preact';

export interface CheckFieldProps {
  checked: boolean;
  onChange(checked: boolean): void;
  /** The label's text (and any notes of its own). */
  children: ComponentChildren;
  /** A line under the text, in the hint style. */
  hint?: ComponentChildren;
  name?: string;
  disabled?: boolean;
  /** Announced as a switch (on/off) rather than a checkbox. */
  switch?: boolean;
  /** The label's class: `check` on the options page. */
  class?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function CheckField(props: CheckFieldProps) {
  return (
    <label class={props.class ?? 'check'}>
      <input
        ref={props.inputRef}
        type="checkbox"
        role={props.switch ? 'switch' : undefined}
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>
        {props.children}
        {props.hint !== undefined && <span class="hint">{props.hint}</span>}
      </span>
    </label>
  );
}
