// Where the content's words come from: the `content` section of the catalog of the language in use
// (locales/<code>.ts). The content modules keep only structure (ids, areas, positions, kinds); everything a user
// reads is looked up here, so every screen and notification says it the same way in each language.
import type { Catalog } from '../../../locales/catalog'
import type { FloorStart, Stretch, StretchPosition } from './stretch-shape'

export type ContentTexts = Catalog['content']

/** What a stretch says: its name, its area's label, its steps in order, when to take care, what its figure shows. */
export interface StretchWords {
  name: string
  areaLabel: string
  steps: readonly string[]
  cautions: readonly string[]
  figure: string
}

/** The part of a stretch its words depend on: which one, its area, and for a floor stretch where it ends up. */
export type StretchKey = Pick<Stretch, 'id' | 'area'> & {
  position?: StretchPosition
  floorStart?: FloorStart
}

/** How to get up from where a floor stretch leaves the body: from lying (on the back or front), or from the knees. */
export function getUpFrom(start: FloorStart): keyof ContentTexts['getUp'] {
  return start === 'on-back' || start === 'on-front' ? 'lying' : 'kneeling'
}

/**
 * `withGetUp`: a floor stretch ends with how to get up from it (in the list of stretches); a break's routine leaves
 * it out, as it has a getting-up step of its own after its last floor stretch (routine-plan.ts).
 */
export function stretchWords(texts: ContentTexts, stretch: StretchKey, withGetUp = true): StretchWords {
  const words = (texts.stretches as Readonly<Record<string, Omit<StretchWords, 'areaLabel' | 'figure'>>>)[
    stretch.id
  ]
  // Every built-in stretch has its words in every catalog (test/content.test.ts); an id without them is a bug.
  if (!words) throw new RangeError(`no words for the stretch ${stretch.id}`)
  // Getting up from the floor can set off a spasm: every floor stretch ends with how to do it, said one way.
  const getUp =
    withGetUp && stretch.position === 'floor' && stretch.floorStart
      ? [texts.getUp[getUpFrom(stretch.floorStart)]]
      : []
  const figure = (texts.figures as Readonly<Record<string, string>>)[stretch.id] ?? ''
  return { ...words, steps: [...words.steps, ...getUp], areaLabel: texts.areas[stretch.area], figure }
}
