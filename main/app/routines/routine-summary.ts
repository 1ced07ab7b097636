// A routine as Settings lists it: its name and stretches in the language in use, and how it is used.
import { stretchWords } from '../../core/content/words'
import { stretchById } from '../../core/content/stretches'
import { isLibraryItem, type RoutineItem } from '../../core/routine/format'
import { itemShape, suitsSoreBack } from '../../core/routine/shown'
import { textIn } from '../../core/routine/words'
import type { RoutineSummary } from '../doors/ipc-answers'
import type { Speech } from '../speech'
import type { RoutineEntry } from './routines-file'

/** `speech`: the language in use (the routine's texts in it, or the nearest its author wrote). */
export function routineSummary(entry: RoutineEntry, speech: Speech): RoutineSummary {
  const language = speech.language.code
  return {
    id: entry.id,
    name: textIn(entry.routine.name, language),
    importedAt: entry.importedAt,
    stretches: entry.routine.stretches.map((item) => ({
      name: itemName(item, speech),
      ...itemShape(item),
      soreBackOk: suitsSoreBack(item),
    })),
    forBreaks: entry.forBreaks,
    reminder: { ...entry.reminder, times: [...entry.reminder.times], weekdays: [...entry.reminder.weekdays] },
  }
}

/** A stretch's name: its own title, or its library stretch's name in the language in use. */
export function itemName(item: RoutineItem, speech: Speech): string {
  if (!isLibraryItem(item)) return textIn(item.title, speech.language.code)
  const stretch = stretchById(item.stretch)
  return stretch ? stretchWords(speech.texts.content, stretch).name : item.stretch
}
