// The running app's parts, each made with the narrow port it needs and owning its own state: the preferences, the
// schedule (the planner's state, changed only through main/core's transitions), the records, the reminder on
// screen, the user's presence and busy states, the sore-back plan and its prompts. Also the few reactions that
// cross parts: the preferences in force after a change, the plan beginning and ending, and the state file.
import { isActiveUseKind, kindEnabled, type ReminderKind } from '../core/planning/reminders'
import type { LanguageInUse } from '../core/i18n/languages'
import { Calendar } from '../core/planning/calendar'
import { BusyHold } from './busy/hold'
import { holdLasts } from './busy/hold-rules'
import { DayLimit } from './day-limit/day-limit'
import type { BreakContent } from './ipc-contract'
import { languageInUse } from './language'
import { OnScreenKeeper, afterRestart } from './on-screen/kept-on-screen'
import { OnScreen, type OnScreenHooks } from './on-screen/on-screen'
import { SkipAllowance } from './on-screen/firm-break'
import type { Platform } from './platform'
import { AwayAndBack } from './presence/away-and-back'
import { Presence } from './presence/presence'
import type { Outcome } from './records/history'
import { HistoryFile } from './records/history-file'
import { StoredPreferences } from './records/preferences-file'
import { Sitting } from './records/sitting'
import { StateFile } from './records/state-file'
import { RoutineDoors } from './routines/routine-doors'
import { routineSummary } from './routines/routine-summary'
import { Routines } from './routines/routines'
import { MorningCheckIn } from './sore-back/check-in'
import { SoreBackPlan } from './sore-back/plan'
import { Prompts } from './sore-back/prompts'
import { TherapyTimer } from './sore-back/therapy-timer'
import { speechFor, type Speech } from './speech'
import { ClockWatch } from './timing/clock-watch'
import { DueNow } from './timing/due-now'
import { Schedule } from './timing/schedule'
import { Updates } from './updates/updates'

export interface AppParts {
  readonly platform: Platform
  readonly prefs: StoredPreferences
  readonly schedule: Schedule
  readonly history: HistoryFile
  readonly sitting: Sitting
  readonly soreBack: SoreBackPlan
  readonly checkIn: MorningCheckIn
  readonly prompts: Prompts
  readonly therapy: TherapyTimer
  readonly clockWatch: ClockWatch
  readonly screen: OnScreen
  readonly dueNow: DueNow
  readonly away: AwayAndBack
  readonly presence: Presence
  /** A reminder due while the user is busy waits here (busy/hold.ts). */
  readonly busy: BusyHold
  /** The daily limit of time at the computer (day-limit/day-limit.ts). */
  readonly dayLimit: DayLimit
  /** The routines from a physiotherapist, and the ways they come in and go out. */
  readonly routines: Routines
  readonly routineDoors: RoutineDoors
  /** Breaks the user skipped today, for firm mode's daily allowance. */
  readonly skips: SkipAllowance
  /** Updates of the installed app: checked, downloaded and installed on quit by themselves (updates/). */
  readonly updates: Updates
  /** Plans again from the stored preferences as the sore-back plan leaves them (after either changed). */
  replan(now: number): void
  /** The language the app speaks now (the preference, or the system's best match). */
  language(): LanguageInUse
  /** The catalog and formatter of the language in use, for every text main builds. */
  speech(): Speech
  /** What the break window shows: the reminder on screen; else the morning check-in while it waits for an answer. */
  breakContent(now: number): BreakContent | null
  /** Writes the state file (only when it changed). */
  persist(): void
  /**
   * Just started: the reminder on screen when Limber stopped is shown again while still relevant, else recorded
   * `missed` (on-screen/kept-on-screen.ts). Once, before the first step.
   */
  comeBack(now: number): void
}

/** Makes the parts; `hooks` are the running app's answers to a notification, its step, and its guard. */
export function assembleParts(
  platform: Platform,
  hooks: Pick<OnScreenHooks, 'answer' | 'changed' | 'guard'>,
): AppParts {
  const now = platform.clock.now()
  const prefs = new StoredPreferences(platform)
  const history = new HistoryFile(platform)
  const stateFile = new StateFile(platform)
  // A hold kept from before the restart goes on only in the active-use time it began in (busy/hold-rules.ts).
  const stored = stateFile.load(now, (held) => holdLasts(held, new Calendar(prefs.value), now))
  const current = () => prefs.value
  const language = (): LanguageInUse => languageInUse(schedule.calendar.prefs, platform)
  const speech = (): Speech => speechFor(language())
  const routineReminders = () => routines.reminders(languageInUse(prefs.value, platform).code)
  const replan = (at: number): void =>
    schedule.setPreferences(soreBack.inForce(prefs.value, at), at, routineReminders())
  const routines: Routines = new Routines(platform, () => {
    const at = platform.clock.now()
    schedule.setRoutines(routineReminders(), at)
    // A routine reminder on screen whose routine was removed leaves the screen.
    const showing = screen.current
    if (showing?.kind === 'routine' && !routines.byId(showing.ref ?? '')) screen.end('withdrawn', at)
    const list = routines.list.map((entry) => routineSummary(entry, speech()))
    platform.broadcast('routines:changed', list)
    hooks.changed()
  })
  const soreBack: SoreBackPlan = new SoreBackPlan(
    platform,
    {
      prefs: current,
      speech,
      began: (at) => {
        replan(at)
        // The plan begins now: the first easy walk comes one interval from here, not at once.
        schedule.apply({ type: 'posture-clock-restarted' }, at)
        // A strength or yoga reminder on screen waits for a better day.
        const showing = screen.current
        if (
          showing &&
          !isActiveUseKind(showing.kind) &&
          !kindEnabled(schedule.calendar.prefs, showing.kind, showing.ref, schedule.calendar.routines)
        )
          screen.end('withdrawn', at)
        checkIn.askWithoutNotice(at)
      },
      ended: replan,
    },
    stored.soreBack,
  )
  const schedule: Schedule = new Schedule(
    stored.scheduler,
    soreBack.inForce(prefs.value, now),
    routineReminders(),
  )
  const checkIn: MorningCheckIn = new MorningCheckIn(platform, history, stored.checkIn, { ...hooks, speech })
  const sitting = new Sitting(history, () => prefs.value.naturalBreaks.idleMinutes * 60_000, now)
  const therapy = new TherapyTimer(platform, stored.therapy, speech)
  const clockWatch = new ClockWatch(platform)
  const skips = new SkipAllowance(stored.skips)
  const record = (kind: ReminderKind, outcome: Outcome, at: number): void => {
    sitting.outcome(kind, outcome, at)
    history.record(kind, outcome, at)
  }
  const screen: OnScreen = new OnScreen(
    platform,
    {
      ...hooks,
      prefs: () => schedule.calendar.prefs,
      speech,
      gentle: (at) => soreBack.running(at) !== null,
      routine: (kind, ref) =>
        (kind === 'routine' ? routines.byId(ref ?? '') : routines.forBreaks())?.routine ?? null,
      skipsToday: (at) => skips.today(at),
      record,
    },
    stored,
  )
  const keeper = new OnScreenKeeper()
  let kept = stored.onScreen
  const away: AwayAndBack = new AwayAndBack({
    schedule,
    screen,
    sitting,
    history,
    clockWatch,
    prefs: current,
    stillAway: (): boolean => presence.away,
    now: () => platform.clock.now(),
  })
  const presence: Presence = new Presence(platform, away, () => prefs.value.naturalBreaks)
  const busy = new BusyHold(
    platform,
    {
      answered: hooks.changed,
      context: () => ({ prefs: prefs.value, breakWindowOpen: screen.current?.breakWindowOpen ?? false }),
    },
    stored.held,
  )
  const dueNow = new DueNow({ schedule, screen, busy, now: () => platform.clock.now() })
  const prompts = new Prompts({ schedule, presence, screen, busy, checkIn, soreBack, prefs: current })
  const dayLimit = new DayLimit({ platform, sitting, prefs: current, speech }, stored.dayLimit)
  const updates = new Updates(platform, {
    automatic: () => prefs.value.updates.automatic,
    breakOnScreen: () => screen.current !== null,
    changed: hooks.changed,
  })
  return {
    platform,
    prefs,
    schedule,
    history,
    sitting,
    soreBack,
    checkIn,
    prompts,
    therapy,
    clockWatch,
    screen,
    dueNow,
    away,
    presence,
    busy,
    dayLimit,
    routines,
    routineDoors: new RoutineDoors(platform, routines, speech),
    skips,
    updates,
    replan,
    language,
    speech,
    breakContent: (at) => screen.content() ?? checkIn.content(at, soreBack.day(at), schedule.calendar.prefs),
    persist: () =>
      stateFile.save({
        scheduler: schedule.state,
        therapy: therapy.stored,
        rotation: screen.rotation.state,
        rotationCount: screen.rotation.count,
        soreBack: soreBack.stored,
        checkIn: checkIn.stored,
        dayLimit: dayLimit.stored,
        skips: skips.stored,
        onScreen: keeper.of(screen.current, screen.timesOutAt),
        held: busy.kept,
      }),
    comeBack: (at) => {
      const was = kept
      kept = null
      if (!was) return
      const after = afterRestart(was, schedule.calendar, at)
      if (after.show) dueNow.show(was.reminder, at, true, was.held)
      else record(was.reminder.kind, 'missed', after.lostAt)
    },
  }
}
