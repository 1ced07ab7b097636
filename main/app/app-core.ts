// The running app's state and parts, shared by the step (limber.ts), the user's commands (user-commands.ts) and
// the user's comings and goings (away-and-back.ts): the preferences and their calendar, the planner's state, and
// the parts that show, record and keep. Also the two decisions every path needs: what is next, and showing it.
import { Calendar } from '../core/calendar'
import { nextDue, type DueReminder } from '../core/next-due'
import type { Preferences } from '../core/preferences'
import { isActiveUseKind } from '../core/reminders'
import type { SchedulerState } from '../core/scheduler-state'
import { onShown } from '../core/transitions'
import { AwayAndBack } from './away-and-back'
import { BusyHold, type HeldFor } from './busy-hold'
import { ClockWatch } from './clock-watch'
import type { Outcome } from './history'
import { HistoryFile } from './history-file'
import { OnScreen, type OnScreenHooks } from './on-screen'
import type { Platform } from './platform'
import { loadPreferences } from './preferences-file'
import { Presence } from './presence'
import { StateFile } from './state-file'
import { TherapyTimer } from './therapy-timer'

const PLAN_MEMO_MS = 30 * 60_000

export class AppCore {
  prefs: Preferences
  /** The preferences' days in the zone in force; made anew when either changes. */
  calendar: Calendar
  state: SchedulerState
  readonly history: HistoryFile
  readonly stateFile: StateFile
  readonly therapy: TherapyTimer
  readonly clockWatch: ClockWatch
  readonly screen: OnScreen
  readonly away: AwayAndBack
  readonly presence: Presence
  /** A reminder due while the user is busy waits here (busy-hold.ts). */
  readonly busy: BusyHold
  private planned: {
    state: SchedulerState
    calendar: Calendar
    now: number
    due: DueReminder | null
  } | null = null

  constructor(
    readonly platform: Platform,
    hooks: Pick<OnScreenHooks, 'answer' | 'changed' | 'guard'>,
  ) {
    const now = platform.clock.now()
    this.prefs = loadPreferences(platform)
    this.calendar = new Calendar(this.prefs)
    this.history = new HistoryFile(platform)
    this.stateFile = new StateFile(platform)
    const stored = this.stateFile.load(now)
    this.state = stored.scheduler
    this.therapy = new TherapyTimer(platform, stored.therapy, now)
    this.clockWatch = new ClockWatch(platform)
    this.screen = new OnScreen(
      platform,
      {
        ...hooks,
        prefs: () => this.prefs,
        record: (kind, outcome, at) => this.history.record(kind, outcome, at),
      },
      stored,
    )
    this.away = new AwayAndBack(this)
    this.presence = new Presence(platform, this.away, () => this.prefs.naturalBreaks)
    this.busy = new BusyHold(platform, hooks.changed)
  }

  now(): number {
    return this.platform.clock.now()
  }

  /**
   * The planner's next reminder. Remembered while nothing it depends on changed (the state, the calendar) and its
   * time has not come: most wake-ups are a minute's idle sample and ask again. Re-asked at least every
   * PLAN_MEMO_MS anyway, as cheap insurance.
   */
  plan(now: number): DueReminder | null {
    const last = this.planned
    if (
      last &&
      last.state === this.state &&
      last.calendar === this.calendar &&
      now >= last.now &&
      now - last.now < PLAN_MEMO_MS &&
      (last.due === null ? true : now < last.due.at || now === last.now)
    ) {
      return last.due
    }
    const due = nextDue(this.calendar, this.state, now)
    this.planned = { state: this.state, calendar: this.calendar, now, due }
    return due
  }

  /**
   * Shows `due` now; one reminder on screen at a time, so a newer one replaces an unanswered one. `held`: it was
   * held while the user was busy, and says so.
   */
  show(due: DueReminder, now: number, notify: boolean, held: HeldFor | null = null): void {
    const current = this.screen.current
    if (current) {
      const outcome: Outcome =
        isActiveUseKind(current.kind) && isActiveUseKind(due.kind) ? 'done' : 'timed-out'
      this.screen.end(outcome, now)
    }
    this.state = onShown(this.state, due, now)
    this.screen.show(due, now, notify, held)
  }

  /**
   * Whether a reminder that is due waits for now: this is the one place a reminder is held back before showing,
   * and what is held here is shown later.
   * - One reminder on screen at a time (waitsForScreen).
   * - While the user is busy (a call, a presentation, a full-screen app, Do Not Disturb), as their settings say:
   *   busy-hold.ts, which asks the system when a look is due. `ask: false` decides from what is already known.
   */
  heldBack(due: DueReminder, ask = true): boolean {
    if (this.waitsForScreen(due)) return true
    const wasHolding = this.busy.holding
    const context = { prefs: this.prefs, breakWindowOpen: this.screen.current?.breakWindowOpen ?? false }
    const held = this.busy.holds(due, this.now(), context, ask)
    // A heads-up given before this break must not stay on screen while it waits.
    if (held && !wasHolding && this.busy.holding) this.screen.closeHeadsUp()
    return held
  }

  /**
   * Whether a due reminder waits for the one on screen: its answer (or its time-out), except that a wall-clock
   * reminder replaces an unanswered posture or stretch break.
   */
  waitsForScreen(due: DueReminder): boolean {
    const showing = this.screen.current
    if (!showing) return false
    return !(isActiveUseKind(showing.kind) && !isActiveUseKind(due.kind))
  }

  pausedUntil(now: number): number | 'forever' | null {
    const paused = this.state.pausedUntil
    if (paused === 'forever') return 'forever'
    return typeof paused === 'number' && paused > now ? paused : null
  }

  /** Writes the state file (only when it changed). */
  persist(): void {
    this.stateFile.save({
      scheduler: this.state,
      therapy: this.therapy.stored,
      rotation: this.screen.rotation,
      rotationCount: this.screen.rotationCount,
    })
  }
}
