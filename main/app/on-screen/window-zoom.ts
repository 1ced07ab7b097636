// Each window's zoom, as the shell applies it: the app keeps the factors with the preferences (Ctrl+plus, Ctrl+minus
// and Ctrl+0 in a window change its own, through window:zoom) and tells the shell each one at start and whenever one
// changes; the shell opens every window of that kind at its factor, and zooms the one on screen at once.
import type { Preferences } from '../../core/preferences/index'
import type { Platform, WindowKind } from '../platform'

const KINDS: readonly WindowKind[] = ['settings', 'break']

/** Tells the shell the factors that changed since `before` (all of them when there is no `before`). */
export function tellZoom(
  platform: Pick<Platform, 'zoomWindow'>,
  zoom: Preferences['zoom'],
  before?: Preferences['zoom'],
): void {
  for (const kind of KINDS) {
    if (before?.[kind] !== zoom[kind]) platform.zoomWindow?.(kind, zoom[kind])
  }
}
