// The routines from a physiotherapist the app holds: the one owner of them. Adds an imported routine (one of the
// same name is updated in place, keeping how it is used), removes one, changes how one is used (for stretch breaks,
// instead of the automatic choice, and as its own reminder at chosen days and times), and tells the planner which
// routines come as reminders. Every change is written to the routines store at once.
import type { RoutineReminder } from '../../core/planning/reminders'
import type { Routine } from '../../core/routine/format'
import { textIn } from '../../core/routine/words'
import type { Platform } from '../platform'
import {
  ROUTINES_MAX,
  loadRoutines,
  saveRoutines,
  type RoutineEntry,
  type RoutineReminderUse,
} from './routines-file'

/** A new routine's reminder: off, every day at 08:00, until the user chooses. */
const FIRST_REMINDER: RoutineReminderUse = {
  enabled: false,
  times: ['08:00'],
  weekdays: [0, 1, 2, 3, 4, 5, 6],
}

export interface RoutineUse {
  forBreaks?: boolean
  reminder?: RoutineReminderUse
}

export class Routines {
  private entries: RoutineEntry[]
  private added = 0

  constructor(
    private readonly platform: Pick<Platform, 'routinesStore' | 'log'>,
    /** Called after every change (the app plans again and tells the windows). */
    private readonly changed: () => void,
  ) {
    this.entries = loadRoutines(platform)
  }

  get list(): readonly RoutineEntry[] {
    return this.entries
  }

  byId(id: string): RoutineEntry | undefined {
    return this.entries.find((entry) => entry.id === id)
  }

  /** The routine stretch breaks use instead of the automatic choice, if any. */
  forBreaks(): RoutineEntry | undefined {
    return this.entries.find((entry) => entry.forBreaks)
  }

  /**
   * Keeps an imported routine. One with the same name is updated (its use kept); a new one needs room:
   * 'full' when ROUTINES_MAX are kept already.
   */
  add(routine: Routine, now: number): { entry: RoutineEntry; replaced: boolean } | 'full' {
    const sameName = JSON.stringify(routine.name)
    const index = this.entries.findIndex((entry) => JSON.stringify(entry.routine.name) === sameName)
    const earlier = this.entries[index]
    if (earlier) {
      const entry = { ...earlier, routine, importedAt: now }
      this.entries = this.entries.map((e, i) => (i === index ? entry : e))
      this.commit()
      return { entry, replaced: true }
    }
    if (this.entries.length >= ROUTINES_MAX) return 'full'
    const id = `r${now.toString(36)}-${++this.added}`
    const entry: RoutineEntry = {
      id,
      importedAt: now,
      routine,
      forBreaks: false,
      reminder: structuredClone(FIRST_REMINDER),
    }
    this.entries = [...this.entries, entry]
    this.commit()
    return { entry, replaced: false }
  }

  /** False when there is no such routine. */
  remove(id: string): boolean {
    if (!this.byId(id)) return false
    this.entries = this.entries.filter((entry) => entry.id !== id)
    this.commit()
    return true
  }

  /** Changes how a routine is used; one used for breaks takes that from any other. False when there is none. */
  use(id: string, use: RoutineUse): boolean {
    if (!this.byId(id)) return false
    this.entries = this.entries.map((entry) => {
      if (entry.id !== id) return use.forBreaks ? { ...entry, forBreaks: false } : entry
      return {
        ...entry,
        ...(use.forBreaks !== undefined ? { forBreaks: use.forBreaks } : {}),
        ...(use.reminder
          ? { reminder: { ...use.reminder, times: [...new Set(use.reminder.times)].sort() } }
          : {}),
      }
    })
    this.commit()
    return true
  }

  /** The routines that come as their own reminders, titled in `language`, for the planner. */
  reminders(language: string): RoutineReminder[] {
    return this.entries
      .filter((entry) => entry.reminder.enabled && entry.reminder.weekdays.length > 0)
      .map((entry) => ({
        id: entry.id,
        title: textIn(entry.routine.name, language),
        times: entry.reminder.times,
        weekdays: entry.reminder.weekdays,
      }))
  }

  private commit(): void {
    saveRoutines(this.platform, this.entries)
    this.changed()
  }
}
