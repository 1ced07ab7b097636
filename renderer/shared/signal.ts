// Values the windows share, and re-rendering when one changes: `signal(x).value` to read and write, `computed` for a
// value worked out from others. Any write re-renders the whole window once, at the next microtask (a window is one
// small tree, so this costs well under a millisecond). @preact/signals did this per component, but cost 3.7 KB
// gzipped of the settings window's 30 KB budget, and the windows need only these three calls.
type Render = () => void

let render: Render | null = null
let queued = false

/** What runs when a value changed: the window's root render (main.tsx). */
export function renderOnChange(run: Render): void {
  render = run
}

function changed(): void {
  if (queued || !render) return
  queued = true
  queueMicrotask(() => {
    queued = false
    render?.()
  })
}

export interface Signal<T> {
  value: T
}

export function signal<T>(initial: T): Signal<T> {
  let current = initial
  return {
    get value() {
      return current
    },
    set value(next: T) {
      if (Object.is(next, current)) return
      current = next
      changed()
    },
  }
}

/**
 * A value worked out from others, again only when what it read last time has changed (`inputs` says what that is):
 * `computed(() => [prefs.value], () => warningsFor(prefs.value))`.
 */
export function computed<T>(inputs: () => readonly unknown[], work: () => T): { readonly value: T } {
  let last: readonly unknown[] | null = null
  let cached: T
  return {
    get value() {
      const now = inputs()
      if (!last || now.length !== last.length || now.some((input, i) => !Object.is(input, last?.[i]))) {
        cached = work()
        last = now
      }
      return cached
    },
  }
}
