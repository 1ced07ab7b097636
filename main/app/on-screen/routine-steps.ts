// A stretch routine as the break window plays it: the plan (main/core/content/routine-plan.ts: the stretches in
// their order and the moves between them) with each move's words in the language in use. The stretches are the
// library's (a stretch break) or a physiotherapist's routine's (routine-content.ts routineShapes). The window names
// each stretch entry by its id, so what it plays always matches the stretches it was sent.
import {
  getUpFrom,
  planRoutine,
  type ContentTexts,
  type Move,
  type Place,
  type Placed,
} from '../../core/content'
import type { MoveInfo, RoutineEntry } from '../ipc-contract'

/** A stretch the plan places: where it is done, and the id the window knows it by. */
export type PlacedStretch = Placed & { readonly id: string }

export function routineEntries(stretches: readonly PlacedStretch[], texts: ContentTexts): RoutineEntry[] {
  const items = planRoutine(stretches)
  return items.map((item, i): RoutineEntry => {
    if (item.kind === 'stretch') return { kind: 'stretch', id: item.stretch.id }
    // The figure shows the position to get into: the next stretch's start; getting up, where the user is now.
    const around = item.move.kind === 'get-up' ? items.slice(0, i).reverse() : items.slice(i + 1)
    const shown = around.find((other) => other.kind === 'stretch')
    return {
      kind: 'move',
      move: moveInfo(item.move, texts, shown?.kind === 'stretch' ? shown.stretch.id : null),
    }
  })
}

function moveInfo(move: Move, texts: ContentTexts, figureOf: string | null): MoveInfo {
  const words = texts.moves
  return {
    ...move,
    title: words.title[titleOf(move)],
    steps: stepsOf(move, texts),
    figureOf,
  }
}

function titleOf(move: Move): keyof ContentTexts['moves']['title'] {
  if (move.kind !== 'change') return move.kind
  return move.to === 'desk' || move.to === 'standing' ? move.to : 'floor'
}

function stepsOf(move: Move, texts: ContentTexts): string[] {
  const words = texts.moves
  switch (move.kind) {
    case 'get-down':
      return [words.downFirst, words.down[floorPlace(move.to)]]
    case 'get-up':
      return [...words.up[getUpFrom(floorPlace(move.from))], words.upLast]
    case 'change':
      return [words.to[move.to]]
  }
}

/** A place on the floor; a move down or up always has one at its floor end. */
function floorPlace(place: Place): Exclude<Place, 'desk' | 'standing'> {
  return place === 'desk' || place === 'standing' ? 'on-back' : place
}
