// A settings section's frame: a card with its heading, which the side menu's jumps focus (`<id>-title`), and an
// optional line of introduction. Every section but Today (which is in the first load: today.tsx) draws in one.
import type { ComponentChildren } from 'preact'

export function Section(props: {
  id: string
  title: string
  intro?: ComponentChildren
  children: ComponentChildren
}) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`} class="card">
      <h2 id={`${props.id}-title`} tabIndex={-1}>
        {props.title}
      </h2>
      {props.intro !== undefined && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  )
}
