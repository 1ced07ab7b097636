// The test platform's displays: a list a test lays out as a user's desk would be (a laptop and a monitor, one
// asleep…), the pointer and the focused window's display, and the system's events when a display is plugged in,
// unplugged or rearranged. Also what the app asked of them: where each window was put, and the dimmed screens.
import type { Disposable, Display, DisplayChange, Displays, Placement, Point } from '../../main/app/platform'

/** A display with a task bar of `bar` pixels at the bottom (its work area is the rest). */
export function display(
  id: number,
  x: number,
  y: number,
  width: number,
  height: number,
  { bar = 40, scaleFactor = 1, awake = true }: { bar?: number; scaleFactor?: number; awake?: boolean } = {},
): Display {
  return {
    id,
    bounds: { x, y, width, height },
    workArea: { x, y, width, height: height - bar },
    scaleFactor,
    awake,
  }
}

/** A laptop (id 1, 1440×900 at 200 %) with a monitor to its right (id 2, 2560×1440). */
export const LAPTOP_AND_MONITOR: readonly Display[] = [
  display(1, 0, 0, 1440, 900, { scaleFactor: 2 }),
  display(2, 1440, 0, 2560, 1440),
]

export class TestDisplays implements Displays {
  /** The displays as the system reports them now; one 1920×1080 display unless a test lays out its own. */
  list: Display[] = [display(1, 0, 0, 1920, 1080)]
  /** Where the pointer is. */
  at: Point = { x: 100, y: 100 }
  /** The display of the focused window, when the system tells. */
  focused: number | null = null
  private readonly listeners = new Set<(change: DisplayChange) => void>()

  all(): Display[] {
    return structuredClone(this.list)
  }
  pointer(): Point {
    return { ...this.at }
  }
  focusedDisplay(): number | null {
    return this.focused
  }
  onChanged(listener: (change: DisplayChange) => void): Disposable {
    this.listeners.add(listener)
    return { dispose: () => this.listeners.delete(listener) }
  }

  /** How many listeners the app holds (none once it is disposed). */
  get listenerCount(): number {
    return this.listeners.size
  }

  /** The system reports new displays (plugged in, unplugged, rearranged, asleep): `change` says which. */
  become(list: readonly Display[], change: DisplayChange): void {
    this.list = structuredClone([...list])
    for (const listener of [...this.listeners]) listener(change)
  }
}

/** What the app asked of the windows' places: every placement, and the dimmed screens shown now. */
export class PlacementLog {
  /** Each window placed, in order: opened at a placement, or moved there. */
  readonly placed: { kind: string; placement: Placement; fullScreen: boolean; moved: boolean }[] = []
  /** The dimmed screens showing now (the last list the app asked for). */
  dimmed: Placement[] = []
  /** Every list of dimmed screens the app asked for. */
  readonly dimmedLog: Placement[][] = []

  /** Where the break window is now, or undefined when it was never placed. */
  get breakAt(): Placement | undefined {
    return this.placed.filter((p) => p.kind === 'break').at(-1)?.placement
  }
}
