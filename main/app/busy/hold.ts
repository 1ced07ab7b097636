// The hold: a reminder that falls due while the user is busy (a full-screen app in front, presenting, in a call,
// Do Not Disturb) waits, and comes within a minute after the busy state ends, saying how long it waited and why.
// This asks the system (Platform.busyReasons) only when a reminder is due and, while one is held, at most once a
// minute; the answer may come at once or later (a promise), and a check that fails, throws or never answers counts
// as not busy, logged once. The morning check-in and the brace reminder wait the same way while the user is busy,
// without a hold to show (promptWaits). The rules are in hold-rules.ts; timing/due-now.ts and
// sore-back/prompts.ts are where the app asks this.
import { logEvent } from '../log-events'
import { isOneOf } from '../../core/one-of'
import type { DueReminder } from '../../core/planning/next-due'
import type { Preferences } from '../../core/preferences/index'
import type { ReminderKind } from '../../core/planning/reminders'
import {
  ANSWER_PATIENCE_MS,
  LOOK_EVERY_MS,
  askDue,
  countedReasons,
  holdSubject,
  isBusyAnswer,
  listenedTo,
  namedReason,
  type KeptHold,
} from './hold-rules'
import { BUSY_REASONS, type BusyReason, type Platform } from '../platform'

/** A reminder held now, for the Today view and the tray. */
export interface HeldNow {
  kind: ReminderKind
  title: string
  /** Wall time the hold began. */
  since: number
  reason: BusyReason
}

/** How long a reminder shown now was held, and why: its notification and break window say so. */
export interface HeldFor {
  ms: number
  reason: BusyReason
}

export interface HoldContext {
  prefs: Preferences
  /** Limber's own break window is open: Windows would take it for a full-screen app, so nothing is asked. */
  breakWindowOpen: boolean
}

type Problem = 'failed' | 'late' | 'strange'

export class BusyHold {
  /** The last answer and when (monotonic) it was asked for. */
  private answer: { reasons: readonly BusyReason[]; askedMono: number } | null = null
  /** A question the system has not answered yet. */
  private asking: { askedMono: number; id: number } | null = null
  private asked = 0
  private held: KeptHold | null
  /** A prompt (check-in, brace) is due and waits while the user is busy. */
  private promptWaiting = false
  private readonly logged = new Set<Problem>()

  constructor(
    private readonly platform: Pick<Platform, 'clock' | 'log' | 'busyReasons'>,
    private readonly port: {
      /** An answer came later: the app takes a step to act on it. */
      answered(): void
      /** What a busy check needs to know of the app now. */
      context(): HoldContext
    },
    /** The hold the state file kept (a restart during a hold): it goes on, from its own start. */
    kept: KeptHold | null = null,
  ) {
    this.held = kept
  }

  /** What the state file keeps of the hold (the same object while it does not change). */
  get kept(): KeptHold | null {
    return this.held
  }

  /**
   * Whether `due` (due now, with nothing on screen in its way) waits because the user is busy. Asks the system when
   * a look is due; `ask: false` decides from what is known (arming the timers must not ask).
   */
  holds(due: DueReminder, now: number, ask = true): boolean {
    const reasons = this.busyNow(ask)
    if (reasons === 'asking') return true
    if (reasons.length === 0) return false
    const subject = holdSubject(due)
    const reason = namedReason(reasons)
    if (this.held?.subject !== subject) {
      // The kind, never the title: an own reminder's title is the user's words ("Call Dr. Weber").
      this.platform.log('info', `holding a ${due.kind} reminder: ${reasons.join(', ')}`)
      this.held = { subject, kind: due.kind, title: due.title, since: now, reason }
    } else {
      this.held = { ...this.held, kind: due.kind, title: due.title, reason }
    }
    return true
  }

  /**
   * Whether a prompt that is not a reminder (the morning check-in, the brace reminder), due now with nothing on
   * screen, waits because the user is busy. Nothing is held or said of it: the app looks again at a held
   * reminder's pace (once a minute) and the prompt comes within a minute after the busy state ends.
   */
  promptWaits(ask = true): boolean {
    const reasons = this.busyNow(ask)
    this.promptWaiting = reasons === 'asking' || reasons.length > 0
    return this.promptWaiting
  }

  /** No prompt is due now (shown, answered, or its day passed): nothing waits for a look on its account. */
  noPromptDue(): void {
    this.promptWaiting = false
  }

  /** A reminder is held now (not merely waiting for the system's answer). */
  get holding(): boolean {
    return this.held !== null
  }

  /** The reminder held now, for the Today view and the tray; null when none is. */
  status(): HeldNow | null {
    if (!this.held) return null
    const { kind, title, since, reason } = this.held
    return { kind, title, since, reason }
  }

  /** The wall clock moved by `skew` without time passing: a hold's length is elapsed time, its start moves with it. */
  shift(skew: number): void {
    if (this.held) this.held = { ...this.held, since: this.held.since + skew }
  }

  /** The held reminder is shown now: the hold is over. Answers how long it was held and why (null: it was not). */
  release(now: number): HeldFor | null {
    const held = this.held
    this.held = null
    if (!held) return null
    this.platform.log(
      'info',
      `a ${held.kind} reminder was held ${Math.round((now - held.since) / 60_000)} min`,
    )
    return { ms: Math.max(0, now - held.since), reason: held.reason }
  }

  /**
   * After each step, with what comes next: a hold ends when nothing of it is due any more (paused, quiet hours, the
   * user away, answered another way). A held posture break that a stretch due soon has swallowed (the planner
   * does so within `foldMs`, the posture break's length) is the same hold going on.
   */
  carryOn(next: DueReminder | null, now: number, foldMs: number): void {
    const held = this.held
    if (!held || (next && next.at <= now)) return
    const soon = next !== null && next.at - now <= Math.max(LOOK_EVERY_MS, foldMs)
    if (soon && holdSubject(next) === held.subject) return
    this.held = null
  }

  /**
   * Monotonic time the app must look again: when an awaited answer is given up on, or a held reminder's next look.
   * A look already past was not taken because nothing is due this moment (a held posture break that a stretch
   * due within the minute swallowed): that reminder's own time wakes the app, not a look.
   */
  nextLookMono(): number | null {
    if (this.asking) return this.asking.askedMono + ANSWER_PATIENCE_MS
    if (!(this.held || this.promptWaiting) || !this.answer) return null
    const at = this.answer.askedMono + LOOK_EVERY_MS
    return at > this.platform.clock.monotonic() ? at : null
  }

  /**
   * The busy reasons the settings listen to that hold now, or 'asking' while the system's answer is awaited. Asks
   * the system when a look is due (`ask: false` decides from what is known); an answer overdue counts as not busy.
   */
  private busyNow(ask: boolean): BusyReason[] | 'asking' {
    const context = this.port.context()
    const settings = context.prefs.dontInterrupt
    if (context.breakWindowOpen || listenedTo(settings).length === 0 || !this.platform.busyReasons) {
      return []
    }
    const mono = this.platform.clock.monotonic()
    if (ask && !this.asking && askDue(this.answer?.askedMono ?? null, mono)) this.ask(mono)
    if (this.asking) {
      if (mono - this.asking.askedMono < ANSWER_PATIENCE_MS) return 'asking'
      this.logOnce('late', undefined, ANSWER_PATIENCE_MS / 1000)
      this.settle(this.asking.id, [])
    }
    return countedReasons(this.answer?.reasons, settings)
  }

  private ask(mono: number): void {
    const id = ++this.asked
    this.asking = { askedMono: mono, id }
    let answer: unknown
    try {
      answer = this.platform.busyReasons?.()
    } catch (error) {
      this.logOnce('failed', error)
      this.settle(id, [])
      return
    }
    if (isThenable(answer)) {
      answer.then(
        (reasons) => this.settleLater(id, reasons),
        (error: unknown) => {
          // A question already given up on (too late) was logged as such: one failure, one line.
          if (this.asking?.id !== id) return
          this.logOnce('failed', error)
          this.settleLater(id, [])
        },
      )
      return
    }
    this.settle(id, answer)
  }

  /** An answer that came later: kept if it is the one awaited, and the app takes a step for it. */
  private settleLater(id: number, answer: unknown): void {
    if (this.asking?.id !== id) return
    this.settle(id, answer)
    this.port.answered()
  }

  private settle(id: number, answer: unknown): void {
    if (this.asking?.id !== id) return
    if (!isBusyAnswer(answer)) {
      this.logOnce('strange', answer)
    }
    // What counts of it is decided when it is used (countedReasons), under the settings of that moment.
    const reasons = Array.isArray(answer) ? answer.filter(isBusyReason) : []
    this.answer = { reasons, askedMono: this.asking.askedMono }
    this.asking = null
  }

  private logOnce(problem: Problem, detail?: unknown, seconds?: number): void {
    if (this.logged.has(problem)) return
    this.logged.add(problem)
    logEvent(
      this.platform,
      { event: 'busy-check-failed', why: problem, ...(seconds === undefined ? {} : { seconds }) },
      detail,
    )
  }
}

function isBusyReason(value: unknown): value is BusyReason {
  return isOneOf(BUSY_REASONS, value)
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    'then' in value &&
    typeof value.then === 'function'
  )
}
