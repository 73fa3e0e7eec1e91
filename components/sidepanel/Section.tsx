/**
 * The side panel's two levels of section, each a `<section>` named by its heading: a section of the
 * panel ("Names in this article", "Other names"), whose head can hold controls beside the title, and
 * a subsection of a name's detail ("Your notes", "The story so far").
 */
import type { ComponentChildren } from 'preact';

export function Section(props: { id: string; class?: string; title: ComponentChildren; head?: ComponentChildren; children: ComponentChildren }) {
  const headingId = `sp-${props.id}-title`;
  return (
    <section class={props.class ? `sp-section ${props.class}` : 'sp-section'} aria-labelledby={headingId}>
      <div class="sp-section-head">
        <h2 id={headingId} class="sp-section-title">
          {props.title}
        </h2>
        {props.head}
      </div>
      {props.children}
    </section>
  );
}

export function Subsection(props: { id: string; class?: string; title: ComponentChildren; children: ComponentChildren }) {
  const headingId = `sp-${props.id}-title`;
  return (
    <section class={props.class ? `sp-subsection ${props.class}` : 'sp-subsection'} aria-labelledby={headingId}>
      <h3 class="sp-subtitle" id={headingId}>
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}
