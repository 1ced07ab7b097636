// The stretch library's figures, by stretch id (main/core/content): every built-in stretch has one, posed on its
// first side (test/figure.test.ts checks both).
import { DESK_FIGURES } from './desk-figures'
import { STANDING_AND_FLOOR_FIGURES } from './standing-floor-figures'
import type { StretchFigure } from './stretch-figure'

export const FIGURES: Readonly<Record<string, StretchFigure>> = {
  ...DESK_FIGURES,
  ...STANDING_AND_FLOOR_FIGURES,
}

/** The figure of a stretch of the library, or null for one without (a stretch described in a routine file). */
export function figureFor(id: string): StretchFigure | null {
  return Object.prototype.hasOwnProperty.call(FIGURES, id) ? (FIGURES[id] ?? null) : null
}
