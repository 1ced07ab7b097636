// Where a break goes when there are several displays: the display the user is working on (the focused window's,
// else the pointer's), never one that is off or asleep, a windowed break centred inside that display's visible
// work area, and, when full-screen breaks cover every display, a calm dimmed screen on each of the others. Pure:
// the app hands in the displays as the system reports them (main/app/on-screen/break-screens.ts).

export interface Point {
  x: number
  y: number
}

export interface Rect extends Point {
  width: number
  height: number
}

/** One display as the system reports it. */
export interface Display {
  id: number
  /** The whole display, in screen coordinates. */
  bounds: Rect
  /** What windows may use: the bounds less task bars, docks and menu bars. */
  workArea: Rect
  /** Device pixels per screen pixel (2 on a "200%" display). */
  scaleFactor: number
  /** False when the system says the display is off or asleep (a break never opens there). */
  awake: boolean
}

/** Where one window goes: the display it is on and its bounds in screen coordinates. */
export interface Placement {
  displayId: number
  bounds: Rect
}

/** Where a break shows: its window, and the dimmed screens on the other displays (none unless asked). */
export interface BreakLayout {
  break: Placement
  dimmed: Placement[]
}

export interface WhereTheUserIs {
  pointer: Point | null
  /** The display of the window that has the focus, when the system tells. */
  focusedDisplayId?: number | null
}

/** The display a point is on; a point in no display (between two of different heights) goes to the nearest. */
export function displayAt(displays: readonly Display[], point: Point): Display | undefined {
  const inside = displays.find((d) => contains(d.bounds, point))
  if (inside) return inside
  let nearest: Display | undefined
  let best = Infinity
  for (const display of displays) {
    const distance = distanceTo(display.bounds, point)
    if (distance < best) {
      best = distance
      nearest = display
    }
  }
  return nearest
}

/**
 * The display the user is working on: the focused window's, else the pointer's, among the awake displays; with
 * neither awake, the first awake one; with none awake at all (the system reports every display asleep), the
 * pointer's or the first, so a break is never lost for want of a screen. Undefined only with no display at all.
 */
export function workingDisplay(displays: readonly Display[], where: WhereTheUserIs): Display | undefined {
  const awake = displays.filter((d) => d.awake)
  const focused = awake.find((d) => d.id === where.focusedDisplayId)
  if (focused) return focused
  const pointed = where.pointer ? displayAt(displays, where.pointer) : undefined
  if (pointed?.awake) return pointed
  return awake[0] ?? pointed ?? displays[0]
}

/** A window of `size` centred in the display's work area; shrunk to fit a work area smaller than itself. */
export function centredIn(display: Display, size: { width: number; height: number }): Placement {
  const area = display.workArea
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return {
    displayId: display.id,
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
  }
}

/** Covers the whole display (a full-screen window, a dimmed screen). */
export function covering(display: Display): Placement {
  return { displayId: display.id, bounds: { ...display.bounds } }
}

export interface LayoutRequest {
  fullScreen: boolean
  /** Full-screen breaks only: dim every other display (true) or leave them as they are (false). */
  everyDisplay: boolean
  /** The windowed break's size. */
  size: { width: number; height: number }
  /** The display the break is on now, kept while it is still there and awake (a rearrangement moves nothing else). */
  keepOn?: number | null
}

/**
 * Where the break and its dimmed screens go. Undefined when the system reports no display (the shell then places
 * the window itself). Asleep displays are neither used for the break nor dimmed: there is nobody looking at them.
 */
export function breakLayout(
  displays: readonly Display[],
  where: WhereTheUserIs,
  request: LayoutRequest,
): BreakLayout | undefined {
  const kept = displays.find((d) => d.id === request.keepOn && d.awake)
  const display = kept ?? workingDisplay(displays, where)
  if (!display) return undefined
  const placement = request.fullScreen ? covering(display) : centredIn(display, request.size)
  const dimmed =
    request.fullScreen && request.everyDisplay
      ? displays.filter((d) => d.awake && d.id !== display.id).map(covering)
      : []
  return { break: placement, dimmed }
}

/** Whether two layouts put every window in the same place (a change of display that moved nothing needs no work). */
export function sameLayout(a: BreakLayout | undefined, b: BreakLayout | undefined): boolean {
  if (!a || !b) return a === b
  return (
    samePlacement(a.break, b.break) &&
    a.dimmed.length === b.dimmed.length &&
    a.dimmed.every((placement, i) => {
      const other = b.dimmed[i]
      return other !== undefined && samePlacement(placement, other)
    })
  )
}

export function samePlacement(a: Placement, b: Placement): boolean {
  return (
    a.displayId === b.displayId &&
    a.bounds.x === b.bounds.x &&
    a.bounds.y === b.bounds.y &&
    a.bounds.width === b.bounds.width &&
    a.bounds.height === b.bounds.height
  )
}

function contains(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height
  )
}

function distanceTo(rect: Rect, point: Point): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.width - 1))
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.height - 1))
  return Math.hypot(dx, dy)
}

/** The break window's size when it is not full screen (the shell opens it at this size). */
export const BREAK_WINDOW_SIZE: Readonly<{ width: number; height: number }> = Object.freeze({
  width: 420,
  height: 360,
})
