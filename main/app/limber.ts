// The running Limber: after every event (a timer, power, the tray, the command line, IPC) it takes one step —
// look at the clocks and the user, show what is due, record what passed unseen — and arms its two timers
// (wake-ups.ts has the rules, scheduler.ts the timers). The state and parts it steps are in app-core.ts; what
// the user's commands do is in user-commands.ts; the planner (main/core/planner.ts) decides what comes when.
import { STRETCHES } from '../core/content'
import { Calendar } from '../core/calendar'
import { upcoming } from '../core/next-due'
import type { Preferences } from '../core/preferences'
import * as step from '../core/transitions'
import { expiredOccurrences } from '../core/wall-clock'
import { AppCore } from './app-core'
import { stretchInfo } from './break-content'
import { runCommand, type Command, type CommandResult } from './commands'
import { reminderName, type Speech } from './speech'
import { exportData } from './export'
import type * as Ipc from './ipc-contract'
import type { Disposable, Platform } from './platform'
import { WakeTimer, WatchTimer } from './scheduler'
import { systemLanguage } from './language'
import { Surfaces, statusOf, type AppSnapshot } from './surfaces'
import { UserCommands } from './user-commands'
import { lookDue, nextWakeUps, samplingWanted, type WakeInputs } from './wake-ups'

const MINUTE = 60_000
const UPCOMING_LIMIT = 40
const UPCOMING_HORIZON_MS = 24 * 60 * MINUTE

export class Limber implements Disposable {
  private readonly app: AppCore
  private readonly commands: UserCommands
  private readonly surfaces: Surfaces
  private readonly timer: WakeTimer
  private readonly watch: WatchTimer
  private readonly disposables: Disposable[] = []
  private lastCheckMono = 0
  private looksMemo: {
    key: string
    state: unknown
    calendar: unknown
    looks: ReturnType<Limber['looks']>
  } | null = null
  /** When wall-clock reminders were last checked for having passed unseen, and when the next can. */
  private expiryCheck: { calendar: unknown; handled: readonly string[]; from: number; at: number } | null =
    null
  private updating = false
  private again = false
  private disposed = false
  /** The export under way, while its folder dialog is open or its files are written. */
  private exporting: Promise<Ipc.ExportResult> | null = null

  constructor(private readonly platform: Platform) {
    this.app = new AppCore(platform, {
      answer: (id, action) => this.run({ type: 'answer', id, action }),
      changed: () => this.update(),
      guard: (run) => this.guard(run),
    })
    this.commands = new UserCommands(this.app)
    this.surfaces = new Surfaces(platform)
    this.timer = new WakeTimer(platform, () => this.update())
    this.watch = new WatchTimer(platform, () => this.update())
    this.disposables.push(
      this.timer,
      this.watch,
      platform.onPowerEvent((event) =>
        this.guard(() => {
          if (event === 'time-zone-changed') platform.log('info', 'the system reports a time-zone change')
          this.app.presence.onPower(event, this.app.now())
          this.update()
        }),
      ),
      platform.onMenuAction((action) => this.guard(() => void this.run(action))),
    )
    this.update()
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    this.guard(() => this.app.sitting.bringUpTo(this.app.now(), true))
    this.guard(() => this.app.persist())
    for (const disposable of this.disposables.splice(0)) disposable.dispose()
  }

  /** How many times the timers woke the app (for the bench and tests): the wall-clock job and the watch. */
  get wakeUps(): { job: number; watch: number } {
    return { job: this.timer.wakeUps, watch: this.watch.wakeUps }
  }

  // ─── Ways in ───────────────────────────────────────────────────────────────────────────────────────────

  /** The words main speaks now (the language in use), for the shell's answers. */
  speech(): Speech {
    return this.app.speech()
  }

  /** The one way in for the user's commands (tray action ids, the command line, the windows): commands.ts. */
  run(command: Command | string): CommandResult {
    this.app.presence.userActed(this.app.now())
    const result = runCommand(this.commands, command, this.platform, this.app.speech().texts.app)
    this.update()
    return result
  }

  setPreferences(patch: unknown): Ipc.SetPreferencesResult {
    const result = this.commands.setPreferences(patch)
    this.update()
    return result
  }

  resetPreferences(): Preferences {
    const result = this.commands.resetPreferences()
    this.update()
    return result
  }

  windowClosed(kind: Ipc.WindowKind): void {
    if (kind === 'break') {
      this.app.screen.windowClosed()
      this.app.checkIn.windowClosed()
    }
  }

  getPreferences(): Preferences {
    return structuredClone(this.app.prefs)
  }

  status(): Ipc.AppStatus {
    return statusOf(this.snapshot(this.app.now()))
  }

  /** The reminders of the next 24 hours as things stand, each assumed answered when it comes: the planner's path. */
  upcomingList(): Ipc.UpcomingItem[] {
    const now = this.app.now()
    const list = upcoming(this.app.calendar, this.app.state, now, now + UPCOMING_HORIZON_MS, UPCOMING_LIMIT)
    const speech = this.app.speech()
    return list.map((due) => ({ kind: due.kind, at: due.at, title: reminderName(speech, due, 'title') }))
  }

  historySummary(): Ipc.HistorySummary {
    const now = this.app.now()
    this.app.sitting.bringUpTo(now, false)
    return this.app.history.summary(now)
  }

  stretches(): Ipc.StretchInfo[] {
    const texts = this.app.speech().texts.content
    return STRETCHES.map((stretch) => stretchInfo(stretch, this.app.prefs, texts))
  }

  /**
   * "Export my data": asks for a folder and writes the history, check-ins and preferences there. One folder dialog
   * at a time: a call while an export is under way (a second click, where the dialog is not modal) gets that
   * export's answer when it ends, and opens nothing.
   */
  exportData(): Promise<Ipc.ExportResult> {
    this.exporting ??= exportData(
      this.platform,
      () => this.app.exportSource(),
      this.app.speech().texts.app,
    ).finally(() => (this.exporting = null))
    return this.exporting
  }

  /** The reminder on screen; else the morning check-in while it waits for an answer. */
  breakContent(): Ipc.BreakContent | null {
    return this.app.breakContent(this.app.now())
  }

  // ─── The step ──────────────────────────────────────────────────────────────────────────────────────────

  /** Runs one step and re-arms the timers; safe to call from anywhere, including from inside a step. */
  private update(): void {
    if (this.disposed) return
    if (this.updating) {
      this.again = true
      return
    }
    this.updating = true
    try {
      for (let pass = 0; pass < 4; pass++) {
        this.again = false
        this.step(this.app.now())
        if (!this.again) break
      }
    } catch (error) {
      this.platform.log('error', 'a step of the scheduler failed; scheduling goes on', error)
    } finally {
      this.updating = false
    }
    this.guard(() => this.arm(this.app.now()))
    this.guard(() => this.surfaces.publish(this.snapshot(this.app.now())))
  }

  private step(now: number): void {
    const app = this.app
    app.presence.noteRunning(now)
    this.lookAtClocks(now)
    app.soreBack.expire(now)
    let looked = false
    if (lookDue({ mono: this.platform.clock.monotonic(), ...this.looks(now) })) {
      app.presence.sample(now)
      looked = true
    }
    app.therapy.advance(now, app.prefs.notifications.sound)
    const timeout = app.screen.timesOutAt
    if (timeout !== null && now >= timeout && app.screen.current) {
      app.state = step.onAnswered(app.state, app.screen.current.reminder, now)
      app.screen.end('timed-out', now)
    }
    this.passOverExpired(now)
    for (let guard = 0; guard < 4; guard++) {
      const due = app.plan(now)
      if (!due || due.at > now || app.waitsForScreen(due)) break
      // Nothing is shown to an empty room: look at the user first (and so a held reminder's look is the sample's).
      if (!looked && app.prefs.naturalBreaks.enabled && !app.presence.away) {
        app.presence.sample(now)
        looked = true
        continue
      }
      if (app.heldBack(due)) break
      app.show(due, now, true, app.busy.release(now))
    }
    const next = app.plan(now)
    app.busy.carryOn(next, now, app.prefs.posture.durationSeconds * 1000)
    app.screen.openWhenTypingPauses(now)
    app.screen.maybeHeadsUp(next, now, app.presence.away || app.busy.holding)
    if (app.promptDue(now)) {
      // The morning check-in is for someone at the computer: look at the user first (busy or not: mayPrompt).
      if (!looked && !app.presence.away) app.presence.sample(now)
      app.prompt(now)
    } else {
      app.busy.noPromptDue()
    }
    app.persist()
  }

  /** Wall, monotonic time and zone, compared at every wake-up: a change re-plans before anything else. */
  private lookAtClocks(now: number): void {
    const app = this.app
    const change = app.clockWatch.check(now)
    this.lastCheckMono = this.platform.clock.monotonic()
    if (change.zoneChanged) app.calendar = new Calendar(app.calendar.prefs)
    const skew = change.jumpMs
    if (skew === 0) return
    this.platform.log('info', `the clock moved by ${Math.round(skew / 1000)} s; re-planning`)
    app.state = step.onClockJump(app.state, skew, now)
    // Everything measured in elapsed time moves with it.
    app.screen.shift(skew)
    app.therapy.shift(skew)
    app.presence.shift(skew)
    app.away.shift(skew)
    app.sitting.shift(skew)
    app.soreBack.shift(skew)
  }

  /** Wall-clock reminders whose moment passed unseen are recorded `missed`, once. */
  private passOverExpired(now: number): void {
    const app = this.app
    const last = this.expiryCheck
    const same = last && last.calendar === app.calendar && last.handled === app.state.handledKeys
    if (same && now < last.at && now >= last.from) return
    const expired = expiredOccurrences(app.calendar, app.state, now)
    for (const { occurrence, missed } of expired.occurrences) {
      if (missed) app.history.record(occurrence.kind, 'missed', occurrence.at)
    }
    const keys = expired.occurrences.map((e) => e.occurrence.key)
    app.state = step.onPassedOver(app.state, keys, now)
    this.expiryCheck = {
      calendar: app.calendar,
      handled: app.state.handledKeys,
      from: now,
      at: expired.nextCheckAt,
    }
  }

  // ─── Timers and surfaces ───────────────────────────────────────────────────────────────────────────────

  /** Arms the two timers for what comes next. */
  private arm(now: number): void {
    const app = this.app
    const due = app.plan(now)
    const headsUp = due ? app.screen.headsUpAt(due) : null
    const paused = app.pausedUntil(now)
    const wake = nextWakeUps({
      now,
      mono: this.platform.clock.monotonic(),
      moments: [
        // A reminder waiting behind the one on screen comes when that one is answered or times out; one held while
        // the user is busy is looked at again by the watch (heldLook).
        due && !(due.at <= now && app.heldBack(due, false)) ? due.at : null,
        headsUp !== null && headsUp > now ? headsUp : null,
        app.screen.timesOutAt,
        app.therapy.nextSwitch(now),
        typeof paused === 'number' ? paused : null,
        app.screen.windowLookAt,
        ...app.promptMoments(now),
      ],
      heldLook: app.busy.nextLookMono(),
      ...this.looks(now),
    })
    this.timer.arm(wake.job)
    this.watch.arm(wake.watch)
  }

  /** Whether idle time is read every minute now, or looked at during a lock, and when it was last read. */
  private looks(now: number): Omit<WakeInputs, 'now' | 'mono' | 'moments' | 'heldLook'> {
    const { presence, state, calendar } = this.app
    const prefs = calendar.prefs
    return {
      sampling: samplingWanted({
        paused: this.app.pausedUntil(now) !== null,
        locked: presence.locked,
        suspended: presence.suspended,
        idleAway: presence.idleAway,
        breakClocks:
          (prefs.posture.enabled && state.postureClockStart !== null) ||
          (prefs.stretch.enabled && state.stretchClockStart !== null),
        activeUseTime: () => calendar.isActiveUseTime(now),
      }),
      looking: presence.lockLookWanted,
      suspended: presence.suspended,
      lastSampleMono: presence.lastSampleMono,
      lastCheckMono: this.lastCheckMono,
    }
  }

  private snapshot(now: number): AppSnapshot {
    const app = this.app
    return {
      now,
      calendar: app.calendar,
      next: app.plan(now),
      paused: app.pausedUntil(now),
      showing: app.screen.current,
      held: app.busy.status(),
      therapy: app.therapy.status(now),
      idleDetection: app.presence.detection,
      live: this.looks(now).sampling,
      version: this.platform.appVersion,
      logFile: this.platform.logFile,
      soreBack: app.soreBack.status(now),
      checkIn: app.checkIn.status(now, app.checkInOn(now)),
      sitting: app.sitting.today(now),
      language: app.language(),
      systemLanguage: systemLanguage(this.platform),
    }
  }

  /** Runs a callback from the outside world; an error is logged, never thrown back into the shell. */
  guard(run: () => void): void {
    try {
      run()
    } catch (error) {
      this.platform.log('error', 'an event handler failed', error)
      if (!this.disposed && this.timer.armedAt === null) this.timer.arm(this.app.now() + MINUTE)
    }
  }
}
