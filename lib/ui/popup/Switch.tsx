/** A checkbox announced as a switch, with its label: the popup's trust and where-it-runs switches. */
import type { ComponentChildren, JSX } from 'preact';

interface SwitchProps {
  id: string;
  checked: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
  onToggle: (on: boolean) => unknown;
  labelClass?: string;
  /** The label's content, which is the switch's accessible name. */
  children: ComponentChildren;
}

export function Switch({ id, checked, disabled = false, describedBy, onToggle, labelClass = 'switch-label', children }: SwitchProps): JSX.Element {
  return (
    <>
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <label for={id} class={labelClass}>
        {children}
      </label>
    </>
  );
}
