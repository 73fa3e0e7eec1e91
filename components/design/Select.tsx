/** A <select> of [value, text] options: the one way pages draw a choice list (its label stays with the caller). */
export interface SelectProps {
  id?: string;
  value: string;
  onChange(value: string): void;
  options: ReadonlyArray<readonly [value: string, text: string]>;
}

export function Select(props: SelectProps) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}
