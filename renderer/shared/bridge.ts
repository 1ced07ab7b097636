// The windows' one way to reach the main process: the typed bridge that the preload (or, in a browser preview,
// the app running in the page) exposes as window.limber.
import type { LimberBridge } from '../../main/app/ipc-contract'

declare global {
  interface Window {
    limber?: LimberBridge
  }
}

export function getBridge(): LimberBridge {
  const bridge = window.limber
  if (!bridge) {
    throw new Error('window.limber is missing: open this page from Limber, or with `npm run preview`.')
  }
  return bridge
}

/** Marks the first render with data, so the benchmark can time it (performance.getEntriesByName). */
export function markRendered(): void {
  requestAnimationFrame(() => performance.mark('limber:rendered'))
}
