// The running Limber: its parts (parts.ts), the step it takes after every event (timing/step.ts) and the two timers
// that wake it (timing/wake-timers.ts), and its ways in: the user's commands (doors/), the windows' questions, and
// what the tray and the windows show (surfaces/). The planner (main/core/planning) decides what comes when.
import { STRETCHES } from '../core/content'
import type { Preferences } from '../core/preferences/index'
import { runCommand, type Command, type CommandResult } from './doors/commands'
import { UserCommands } from './doors/user-commands'
import type * as Ipc from './ipc-contract'
import { systemLanguage } from './language'
import { stretchInfo } from './on-screen/break-content'
import { assembleParts, type AppParts } from './parts'
import type { Disposable, Platform } from './platform'
import { exportData } from './records/export'
import { routineSummary } from './routines/routine-summary'
import type { RoutineUse } from './routines/routines'
import { reminderName, type Speech } from './speech'
import { Publisher } from './surfaces/publisher'
import { statusOf, type AppSnapshot } from './surfaces/status'
import { Step } from './timing/step'
import { WakeTimer, WatchTimer } from './timing/wake-timers'

const MINUTE = 60_000
const UPCOMING_LIMIT = 40
const UPCOMING_HORIZON_MS = 24 * 60 * MINUTE

export class Limber implements Disposable {
  private readonly app: AppParts
  private readonly commands: UserCommands
  private readonly step: Step
  private readonly surfaces: Publisher
  private readonly timer: WakeTimer
  private readonly watch: WatchTimer
  private readonly disposables: Disposable[] = []
  private updating = false
  private again = false
  private disposed = false
  /** The export under way, while its folder dialog is open or its files are written. */
  private exporting: Promise<Ipc.ExportResult> | null = null

  constructor(private readonly platform: Platform) {
    this.app = assembleParts(platform, {
      answer: (id, action) => this.run({ type: 'answer', id, action }),
      changed: () => this.update(),
      guard: (run) => this.guard(run),
    })
    this.commands = new UserCommands(this.app)
    this.step = new Step(this.app)
    this.surfaces = new Publisher(platform)
    this.timer = new WakeTimer(platform, () => this.update())
    this.watch = new WatchTimer(platform, () => this.update())
    this.disposables.push(
      this.app.screen,
      this.timer,
      this.watch,
      platform.onPowerEvent((event) =>
        this.guard(() => {
          if (event === 'time-zone-changed') platform.log('info', 'the system reports a time-zone change')
          this.app.presence.onPower(event, this.now())
          this.update()
        }),
      ),
      platform.onMenuAction((action) => this.guard(() => void this.run(action))),
    )
    this.guard(() => this.app.comeBack(this.now()))
    this.update()
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    this.guard(() => this.app.sitting.bringUpTo(this.now(), true))
    this.guard(() => this.app.persist())
    for (const disposable of this.disposables.splice(0)) disposable.dispose()
    this.app.updates.dispose()
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

  /** The one way in for the user's commands (tray action ids, the command line, the windows): doors/commands.ts. */
  run(command: Command | string): CommandResult {
    this.app.presence.userActed(this.now())
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
      this.app.screen.windowClosed(this.now())
      this.app.checkIn.windowClosed()
    }
  }

  /** What a dimmed screen shows: the language in use, and whether the break is still on screen. */
  dimmedState(): Ipc.DimmedState {
    return { language: this.app.language(), breakShowing: this.app.screen.current?.breakWindowOpen ?? false }
  }

  /** "Show the break here", from a dimmed screen: the break moves to that display. */
  bringBreakHere(display: number): boolean {
    return this.app.screen.screens.bringHere(display)
  }

  getPreferences(): Preferences {
    return structuredClone(this.app.prefs.value)
  }

  status(): Ipc.AppStatus {
    return statusOf(this.snapshot(this.now()))
  }

  /** The reminders of the next 24 hours as things stand, each assumed answered when it comes: the planner's path. */
  upcomingList(): Ipc.UpcomingItem[] {
    const now = this.now()
    const list = this.app.schedule.upcoming(now, now + UPCOMING_HORIZON_MS, UPCOMING_LIMIT)
    const speech = this.app.speech()
    return list.map((due) => ({ kind: due.kind, at: due.at, title: reminderName(speech, due, 'title') }))
  }

  historySummary(): Ipc.HistorySummary {
    const now = this.now()
    this.app.sitting.bringUpTo(now, false)
    return this.app.history.summary(now, this.app.prefs.value)
  }

  stretches(): Ipc.StretchInfo[] {
    const texts = this.app.speech().texts.content
    return STRETCHES.map((stretch) => stretchInfo(stretch, this.app.prefs.value, texts))
  }

  /**
   * "Export my data": asks for a folder and writes the history, check-ins and preferences there. One folder dialog
   * at a time: a call while an export is under way (a second click, where the dialog is not modal) gets that
   * export's answer when it ends, and opens nothing.
   */
  exportData(): Promise<Ipc.ExportResult> {
    this.exporting ??= exportData(
      this.platform,
      () => {
        // Everything as it stands now: the sitting figures brought up to the minute.
        const now = this.now()
        this.app.sitting.bringUpTo(now, false)
        return {
          prefs: structuredClone(this.app.prefs.value),
          history: this.app.history.data,
          now,
          appVersion: this.platform.appVersion,
          routines: this.app.routines.list.map((entry) => ({
            file: entry.routine,
            use: { forBreaks: entry.forBreaks, reminder: entry.reminder, importedAt: entry.importedAt },
          })),
        }
      },
      this.app.speech().texts.app,
    ).finally(() => (this.exporting = null))
    return this.exporting
  }

  // ─── Routines from a physiotherapist (main/app/routines) ──────────────────────────────────────────────

  routineList(): Ipc.RoutineSummary[] {
    const speech = this.app.speech()
    return this.app.routines.list.map((entry) => routineSummary(entry, speech))
  }

  /** "Import a routine…" in Settings: the file dialog, then the same reading as the command line's. */
  async importRoutine(): Promise<Ipc.RoutineImportResult> {
    const result = await this.app.routineDoors.importByDialog()
    this.update()
    return result
  }

  removeRoutine(id: string): boolean {
    return this.app.routines.remove(id)
  }

  useRoutine(id: string, use: RoutineUse): boolean {
    return this.app.routines.use(id, use)
  }

  exportRoutine(id: string): Promise<Ipc.RoutineExportResult> {
    const entry = this.app.routines.byId(id)
    if (!entry) {
      const message = this.app.speech().texts.app.routines.gone
      return Promise.resolve({ ok: false, cancelled: false, message })
    }
    return this.app.routineDoors.exportByDialog(entry)
  }

  /** The reminder on screen; else the morning check-in while it waits for an answer. */
  breakContent(): Ipc.BreakContent | null {
    return this.app.breakContent(this.now())
  }

  /** Runs a callback from the outside world; an error is logged, never thrown back into the shell. */
  guard(run: () => void): void {
    try {
      run()
    } catch (error) {
      this.platform.log('error', 'an event handler failed', error)
      if (!this.disposed && this.timer.armedAt === null) this.timer.arm(this.now() + MINUTE)
    }
  }

  // ─── The step, the timers and the surfaces ─────────────────────────────────────────────────────────────

  private now(): number {
    return this.platform.clock.now()
  }

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
        this.step.run(this.now())
        if (!this.again) break
      }
    } catch (error) {
      this.platform.log('error', 'a step of the scheduler failed; scheduling goes on', error)
    } finally {
      this.updating = false
    }
    this.guard(() => {
      const wake = this.step.wakeUps(this.now())
      this.timer.arm(wake.job)
      this.watch.arm(wake.watch)
    })
    // The day's update check, and a restart the user asked for once the break on screen is answered.
    this.guard(() => this.app.updates.poke(this.now()))
    this.guard(() => this.surfaces.publish(this.snapshot(this.now())))
  }

  private snapshot(now: number): AppSnapshot {
    const app = this.app
    return {
      now,
      calendar: app.schedule.calendar,
      next: app.schedule.next(now),
      paused: app.schedule.pausedUntil(now),
      showing: app.screen.current,
      held: app.busy.status(),
      therapy: app.therapy.status(now),
      idleDetection: app.presence.detection,
      live: this.step.looks(now).sampling,
      version: this.platform.appVersion,
      logFile: this.platform.logFile,
      soreBack: app.soreBack.status(now),
      checkIn: app.checkIn.status(now, app.prompts.checkInOn(now)),
      sitting: app.sitting.today(now),
      dayLimit: app.dayLimit.status(now),
      language: app.language(),
      systemLanguage: systemLanguage(this.platform),
      nextSkippable: this.commands.nextSkippable(now),
      update: app.updates.status(),
    }
  }
}
