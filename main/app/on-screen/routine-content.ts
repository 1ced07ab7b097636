// A routine from a physiotherapist in a break: its stretches as the windows get them (its own words in the
// language in use, its own hold and repetitions, its figure drawn when it has one) and the line that says whose
// routine it is and what a sore back leaves out.
import { stretchById, stretchWords, type ContentTexts } from '../../core/content'
import { checkFigure } from '../../core/figure/pose-check'
import { isLibraryItem, type FullItem, type Routine, type RoutineItem } from '../../core/routine/format'
import { textIn } from '../../core/routine/words'
import type { FloorStart, Stretch, StretchPosition } from '../../core/content'
import type { FigureFilm, FigurePicture } from '../../core/figure/film-play'
import type { StretchFigure } from '../../core/figure/stretch-figure'
import type { StretchInfo } from '../ipc-contract'
import type { Speech } from '../speech'

/** How break-content.ts makes a library stretch's info and draws a figure (passed in: it imports this file). */
export interface StretchDrawing {
  library(stretch: Stretch): StretchInfo
  draw(figure: StretchFigure): { film: FigureFilm; picture: FigurePicture }
}

/** A routine on screen: which of its stretches the break does, and how many a sore back left out. */
export interface ShowingRoutine {
  routine: Routine
  items: readonly RoutineItem[]
  leftOut: number
}

/** Each stretch of the routine, in its order. */
export function routineStretches(
  showing: ShowingRoutine,
  speech: Speech,
  gentle: boolean,
  drawing: StretchDrawing,
): StretchInfo[] {
  return showing.items.flatMap((item, index) => {
    if (!isLibraryItem(item)) return [fullInfo(item, index, speech, gentle, drawing)]
    const stretch = stretchById(item.stretch)
    if (!stretch) return []
    const info = drawing.library(stretch)
    return [
      {
        ...info,
        holdSeconds: item.hold ?? info.holdSeconds,
        repetitions: item.repetitions ?? info.repetitions,
      },
    ]
  })
}

function fullInfo(
  item: FullItem,
  index: number,
  speech: Speech,
  gentle: boolean,
  { draw }: StretchDrawing,
): StretchInfo {
  const language = speech.language.code
  const texts: ContentTexts = speech.texts.content
  const cautions = item.cautions ? [...textIn(item.cautions, language)] : []
  const figure = item.figure ? checkFigure(item.figure) : null
  const drawing = figure?.ok ? draw(figure.value) : null
  return {
    id: fullId(index),
    name: textIn(item.title, language),
    area: 'routine',
    areaLabel: speech.texts.app.routines.fromRoutine,
    position: item.position,
    intensity: item.intensity,
    steps: [...textIn(item.steps, language)],
    holdSeconds: item.hold,
    repetitions: item.repetitions,
    cautions: gentle ? [texts.soreBack.caution, ...cautions] : cautions,
    oneSided: item.sides === 'each',
    figure:
      drawing && item.figure
        ? {
            description: textIn(item.figure.description, language),
            picture: drawing.picture,
            film: drawing.film,
          }
        : null,
  }
}

/**
 * What firm mode, a break's length and the moves between places need of each of the routine's stretches: the id the
 * window knows it by, where it is done (a floor stretch described in full starts on the back), one side or each,
 * and its own hold and repetitions (a library stretch without them takes the preferences').
 */
export function routineShapes(showing: ShowingRoutine): StretchShape[] {
  return showing.items.flatMap((item, index): StretchShape[] => {
    if (!isLibraryItem(item)) {
      const { position, hold, repetitions } = item
      return [
        { id: fullId(index), position, oneSided: item.sides === 'each', holdSeconds: hold, repetitions },
      ]
    }
    const stretch = stretchById(item.stretch)
    if (!stretch) return []
    return [
      {
        id: stretch.id,
        position: stretch.position,
        ...(stretch.position === 'floor' ? { floorStart: stretch.floorStart } : {}),
        oneSided: stretch.oneSided,
        ...(item.hold !== undefined ? { holdSeconds: item.hold } : {}),
        ...(item.repetitions !== undefined ? { repetitions: item.repetitions } : {}),
      },
    ]
  })
}

export interface StretchShape {
  /** As the break window gets it (StretchInfo.id). */
  id: string
  position: StretchPosition
  floorStart?: FloorStart
  oneSided: boolean
  holdSeconds?: number
  repetitions?: number
}

/** The id of the stretch described in full at `index` in the routine's items. */
function fullId(index: number): string {
  return `routine-${index}`
}

/** The stretches' names, for the notification. */
export function routineNames(showing: ShowingRoutine, speech: Speech): string[] {
  return showing.items.flatMap((item) => {
    if (!isLibraryItem(item)) return [textIn(item.title, speech.language.code)]
    const stretch = stretchById(item.stretch)
    return stretch ? [stretchWords(speech.texts.content, stretch).name] : []
  })
}

/** The line over a routine's break: its name, and what a sore back left out (or that none of it fits). */
export function routineLine(showing: ShowingRoutine, speech: Speech): { name: string; note: string | null } {
  const words = speech.texts.app.routines
  const name = textIn(showing.routine.name, speech.language.code)
  if (showing.leftOut === 0) return { name, note: null }
  return {
    name,
    note: showing.items.length === 0 ? words.noneFits : words.leftOut({ count: showing.leftOut }),
  }
}
