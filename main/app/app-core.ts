// The running app's state and parts, shared by the step (limber.ts), the user's commands (user-commands.ts) and
// the user's comings and goings (away-and-back.ts): the preferences and their calendar, the planner's state, and
// the parts that show, record and keep. Also the decisions every path needs: what is next, showing it, and when
// the prompts that are not reminders (the morning check-in, the brace reminder) may come.
import { Calendar } from '../core/calendar'
import { addDays, dateKeyOf } from '../core/local-time'
import { nextDue, type DueReminder } from '../core/next-due'
import type { Preferences } from '../core/preferences'
import { isActiveUseKind } from '../core/reminders'
import type { SchedulerState } from '../core/scheduler-state'
import { onPrefsChanged, onShown } from '../core/transitions'
import { AwayAndBack } from './away-and-back'
import { BusyHold, type HeldFor } from './busy-hold'
import { MorningCheckIn } from './check-in'
import { ClockWatch } from './clock-watch'
import type { ExportSource } from './export'
import type { BreakContent } from './ipc-contract'
import type { Outcome } from './history'
import { HistoryFile } from './history-file'
import { OnScreen, type OnScreenHooks } from './on-screen'
import type { Platform } from './platform'
import { languageInUse } from './language'
import { speechFor, type Speech } from './speech'
import type { LanguageInUse } from '../core/i18n/languages'
import { loadPreferences } from './preferences-file'
import { Presence } from './presence'
import { Sitting } from './sitting'
import { SoreBackPlan } from './sore-back-plan'
import { StateFile } from './state-file'
import { TherapyTimer } from './therapy-timer'

const PLAN_MEMO_MS = 30 * 60_000

export class AppCore {
  /** The stored preferences (what the settings window shows and changes). */
  prefs: Preferences
  /**
   * The days of the preferences in force (the stored ones, gentler while a sore-back plan runs) in the zone in
   * force; made anew when any of them changes. `calendar.prefs` is what reminders follow.
   */
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
  readonly soreBack: SoreBackPlan
  readonly checkIn: MorningCheckIn
  readonly sitting: Sitting
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
    this.history = new HistoryFile(platform)
    this.stateFile = new StateFile(platform)
    const stored = this.stateFile.load(now)
    this.soreBack = new SoreBackPlan(this, stored.soreBack)
    this.calendar = new Calendar(this.soreBack.inForce(this.prefs, now))
    this.checkIn = new MorningCheckIn(platform, this.history, stored.checkIn, {
      ...hooks,
      speech: () => this.speech(),
    })
    this.sitting = new Sitting(this.history, () => this.prefs.naturalBreaks.idleMinutes * 60_000, now)
    this.state = stored.scheduler
    this.therapy = new TherapyTimer(platform, stored.therapy, () => this.speech())
    this.clockWatch = new ClockWatch(platform)
    this.screen = new OnScreen(
      platform,
      {
        ...hooks,
        prefs: () => this.calendar.prefs,
        speech: () => this.speech(),
        gentle: (at) => this.soreBack.running(at) !== null,
        record: (kind, outcome, at) => {
          this.sitting.outcome(kind, outcome, at)
          this.history.record(kind, outcome, at)
        },
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
    const held = this.busy.holds(due, this.now(), this.holdContext(), ask)
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

  /**
   * Plans again from the stored preferences as the sore-back plan leaves them (after either changed). A time the
   * change moved into the past is passed over; a break switched on starts its clock now.
   */
  replan(now: number): void {
    const previous = this.calendar
    this.calendar = new Calendar(this.soreBack.inForce(this.prefs, now))
    this.state = onPrefsChanged(this.state, previous, this.calendar, now)
  }

  /** What a busy check needs to know of the app (busy-hold.ts). */
  private holdContext(): { prefs: Preferences; breakWindowOpen: boolean } {
    return { prefs: this.prefs, breakWindowOpen: this.screen.current?.breakWindowOpen ?? false }
  }

  /**
   * Whether a prompt that is not a reminder (the morning check-in, the brace reminder) may come now: someone at
   * the computer, nothing on screen, not paused, not sleep time, and the user not busy (a call, a presentation, a
   * full-screen app, Do Not Disturb, as their "Don't interrupt" settings say). A busy user is asked later, not
   * held: the prompt comes within a minute after the busy state ends (BusyHold.promptWaits), saying nothing of
   * the wait. The system is asked last, only when everything else allows the prompt.
   */
  mayPrompt(now: number): boolean {
    const otherwise =
      !this.presence.away &&
      !this.screen.current &&
      this.pausedUntil(now) === null &&
      !this.calendar.isQuietTime(now)
    if (!otherwise) {
      this.busy.noPromptDue()
      return false
    }
    return !this.busy.promptWaits(this.holdContext())
  }

  /** Whether the check-in is on: its preference, or a sore-back plan running. */
  checkInOn(now: number): boolean {
    return this.prefs.checkIn.enabled || this.soreBack.running(now) !== null
  }

  /** Today's wake time (the end of the night that began yesterday evening), and tomorrow's. */
  wakeTimes(now: number): { today: number; tomorrow: number } {
    const today = dateKeyOf(new Date(now))
    return {
      today: this.calendar.night(addDays(today, -1)).wake.getTime(),
      tomorrow: this.calendar.night(today).wake.getTime(),
    }
  }

  /** A prompt is due now (the step looks at the user first). */
  promptDue(now: number): boolean {
    const brace = this.soreBack.braceDueAt(now)
    return (
      this.checkIn.due(now, this.checkInOn(now), this.wakeTimes(now).today) ||
      (brace !== null && now >= brace)
    )
  }

  /** Shows what is due of the prompts, one at a time: the morning check-in first, then the brace reminder. */
  prompt(now: number): void {
    if (!this.mayPrompt(now)) return
    if (this.checkIn.due(now, this.checkInOn(now), this.wakeTimes(now).today)) {
      // The first minute of a plan day: the check-in offers heat or ice, and the brace's wear counts from here.
      this.soreBack.morning(now)
      this.checkIn.ask(now, this.soreBack.day(now), this.calendar.prefs)
      return
    }
    const brace = this.soreBack.braceDueAt(now)
    if (brace !== null && now >= brace) this.soreBack.tellBrace(now)
  }

  /** The next moments the prompts and the plan need a wake-up for. */
  promptMoments(now: number): (number | null)[] {
    const wake = this.wakeTimes(now)
    return [
      this.checkIn.nextMoment(now, this.checkInOn(now), wake.today, wake.tomorrow),
      this.soreBack.nextMoment(now),
    ]
  }

  /** Everything "Export my data" writes, as it stands now (the sitting figures brought up to the minute). */
  exportSource(): ExportSource {
    const now = this.now()
    this.sitting.bringUpTo(now, false)
    return {
      prefs: structuredClone(this.prefs),
      history: this.history.data,
      now,
      appVersion: this.platform.appVersion,
    }
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
      soreBack: this.soreBack.stored,
      checkIn: this.checkIn.stored,
    })
  }

  /** The language the app speaks now (the preference, or the system's best match). */
  language(): LanguageInUse {
    return languageInUse(this.calendar.prefs, this.platform)
  }

  /** What the break window shows: the reminder on screen; else the morning check-in while it waits for an answer. */
  breakContent(now: number): BreakContent | null {
    return this.screen.content() ?? this.checkIn.content(now, this.soreBack.day(now), this.calendar.prefs)
  }

  /** The catalog and formatter of the language in use, for every text main builds. */
  speech(): Speech {
    return speechFor(this.language())
  }
}
