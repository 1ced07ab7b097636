// The shape of a stretch break's routine: the order of its stretches and the moves between them. A routine changes
// position as little as possible (at the desk, then standing, then on the floor: on the back, on the front, on all
// fours, kneeling, so each change on the floor is one small step towards getting up). Wherever the body has to
// change position there is a move of its own: getting down to the floor, and up from it after the last floor
// stretch, gives at least 30 seconds; any other change (standing up, sitting down, turning over on the floor) at
// least 15. A move ends when its time is up or sooner when the user says "I'm ready"; the stretch after it then
// starts with its own time to get into position, so a hold never starts while the user is still moving. Pure: the app orders and plans the routine it shows
// (main/app/routine-steps.ts words it), and a routine from elsewhere (a physiotherapist's) flows through the same
// plan. docs/routine-steps.md describes the shape and how the break window plays it.
import type { FloorStart, StretchPosition } from './stretch-shape'

/** Where the body is for a stretch: at the desk, standing, or on the floor in the stretch's start position. */
export type Place = 'desk' | 'standing' | FloorStart

/** The places in the order a routine visits them: the fewest changes, each on the floor a step towards getting up. */
export const PLACES: readonly Place[] = ['desk', 'standing', 'on-back', 'on-front', 'all-fours', 'kneeling']

/** Where a routine starts: a break finds the user at the computer. */
export const ROUTINE_STARTS_AT: Place = 'desk'

/** What a stretch tells the plan: where it is done, and on the floor, how it starts. */
export interface Placed {
  readonly position: StretchPosition
  readonly floorStart?: FloorStart
}

/** Getting down to the floor and up again: this long, unless the user says they are ready sooner. */
export const FLOOR_MOVE_SECONDS = 30
/** Any other change of position: this long, unless the user says they are ready sooner. */
export const CHANGE_SECONDS = 15

/**
 * A change of position between two stretches (or after the last one): down to the floor, up from it, or another
 * change (desk and standing, or from one position on the floor to another).
 */
export type MoveKind = 'get-down' | 'get-up' | 'change'

export interface Move {
  kind: MoveKind
  from: Place
  to: Place
  /** How long it gives before the next stretch starts, unless the user says "I'm ready" sooner. */
  seconds: number
}

/** One entry of a routine, in the order it is played: a stretch, or a move between positions. */
export type RoutineItem<S> = { kind: 'stretch'; stretch: S } | { kind: 'move'; move: Move }

export function placeOf(stretch: Placed): Place {
  // A floor stretch without a start position (never one of ours) is taken to start on the back.
  return stretch.position === 'floor' ? (stretch.floorStart ?? 'on-back') : stretch.position
}

export function isOnTheFloor(place: Place): boolean {
  return place !== 'desk' && place !== 'standing'
}

/** The stretches in the order that changes position least; stretches in the same place keep their order. */
export function orderByPlace<S extends Placed>(stretches: readonly S[]): S[] {
  const rank = (stretch: S) => PLACES.indexOf(placeOf(stretch))
  return stretches
    .map((stretch, index) => ({ stretch, index }))
    .sort((a, b) => rank(a.stretch) - rank(b.stretch) || a.index - b.index)
    .map(({ stretch }) => stretch)
}

/** The move from one place to another; null when the body stays where it is. */
export function moveBetween(from: Place, to: Place): Move | null {
  if (from === to) return null
  const down = !isOnTheFloor(from) && isOnTheFloor(to)
  const up = isOnTheFloor(from) && !isOnTheFloor(to)
  if (down || up) return { kind: down ? 'get-down' : 'get-up', from, to, seconds: FLOOR_MOVE_SECONDS }
  return { kind: 'change', from, to, seconds: CHANGE_SECONDS }
}

/**
 * The routine as it is played: its stretches in the order given, with a move before each one that starts
 * somewhere else than the one before (the first one: somewhere else than the desk), and after the last one, when
 * it leaves the user on the floor, the move that gets them up. A routine that ends standing needs no move back: the
 * break is over and the user goes back to their desk.
 */
export function planRoutine<S extends Placed>(stretches: readonly S[]): RoutineItem<S>[] {
  const items: RoutineItem<S>[] = []
  let at = ROUTINE_STARTS_AT
  for (const stretch of stretches) {
    const to = placeOf(stretch)
    const move = moveBetween(at, to)
    if (move) items.push({ kind: 'move', move })
    items.push({ kind: 'stretch', stretch })
    at = to
  }
  if (isOnTheFloor(at)) {
    const up = moveBetween(at, 'standing')
    if (up) items.push({ kind: 'move', move: up })
  }
  return items
}
