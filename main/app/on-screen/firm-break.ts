// Firm mode in the running app: the day's skips (kept in the state file, so a restart keeps the count and midnight
// clears it) and the answers a reminder on screen offers by firm mode's rules (main/core/firm/answers.ts).
import { firmAnswers, GENTLE_ANSWERS, type FirmAnswers } from '../../core/firm/answers'
import { dateKeyOf, isDateKey, type DateKey } from '../../core/local-time'
import { isRecord } from '../../core/one-of'
import { isActiveUseKind, type ReminderKind } from '../../core/planning/reminders'
import type { Preferences } from '../../core/preferences/index'
import type { Stretch } from '../../core/content'
import type { DueReminder } from '../../core/planning/next-due'
import { routineShapes, type ShowingRoutine } from './routine-content'

/** What the state file keeps: the local day and the breaks the user skipped on it. */
export interface StoredSkips {
  day: DateKey
  skips: number
}

/** Breaks skipped today by the user's own Skip, "Skip next" or the emergency way out (a pause is not a skip). */
export class SkipAllowance {
  private kept: StoredSkips | null

  constructor(stored: unknown) {
    this.kept =
      isRecord(stored) &&
      isDateKey(stored.day) &&
      typeof stored.skips === 'number' &&
      Number.isSafeInteger(stored.skips) &&
      stored.skips >= 0
        ? { day: stored.day, skips: stored.skips }
        : null
  }

  /** Skips on the local day of `now` (none once midnight has passed). */
  today(now: number): number {
    return this.kept && this.kept.day === dateKeyOf(new Date(now)) ? this.kept.skips : 0
  }

  /** The user skipped a break of `kind` at `now`; only posture and stretch breaks count. */
  count(kind: ReminderKind, now: number): void {
    if (!isActiveUseKind(kind)) return
    this.kept = { day: dateKeyOf(new Date(now)), skips: this.today(now) + 1 }
  }

  /** For the state file (a new object after every change). */
  get stored(): StoredSkips | null {
    return this.kept
  }
}

/** What firm mode needs to know of a reminder on screen. */
export interface FirmShowing {
  kind: ReminderKind
  reminder: Pick<DueReminder, 'late' | 'snoozed'>
  manual: boolean
  held?: unknown
  gentle?: boolean
  stretches: readonly Pick<Stretch, 'position'>[]
  /** A physiotherapist's routine it does instead of the library's stretches. */
  routine?: ShowingRoutine
}

/** The answers `showing` offers now, by firm mode's rules and today's skips. */
export function answersOf(
  showing: FirmShowing,
  firm: Preferences['firmMode'],
  skipsToday: number,
): FirmAnswers {
  if (firm.level === 'gentle' && !firm.limitSkips) return { ...GENTLE_ANSWERS }
  return firmAnswers(firm, {
    kind: showing.kind,
    manual: showing.manual,
    held: showing.held !== null && showing.held !== undefined,
    late: showing.reminder.late,
    snoozedBefore: showing.reminder.snoozed,
    soreBack: showing.gentle === true,
    onTheFloor: [...showing.stretches, ...(showing.routine ? routineShapes(showing.routine) : [])].some(
      (stretch) => stretch.position === 'floor',
    ),
    skipsToday,
  })
}
