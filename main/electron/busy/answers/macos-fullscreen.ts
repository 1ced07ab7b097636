// Decides full screen and presenting on macOS (pure) from the window list that CGWindowListCopyWindowInfo gives
// (on-screen windows, front to back, with owner PID, layer and bounds; readable without Screen Recording
// permission) and from the displays (bounds, and whether a display is mirrored, as to a projector or a TV).
import type { BusyReason } from '../../../app/platform'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** One on-screen window, as kCGWindowOwnerPID, kCGWindowLayer and kCGWindowBounds describe it. */
export interface WindowInfo {
  pid: number
  /** 0 for ordinary app windows; the menu bar, the Dock and overlays sit on higher layers. */
  layer: number
  bounds: Rect
}

export interface DisplayInfo {
  bounds: Rect
  /** CGDisplayIsInMirrorSet: the display mirrors or is mirrored by another. */
  mirrored: boolean
}

/** Points of slack when comparing a window to a display (bounds are in points and may carry fractions). */
const SLACK = 1

function covers(window: Rect, display: Rect): boolean {
  return (
    Math.abs(window.x - display.x) <= SLACK &&
    Math.abs(window.y - display.y) <= SLACK &&
    Math.abs(window.width - display.width) <= SLACK &&
    Math.abs(window.height - display.height) <= SLACK
  )
}

/**
 * 'full-screen' when the frontmost app window (the first layer-0 window not ours) covers a whole display, menu
 * bar included, as native full screen, slideshows and full-screen video do; 'presenting' while a display is
 * mirrored (macOS itself holds notifications back while mirroring).
 */
export function macScreenReasons(
  windows: readonly WindowInfo[],
  displays: readonly DisplayInfo[],
  ownPid: number,
): BusyReason[] {
  const reasons: BusyReason[] = []
  const front = windows.find((window) => window.layer === 0 && window.pid !== ownPid)
  if (front && displays.some((display) => covers(front.bounds, display.bounds))) reasons.push('full-screen')
  if (displays.some((display) => display.mirrored)) reasons.push('presenting')
  return reasons
}
