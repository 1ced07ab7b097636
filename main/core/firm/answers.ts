// Firm mode's rules: which answers a break on screen offers (Done always; Snooze and Skip as the level and the day's
// skip allowance say), whether it stays on screen until done or its time has passed, and how long that time is.
// Never a trap: only posture and stretch breaks the planner brought are made firm; one the user started, one held
// while they were busy, one shown late because it was missed, any during a sore-back plan, and any with a stretch
// on the floor stay gentle. A firm break still ends on its own, and the emergency way out (hold Esc) always works.
import { routineSeconds, type WordedStretch } from '../content/routine-timing'
import { isActiveUseKind, type ReminderKind } from '../planning/reminders'
import type { Preferences } from '../preferences/schema'

/** How long Esc is held for the emergency way out of a break without Skip (recorded as skipped). */
export const EMERGENCY_HOLD_MS = 3_000
/** A firm break whose time has passed still waits this long for Done before it ends on its own. */
export const FIRM_GRACE_SECONDS = 30
/** The shortest a firm break stays (a stretch break with nothing to stretch). */
const FIRM_MIN_SECONDS = 60

export interface FirmContext {
  kind: ReminderKind
  /** The user started it ("Take a break now"). */
  manual: boolean
  /** It waited while the user was busy. */
  held: boolean
  /** Shown more than a minute after its time because it was missed (away, asleep, paused). */
  late: boolean
  /** It was snoozed once and is back. */
  snoozedBefore: boolean
  /** A sore-back plan runs. */
  soreBack: boolean
  /** One of its stretches is done on the floor. */
  onTheFloor: boolean
  /** Breaks skipped today by the user's own Skip (and "Skip next", and the emergency way out). */
  skipsToday: number
}

/** What a break on screen offers. Done is always offered. */
export interface FirmAnswers {
  snooze: boolean
  skip: boolean
  /** Why Skip is not offered: the level, or today's skips are used up; null when it is offered. */
  noSkip: 'level' | 'allowance' | null
  /** Skips left today when they are counted (the allowance is on), else null. */
  skipsLeft: number | null
  /** The day's allowance of skips when they are counted, else null. */
  allowance: number | null
  /**
   * A firm break: it opens in its window at once (not as a notification), the user cannot close it, and it ends
   * when answered, when its time has passed, by a pause, or by the emergency way out.
   */
  stays: boolean
}

/** Every answer, as before firm mode: what a break that is never made firmer offers. */
export const GENTLE_ANSWERS: Readonly<FirmAnswers> = Object.freeze({
  snooze: true,
  skip: true,
  noSkip: null,
  skipsLeft: null,
  allowance: null,
  stays: false,
})

/** Whether firm mode may touch this break at all (never a trap: see the file's first lines). */
export function mayBeFirm(context: FirmContext): boolean {
  return (
    isActiveUseKind(context.kind) &&
    !context.manual &&
    !context.held &&
    !context.late &&
    !context.soreBack &&
    !context.onTheFloor
  )
}

export function firmAnswers(firm: Preferences['firmMode'], context: FirmContext): FirmAnswers {
  if (!mayBeFirm(context)) return { ...GENTLE_ANSWERS }
  const skipsLeft = firm.limitSkips ? Math.max(0, firm.skipsPerDay - context.skipsToday) : null
  const levelSkips = firm.level === 'gentle'
  const skip = levelSkips && skipsLeft !== 0
  const noSkip = skip ? null : levelSkips ? 'allowance' : 'level'
  const allowance = firm.limitSkips ? firm.skipsPerDay : null
  if (firm.level === 'firm') {
    return { snooze: !context.snoozedBefore, skip, noSkip, skipsLeft, allowance, stays: true }
  }
  return { snooze: true, skip, noSkip, skipsLeft, allowance, stays: false }
}

/**
 * How long a firm break stays, in seconds, from the moment its window opens: the posture break's length, or the
 * stretch routine's as the window plays it (each stretch with its own hold and repetitions, a physiotherapist's
 * routine's included, read aloud first when the voice is on, and each move
 * between places at its full length), and a little time to press Done. So a routine is never over before the user
 * is back in position.
 */
export function firmBreakSeconds(
  kind: ReminderKind,
  prefs: Pick<Preferences, 'posture' | 'stretch'>,
  routine: { stretches: readonly WordedStretch[]; moves: readonly { seconds: number }[] },
): number {
  const length =
    kind === 'posture'
      ? prefs.posture.durationSeconds
      : routineSeconds(routine.stretches, routine.moves, prefs.stretch.voice)
  return Math.max(FIRM_MIN_SECONDS, length) + FIRM_GRACE_SECONDS
}
