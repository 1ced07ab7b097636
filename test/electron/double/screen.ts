// The double's `screen`: the displays of a desk a test lays out (whole Electron Display objects), the cursor, and
// the system's events when a display is plugged in, unplugged or changed, with the arguments Electron gives them.
// As Electron's, any use before 'ready' throws.
import { EventEmitter } from 'node:events'
import { needsReady } from './app'
import { electronEvent, type NamesOf } from './record'

/** A whole Electron Display, as getAllDisplays() answers it; the work area leaves `bar` pixels at the bottom. */
export function electronDisplay(
  id: number,
  bounds: Electron.Rectangle,
  {
    bar = 40,
    scaleFactor = 1,
    detected = true,
  }: { bar?: number; scaleFactor?: number; detected?: boolean } = {},
): Electron.Display {
  const workArea = { ...bounds, height: bounds.height - bar }
  return {
    id,
    label: `Display ${id}`,
    bounds,
    workArea,
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: workArea.width, height: workArea.height },
    scaleFactor,
    rotation: 0,
    internal: id === 1,
    monochrome: false,
    accelerometerSupport: 'unknown',
    touchSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    detected,
    displayFrequency: 60,
    maximumCursorSize: { width: 64, height: 64 },
    nativeOrigin: { x: bounds.x, y: bounds.y },
  }
}

/** Two displays side by side, the cursor on the second (a 1920×1080 laptop screen, a 2560×1440 monitor). */
function twoDisplays(): Electron.Display[] {
  return [
    electronDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }),
    electronDisplay(2, { x: 1920, y: 0, width: 2560, height: 1440 }),
  ]
}

export const desk = {
  displays: twoDisplays(),
  cursor: { x: 2500, y: 300 },
}

const events = new EventEmitter()

export function resetDesk(): void {
  desk.displays = twoDisplays()
  desk.cursor = { x: 2500, y: 300 }
  events.removeAllListeners()
}

/** The system reports a display plugged in. */
export function plugIn(display: Electron.Display): void {
  desk.displays = [...desk.displays, display]
  events.emit('display-added', electronEvent({}), display)
}

/** The system reports a display unplugged. */
export function unplug(id: number): void {
  const gone = desk.displays.find((display) => display.id === id)
  if (!gone) throw new Error(`no display ${id}`)
  desk.displays = desk.displays.filter((display) => display !== gone)
  events.emit('display-removed', electronEvent({}), gone)
}

/** The system reports a display changed (moved, resized, scaled, its work area). */
export function changeDisplay(display: Electron.Display, changedMetrics: string[]): void {
  desk.displays = desk.displays.map((one) => (one.id === display.id ? display : one))
  events.emit('display-metrics-changed', electronEvent({}), display, changedMetrics)
}

/** How many listeners the adapters hold on the screen's events. */
export function screenListeners(): number {
  return events.eventNames().reduce((sum, name) => sum + events.listenerCount(name), 0)
}

function contains(rect: Electron.Rectangle, point: Electron.Point): boolean {
  return (
    point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height
  )
}

function nearest(point: Electron.Point): Electron.Display {
  const first = desk.displays[0]
  if (!first) throw new Error('the double has no display')
  return desk.displays.find((display) => contains(display.bounds, point)) ?? first
}

type Listener = (...args: unknown[]) => void
const screenApi = {
  getAllDisplays: () => structuredClone(desk.displays),
  getPrimaryDisplay: () => structuredClone(nearest({ x: 0, y: 0 })),
  getCursorScreenPoint: () => ({ ...desk.cursor }),
  getDisplayNearestPoint: (point: Electron.Point) => structuredClone(nearest(point)),
  getDisplayMatching: (rect: Electron.Rectangle) =>
    structuredClone(nearest({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 })),
  on(event: string, listener: Listener) {
    events.on(event, listener)
    return this
  },
  removeListener(event: string, listener: Listener) {
    events.removeListener(event, listener)
    return this
  },
} satisfies NamesOf<Electron.Screen>

export const screen = new Proxy(screenApi, {
  get(target, property: keyof typeof screenApi) {
    needsReady("The 'screen' module can't be used before the app is ready")
    return target[property]
  },
})
