// Which of a routine's stretches a break shows, in the routine's own order. On a sore-back day only the gentle
// ones done at the desk or standing stay (getting down to the floor and up again can set off a spasm), as for the
// library (core/sore-back/gentler.ts); the break says how many were left out.
import { stretchById, type StretchIntensity, type StretchPosition } from '../content/stretches'
import { isLibraryItem, type Routine, type RoutineItem } from './format'

export interface RoutineForBreak {
  /** The stretches to do, in the routine's order. */
  items: RoutineItem[]
  /** How many were left out for a sore back. */
  leftOut: number
}

/** How hard a stretch of the routine is and where it is done: its own words, or its library stretch's. */
export function itemShape(item: RoutineItem): { intensity: StretchIntensity; position: StretchPosition } {
  if (!isLibraryItem(item)) return { intensity: item.intensity, position: item.position }
  // read.ts keeps only library stretches that exist; one removed from a later library is treated as strong.
  const stretch = stretchById(item.stretch)
  return stretch ?? { intensity: 'strong', position: 'floor' }
}

/** True when a sore back may do it: gentle, at the desk or standing. */
export function suitsSoreBack(item: RoutineItem): boolean {
  const { intensity, position } = itemShape(item)
  return intensity === 'gentle' && position !== 'floor'
}

export function routineForBreak(routine: Routine, soreDay: boolean): RoutineForBreak {
  const kept = routine.stretches.filter((item) => (isLibraryItem(item) ? stretchById(item.stretch) : true))
  if (!soreDay) return { items: kept, leftOut: 0 }
  const items = kept.filter(suitsSoreBack)
  return { items, leftOut: kept.length - items.length }
}
