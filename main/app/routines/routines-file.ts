// The routines from a physiotherapist as kept on disk (the Platform's routines store, `routines.json`): each one's
// routine exactly as its file said (checked again by the same reader as an import, so a hand edit cannot slip
// anything past it), when it came, and how it is used. What cannot be read is kept as a copy and left out.
import {
  Array as TArray,
  Boolean as TBoolean,
  Integer,
  Literal,
  Number as TNumber,
  Object as TObject,
  String as TString,
  Unknown,
  type Static,
} from 'typebox'
import Value from 'typebox/value'
import { TIME_PATTERN } from '../../core/preferences/time-pattern'
import { ROUTINE_TIMES_MAX } from '../../core/routine/use'
import { readRoutine } from '../../core/routine/read'
import type { Routine } from '../../core/routine/format'
import { isRecord } from '../../core/one-of'
import { logEvent } from '../log-events'
import type { Platform } from '../platform'
import { readStore } from '../records/store-read'

/** At most this many routines are kept. */
export const ROUTINES_MAX = 10

export const RoutineReminderSchema = TObject(
  {
    enabled: TBoolean(),
    times: TArray(TString({ pattern: TIME_PATTERN }), { minItems: 1, maxItems: ROUTINE_TIMES_MAX }),
    weekdays: TArray(Integer({ minimum: 0, maximum: 6 }), { maxItems: 7 }),
  },
  { additionalProperties: false },
)
export type RoutineReminderUse = Static<typeof RoutineReminderSchema>

const StoredEntrySchema = TObject({
  id: TString({ pattern: '^[a-z0-9-]{1,40}$' }),
  importedAt: TNumber(),
  routine: Unknown(),
  forBreaks: TBoolean(),
  reminder: RoutineReminderSchema,
})

/** One routine as the app holds it. */
export interface RoutineEntry {
  id: string
  importedAt: number
  routine: Routine
  /** Used for stretch breaks, instead of the automatic choice (one routine at most). */
  forBreaks: boolean
  reminder: RoutineReminderUse
}

export const STORED_VERSION = 1
const StoredSchema = TObject({ version: Literal(STORED_VERSION), routines: TArray(Unknown()) })

type Io = Pick<Platform, 'routinesStore' | 'log'>

/** Reads the kept routines; entries this version cannot read are set aside (the file kept as a copy first). */
export function loadRoutines(platform: Io): RoutineEntry[] {
  const store = platform.routinesStore
  if (!store) return []
  const stored = readStore(platform, store, 'routines')
  if (stored === undefined) return []
  const list = Value.Check(StoredSchema, stored) ? stored.routines : null
  const entries = (list ?? []).flatMap((value) => {
    const entry = readEntry(value)
    return entry ? [entry] : []
  })
  const kept = entries.slice(0, ROUTINES_MAX)
  const unreadable = list === null ? 1 : list.length - kept.length
  if (unreadable > 0) {
    const copy = store.backup('unreadable')
    logEvent(platform, { event: 'routines-set-aside', count: unreadable, kept: copy })
    saveRoutines(platform, kept)
  }
  // One routine at most for the breaks: the first that says so.
  let forBreaks = false
  return kept.map((entry) => {
    const use = entry.forBreaks && !forBreaks
    forBreaks ||= use
    return { ...entry, forBreaks: use }
  })
}

function readEntry(value: unknown): RoutineEntry | null {
  if (!Value.Check(StoredEntrySchema, value) || !isRecord(value.routine)) return null
  const read = readRoutine(JSON.stringify(value.routine))
  if (!read.ok) return null
  const { id, importedAt, forBreaks, reminder } = value
  return { id, importedAt, routine: read.routine, forBreaks, reminder: { ...reminder } }
}

export function saveRoutines(platform: Io, entries: readonly RoutineEntry[]): void {
  const store = platform.routinesStore
  if (!store) return
  try {
    store.write({ version: STORED_VERSION, routines: entries })
  } catch (error) {
    platform.log('error', 'could not write the routines file', error)
  }
}
