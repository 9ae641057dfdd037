/** A titled part of a popup tab; its heading is the section's name for screen readers. */
import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';

export function Section({ class: className, title, children }: { class: string; title: string; children: ComponentChildren }): JSX.Element {
  const id = `${useId()}-title`;
  return (
    <section class={className} aria-labelledby={id}>
      <h2 class="section-title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
