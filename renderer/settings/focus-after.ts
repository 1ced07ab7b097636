// Where the focus goes when a control takes itself away: Save on today's check-in is replaced by the answer, "End
// the plan" by "My back hurts today". What replaces it is drawn only once main has answered, so the wish waits for
// that render and is granted only if the focus has not gone anywhere else meanwhile (it fell to the page with the
// control, or still sits on it): the keyboard never drops to the page, and never jumps away from the user.

let wanted: { selector: string; from: Element | null } | null = null

/** After the next renders, the element `selector` finds takes the focus as soon as it is drawn. */
export function focusWhenDrawn(selector: string): void {
  wanted = { selector, from: document.activeElement }
}

/**
 * Grants the wish once its element is there: Today calls it after each of its renders (the window draws it again
 * at every change main tells), and a component
 * whose own state swaps a control for another calls it after its render.
 */
export function focusIfDrawn(): void {
  if (!wanted) return
  const active = document.activeElement
  const dropped = active === null || active === document.body || active === wanted.from
  if (!dropped) {
    wanted = null
    return
  }
  const target = document.querySelector<HTMLElement>(wanted.selector)
  if (!target || target === active) return
  wanted = null
  target.focus()
}
