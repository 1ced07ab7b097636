// The running Limber: holds the preferences, the planner's state, history and what is on screen, and after every
// event (timer, power, menu, IPC) takes one step, shows what is due and arms its two timers (scheduler.ts): the
// node-schedule job for the next wall-clock moment, and the monotonic idle sampler while sampling is wanted.
import {
  STRETCHES,
  parseRotationState,
  pickStretches,
  therapyNotice,
  type RotationState,
  type Stretch,
} from '../core/content'
import { addDays, dateKeyOf } from '../core/local-time'
import {
  DEFAULT_PREFERENCES,
  mergePreferences,
  validatePreferences,
  type Preferences,
} from '../core/preferences'
import {
  REMINDER_TITLES,
  isActiveUseTime,
  nextDue,
  nextWakeTime,
  normalizeSchedulerState,
  onAway,
  onBack,
  onClockJump,
  onDone,
  onPause,
  onPrefsChanged,
  onResume,
  onShown,
  onSkip,
  onSkipNext,
  onSnooze,
  sleepWindowFor,
  type DueReminder,
  type SchedulerState,
} from '../core/planner'
import type { PlannedReminder, ReminderKind } from '../core/reminders'
import {
  breakContent,
  headsUpNotification,
  reminderNotification,
  stretchInfo,
  type Showing,
} from './break-content'
import { recordOutcome, summarizeHistory, type HistoryData, type Outcome } from './history'
import { loadHistory } from './history-file'
import type {
  AppStatus,
  BreakContent,
  HistorySummary,
  PauseDuration,
  ReminderAction,
  SetPreferencesResult,
  StretchInfo,
  TherapyMode,
  UpcomingItem,
} from './ipc-contract'
import { checkPlainData } from './ipc-payloads'
import {
  LOCKED_SAMPLE_EVERY_MS,
  PRESENT,
  SAMPLE_EVERY_MS,
  initialIdleWatch,
  inputWhileLocked,
  isAway,
  lockProbeAt,
  noteIdleSample,
  readIdleSeconds,
  type IdleWatch,
  type Presence,
} from './natural-breaks'
import type { Disposable, NotificationAction, Platform, PowerEvent } from './platform'
import { loadPreferences, store } from './preferences-file'
import { SampleTimer, WakeTimer } from './scheduler'
import {
  isFinished,
  nextSwitchAt,
  parseTherapyRun,
  phaseIndexAt,
  phaseSwitch,
  startTherapy,
  therapyStatus,
  type TherapyRun,
} from './therapy'
import { trayView, type TrayState } from './tray-menu'

const MINUTE = 60_000
/** A reminder nobody answers is over after this: recorded as timed out, and its clocks restart. */
export const SHOWING_TIMEOUT_MS = 10 * MINUTE
/** Wall time moving this much more or less than elapsed time is a clock change, not timer lateness. */
export const CLOCK_JUMP_TOLERANCE_MS = MINUTE
/** Something "due now" that could not be handled is looked at again this much later, so the timer never spins. */
const MIN_WAKE_GAP_MS = 1_000
/** A remembered plan is recomputed at least this often anyway (cheap insurance against a missed invalidation). */
const PLAN_CACHE_MS = 6 * 60 * MINUTE
const UPCOMING_LIMIT = 40
const UPCOMING_HORIZON_MS = 24 * 60 * MINUTE

interface OnScreen extends Showing {
  reminder: PlannedReminder
  deadline: number
  breakWindowOpen: boolean
}

interface StoredState {
  version: 1
  scheduler: SchedulerState
  therapy: { run: TherapyRun; notifiedPhase: number } | null
  rotation: RotationState
  rotationCount: number
  idleDetection: IdleWatch['detection']
}

function isActiveKind(kind: ReminderKind | 'therapy'): kind is 'posture' | 'stretch' {
  return kind === 'posture' || kind === 'stretch'
}

export class Limber implements Disposable {
  private prefs: Preferences
  private state: SchedulerState
  private history: HistoryData
  private presence: Presence = { ...PRESENT }
  private idle: IdleWatch
  private showing: OnScreen | null = null
  private therapy: { run: TherapyRun; notifiedPhase: number } | null
  private rotation: RotationState
  private rotationCount: number
  private headsUp: { mark: string; id: string } | null = null
  /** The active-use reminder that was coming when the user left; counted as done if its time passed while away. */
  private pendingAway: { kind: 'posture' | 'stretch'; at: number } | null = null
  /** Monotonic time of the last idle sample (or of the return that made one unnecessary). */
  private lastSampleMono: number | null = null
  private clockRef: { wall: number; mono: number } | null = null
  private upcoming: DueReminder | null = null
  private planCache: { key: string; prefs: Preferences; from: number; due: DueReminder | null } | null = null
  private activeMemo: { now: number; prefs: Preferences; value: boolean } | null = null
  private nightMemo: { key: string; prefs: Preferences; value: TrayState['night'] } | null = null
  private readonly timer: WakeTimer
  private readonly sampler: SampleTimer
  private readonly disposables: Disposable[] = []
  private showCounter = 0
  private updating = false
  private again = false
  private disposed = false
  private written = { state: '', tray: '', status: '' }

  constructor(private readonly platform: Platform) {
    const now = platform.clock.now()
    this.prefs = loadPreferences(platform)
    this.history = loadHistory(platform)
    const stored = this.read(platform.stateStore, 'state')
    const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
      Record<string, unknown>
    >
    // The app was not running, so nothing before now counts as active use: the clocks start now.
    this.state = {
      ...normalizeSchedulerState(record.scheduler, new Date(now)),
      postureClockStart: now,
      stretchClockStart: now,
      awaySince: null,
    }
    const therapy = record.therapy as { run?: unknown; notifiedPhase?: unknown } | null | undefined
    const run = parseTherapyRun(therapy?.run)
    this.therapy =
      run && !isFinished(run, now)
        ? { run, notifiedPhase: typeof therapy?.notifiedPhase === 'number' ? therapy.notifiedPhase : -1 }
        : null
    this.rotation = parseRotationState(record.rotation)
    this.rotationCount =
      typeof record.rotationCount === 'number' && Number.isSafeInteger(record.rotationCount)
        ? record.rotationCount
        : 0
    this.idle = initialIdleWatch(record.idleDetection)
    this.timer = new WakeTimer(platform, () => this.update())
    this.sampler = new SampleTimer(platform, () => this.update())
    this.disposables.push(
      this.timer,
      this.sampler,
      platform.onPowerEvent((event) => this.guard(() => this.onPower(event))),
      platform.onMenuAction((action) => this.guard(() => this.onMenu(action))),
    )
    this.update()
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    this.guard(() => this.persist())
    for (const disposable of this.disposables.splice(0)) disposable.dispose()
  }

  /** How many times the timers woke the app (for the bench and tests): the wall-clock job and the idle sampler. */
  get wakeUps(): { job: number; sample: number } {
    return { job: this.timer.wakeUps, sample: this.sampler.wakeUps }
  }

  // ─── Queries (IPC answers) ─────────────────────────────────────────────────────────────────────────────

  getPreferences(): Preferences {
    return structuredClone(this.prefs)
  }

  status(): AppStatus {
    const now = this.now()
    const paused = this.pausedUntil(now)
    const next = this.upcoming
    return {
      paused: paused === null ? null : { until: paused === 'forever' ? null : paused },
      next: next ? { kind: next.kind, at: next.at.getTime(), title: next.title } : null,
      idleDetection: this.idle.detection,
      therapy: this.therapy ? therapyStatus(this.therapy.run, now) : null,
      version: this.platform.appVersion,
      logFile: this.platform.logFile,
    }
  }

  /**
   * The reminders of the next 24 hours as things stand (pause and snooze included), assuming each is answered
   * when it comes: the planner is stepped forward, nothing is changed.
   */
  upcomingList(): UpcomingItem[] {
    const now = this.now()
    const items: UpcomingItem[] = []
    let state: SchedulerState = { ...this.state, awaySince: null }
    let at = now
    for (let i = 0; i < UPCOMING_LIMIT; i++) {
      const due = nextDue(this.prefs, state, new Date(at))
      if (!due || due.at.getTime() > now + UPCOMING_HORIZON_MS) break
      items.push({ kind: due.kind, at: due.at.getTime(), title: due.title })
      at = Math.max(at, due.at.getTime())
      state = onShown(state, due, new Date(at))
    }
    return items
  }

  historySummary(): HistorySummary {
    return summarizeHistory(this.history, dateKeyOf(new Date(this.now())))
  }

  stretches(): StretchInfo[] {
    return STRETCHES.map((stretch) => stretchInfo(stretch, this.prefs))
  }

  breakContent(): BreakContent | null {
    return this.showing ? breakContent(this.showing, this.prefs) : null
  }

  // ─── Commands ──────────────────────────────────────────────────────────────────────────────────────────

  setPreferences(patch: unknown): SetPreferencesResult {
    const plain = checkPlainData(patch)
    if (plain) return { ok: false, errors: [plain] }
    const checked = validatePreferences(mergePreferences(this.prefs, patch))
    if (!checked.ok) return checked
    this.applyPreferences(checked.value)
    return { ok: true, value: this.getPreferences() }
  }

  resetPreferences(): Preferences {
    this.applyPreferences(structuredClone(DEFAULT_PREFERENCES))
    return this.getPreferences()
  }

  /** Done / snooze / skip for the reminder on screen; `id` must name the current showing. */
  act(id: string, action: ReminderAction): boolean {
    const showing = this.showing
    if (!showing || showing.id !== id) return false
    const now = new Date(this.now())
    if (action === 'done') {
      this.state = onDone(this.state, showing.reminder, now)
      this.end('done')
    } else if (action === 'snooze') {
      this.state = onSnooze(this.state, showing.reminder, now, this.prefs.snoozeMinutes)
      this.end('snoozed')
    } else {
      this.state = onSkip(this.state, showing.reminder, now)
      this.end('skipped')
    }
    this.update()
    return true
  }

  pause(duration: PauseDuration): AppStatus {
    const now = this.now()
    const until =
      duration === 'forever'
        ? 'forever'
        : duration === 'until-morning'
          ? nextWakeTime(this.prefs, new Date(now))
          : new Date(now + { '30m': 30, '1h': 60, '2h': 120 }[duration] * MINUTE)
    // Pausing while a reminder is on screen is the user's answer to it: skipped.
    if (this.showing) this.end('skipped')
    this.closeHeadsUp()
    this.state = onPause(this.state, until, new Date(now))
    this.update()
    return this.status()
  }

  resume(): AppStatus {
    this.state = onResume(this.state, new Date(this.now()))
    this.update()
    return this.status()
  }

  skipNext(): void {
    const upcoming = nextDue(this.prefs, this.state, new Date(this.now()))
    if (!upcoming) return
    this.state = onSkipNext(this.prefs, this.state, new Date(this.now()))
    this.record(upcoming.kind, 'skipped', this.now())
    this.update()
  }

  /** "Take a break now" / "Start a stretch now": shown at once, in the break window. */
  breakNow(kind: 'posture' | 'stretch'): boolean {
    const now = this.now()
    const reminder: DueReminder = {
      kind,
      at: new Date(now),
      key: kind,
      title: REMINDER_TITLES[kind],
      plannedAt: new Date(now),
      late: false,
      snoozed: false,
    }
    this.show(reminder, now, false)
    this.update()
    return true
  }

  startTherapy(mode: TherapyMode): AppStatus {
    const now = this.now()
    this.therapy = { run: startTherapy(mode, this.prefs, now), notifiedPhase: -1 }
    this.update()
    return this.status()
  }

  stopTherapy(): AppStatus {
    this.therapy = null
    this.update()
    return this.status()
  }

  openSettings(): void {
    this.platform.openWindow('settings')
  }

  windowClosed(kind: 'settings' | 'break'): void {
    // A break window closed without an answer leaves the reminder open until it times out.
    if (kind === 'break' && this.showing) this.showing.breakWindowOpen = false
  }

  // ─── Events ────────────────────────────────────────────────────────────────────────────────────────────

  private onPower(event: PowerEvent): void {
    const now = this.now()
    switch (event) {
      case 'suspend':
        this.presence.suspended = true
        this.leave(now)
        break
      case 'resume':
        this.presence.suspended = false
        // Sleep moves the wall clock but not the monotonic one; that is not a clock change.
        this.clockRef = null
        this.returnIfPresent(now)
        break
      case 'lock-screen':
        if (!this.presence.locked) this.idle = { ...this.idle, lockProbed: false }
        this.presence.locked = true
        this.presence.lockedAt = now
        this.leave(now)
        break
      case 'unlock-screen':
        this.presence.locked = false
        this.presence.lockedAt = null
        this.returnIfPresent(now)
        break
      case 'time-zone-changed':
        // Instants stay; local readings change. The step below re-reads every wall-clock time.
        this.planCache = null
        this.platform.log('info', 'time zone changed; re-planning')
        break
    }
    this.update()
  }

  private onMenu(action: string): void {
    switch (action) {
      case 'break-now':
        this.breakNow('posture')
        return
      case 'stretch-now':
        this.breakNow('stretch')
        return
      case 'therapy-ice':
        this.startTherapy('ice')
        return
      case 'therapy-heat':
        this.startTherapy('heat')
        return
      case 'therapy-stop':
        this.stopTherapy()
        return
      case 'pause-30m':
      case 'pause-1h':
      case 'pause-2h':
      case 'pause-until-morning':
      case 'pause-forever':
        this.pause(action.slice('pause-'.length) as PauseDuration)
        return
      case 'resume':
        this.resume()
        return
      case 'skip-next':
        this.skipNext()
        return
      case 'show-break':
        this.openBreakWindow()
        return
      case 'settings':
        this.openSettings()
        return
      case 'quit':
        this.platform.quit()
        return
      default:
        this.platform.log('warn', `unknown menu action ${JSON.stringify(action.slice(0, 40))}`)
    }
  }

  private onNotificationAction(id: string, action: NotificationAction): void {
    if (!this.showing || this.showing.id !== id) return
    switch (action) {
      case 'open':
      case 'start':
        this.openBreakWindow()
        this.update()
        return
      case 'snooze':
        this.act(id, 'snooze')
        return
      case 'skip':
        this.act(id, 'skip')
        return
      case 'closed':
        // Dismissed or moved to the notification centre: still unanswered, it times out as usual.
        return
    }
  }

  // ─── The step ──────────────────────────────────────────────────────────────────────────────────────────

  /** Runs one step and re-arms the timer; safe to call from anywhere, including from inside a step. */
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
        this.step(this.now())
        if (!this.again) break
      }
    } catch (error) {
      this.platform.log('error', 'a step of the scheduler failed; scheduling goes on', error)
    } finally {
      this.updating = false
    }
    let wake: number | null
    try {
      wake = this.nextWake(this.now())
    } catch (error) {
      this.platform.log('error', 'could not work out the next wake-up', error)
      wake = this.now() + MINUTE
    }
    this.timer.arm(wake)
    try {
      // The minute sample runs on its own monotonic timer: it is what notices the wall clock being changed.
      this.sampler.arm(
        this.samplingWanted(this.now())
          ? (this.lastSampleMono ?? this.platform.clock.monotonic()) + SAMPLE_EVERY_MS
          : null,
      )
    } catch (error) {
      this.platform.log('error', 'could not arm the idle sampler', error)
    }
    this.guard(() => this.publish())
  }

  private step(now: number): void {
    this.checkClock(now)
    let sampled = false
    const every = this.sampleEvery(now)
    if (
      every !== null &&
      (this.lastSampleMono === null || this.platform.clock.monotonic() - this.lastSampleMono >= every - 1000)
    ) {
      this.sample(now)
      sampled = true
    }
    const probe = lockProbeAt(this.idle, this.presence)
    if (probe !== null && now >= probe) {
      this.idle = { ...this.idle, lockProbed: true }
      this.sample(now)
    }
    this.advanceTherapy(now)
    if (this.showing && now >= this.showing.deadline) {
      const reminder = this.showing.reminder
      const outcome: Outcome = isActiveKind(reminder.kind) && isAway(this.presence) ? 'away' : 'timed-out'
      this.state = onSkip(this.state, reminder, new Date(now))
      this.end(outcome)
    }
    for (let guard = 0; guard < 4; guard++) {
      const due = this.plan(now)
      if (!due || due.at.getTime() > now || this.heldBehindShowing(due)) break
      // Nothing is shown to an empty room: look at the user first.
      if (!sampled && this.prefs.naturalBreaks.enabled && !isAway(this.presence)) {
        this.sample(now)
        sampled = true
        continue
      }
      this.show(due, now, true)
    }
    this.plan(now)
    this.maybeHeadsUp(now)
    this.persist()
  }

  /**
   * The planner's next reminder, remembered while nothing it depends on changed: the state, the preferences, the
   * time zone, and time not yet at the answer. Most wake-ups are idle samples, and this keeps them cheap.
   */
  private plan(now: number): DueReminder | null {
    const key = `${JSON.stringify(this.state)}|${new Date(now).getTimezoneOffset()}`
    const cached = this.planCache
    if (
      cached &&
      cached.key === key &&
      cached.prefs === this.prefs &&
      now >= cached.from &&
      (cached.due === null || now < cached.due.at.getTime()) &&
      now < cached.from + PLAN_CACHE_MS
    ) {
      this.upcoming = cached.due
      return cached.due
    }
    const due = nextDue(this.prefs, this.state, new Date(now))
    this.planCache = { key, prefs: this.prefs, from: now, due }
    this.upcoming = due
    return due
  }

  /**
   * One reminder on screen at a time: a due one waits for the answer (or the time-out), except that a wall-clock
   * reminder (bedtime, a session, a custom one) replaces an unanswered posture or stretch break.
   */
  private heldBehindShowing(due: DueReminder): boolean {
    if (!this.showing) return false
    return !(isActiveKind(this.showing.kind) && !isActiveKind(due.kind))
  }

  private nextWake(now: number): number | null {
    const times: number[] = []
    const due = this.upcoming
    // A reminder waiting behind the one on screen comes when that one is answered or times out.
    if (due && !(due.at.getTime() <= now && this.heldBehindShowing(due))) {
      times.push(due.at.getTime())
      const headsUp = this.headsUpAt(due)
      if (headsUp !== null && headsUp > now) times.push(headsUp)
    }
    if (this.showing) times.push(this.showing.deadline)
    if (this.therapy) {
      const next = nextSwitchAt(this.therapy.run, now)
      if (next !== null) times.push(next)
    }
    const paused = this.state.pausedUntil
    if (typeof paused === 'number' && paused > now) times.push(paused)
    const probe = lockProbeAt(this.idle, this.presence)
    if (probe !== null) times.push(probe)
    // The slow look while locked rides on the job (the sampler never waits more than a minute).
    const every = this.sampleEvery(now)
    if (every !== null && every !== SAMPLE_EVERY_MS) {
      const mono = this.platform.clock.monotonic()
      times.push(now + Math.max(0, (this.lastSampleMono ?? mono) + every - mono))
    }
    if (times.length === 0) return null
    const first = Math.min(...times)
    return first > now ? first : now + MIN_WAKE_GAP_MS
  }

  // ─── Presence and idle ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Idle is sampled while a posture or stretch clock runs (and the minute countdown in the tray is worth keeping),
   * or while the user is away by idle (to notice the return). Never while paused, locked or asleep.
   */
  private samplingWanted(now: number): boolean {
    if (this.pausedUntil(now) !== null || this.presence.locked || this.presence.suspended) return false
    if (this.presence.idleAway) return true
    const clocks =
      (this.prefs.posture.enabled && this.state.postureClockStart !== null) ||
      (this.prefs.stretch.enabled && this.state.stretchClockStart !== null)
    return clocks && this.activeUseTime(now)
  }

  /**
   * How often the idle sampler (a monotonic timer of its own) should look, or null for not at all: every minute
   * while sampling is wanted; every few minutes while locked where idle time works, to notice a lost unlock.
   */
  private sampleEvery(now: number): number | null {
    if (this.samplingWanted(now)) return SAMPLE_EVERY_MS
    if (
      !this.presence.locked ||
      this.presence.suspended ||
      this.idle.detection !== 'working' ||
      this.pausedUntil(now) !== null
    )
      return null
    const clocks =
      (this.prefs.posture.enabled && this.state.postureClockStart !== null) ||
      (this.prefs.stretch.enabled && this.state.stretchClockStart !== null)
    return clocks && this.activeUseTime(now) ? LOCKED_SAMPLE_EVERY_MS : null
  }

  /** isActiveUseTime, remembered for the instant: one step asks several times. */
  private activeUseTime(now: number): boolean {
    const memo = this.activeMemo
    if (memo && memo.now === now && memo.prefs === this.prefs) return memo.value
    const value = isActiveUseTime(this.prefs, new Date(now))
    this.activeMemo = { now, prefs: this.prefs, value }
    return value
  }

  private sample(now: number): void {
    this.lastSampleMono = this.platform.clock.monotonic()
    let raw: unknown
    try {
      raw = this.platform.idleSeconds()
    } catch (error) {
      this.platform.log('warn', 'could not read the idle time', error)
      return
    }
    const seconds = readIdleSeconds(raw)
    if (seconds === null) return
    const lockedFor =
      this.presence.locked && this.presence.lockedAt !== null ? now - this.presence.lockedAt : null
    const detection = this.idle.detection
    this.idle = noteIdleSample(this.idle, seconds, now, lockedFor)
    if (this.presence.locked && !this.presence.suspended && inputWhileLocked(seconds, lockedFor, detection)) {
      // Some Linux desktops report the lock but never the unlock: input since the lock means the user is back.
      this.platform.log('info', 'input while the screen seemed locked; treating it as unlocked')
      this.presence.locked = false
      this.presence.lockedAt = null
      this.returnIfPresent(now - seconds * 1000)
      return
    }
    if (!this.prefs.naturalBreaks.enabled || this.presence.locked || this.presence.suspended) return
    const threshold = this.prefs.naturalBreaks.idleMinutes * 60
    if (!this.presence.idleAway && seconds >= threshold) {
      this.presence.idleAway = true
      this.leave(now - seconds * 1000)
    } else if (this.presence.idleAway && seconds < threshold) {
      this.presence.idleAway = false
      this.returnIfPresent(Math.max(now - seconds * 1000, this.state.awaySince ?? 0))
    }
  }

  /** The user left at `since` (idle, lock or sleep). */
  private leave(since: number): void {
    if (this.state.awaySince !== null) return
    const upcoming = nextDue(this.prefs, this.state, new Date(since))
    // Only a break that was coming within its own interval counts: a night asleep is not a posture break done.
    this.pendingAway =
      upcoming &&
      isActiveKind(upcoming.kind) &&
      upcoming.at.getTime() - since <= this.prefs[upcoming.kind].everyMinutes * MINUTE
        ? { kind: upcoming.kind, at: upcoming.at.getTime() }
        : null
    this.closeHeadsUp()
    this.state = onAway(this.state, new Date(since))
  }

  /** Something that kept the user away ended at `at`; if nothing else does, they are back. */
  private returnIfPresent(at: number): void {
    if (isAway(this.presence) || this.state.awaySince === null) return
    const awayMs = Math.max(0, at - this.state.awaySince)
    const natural =
      this.prefs.naturalBreaks.enabled && awayMs >= this.prefs.naturalBreaks.idleMinutes * MINUTE
    this.state = onBack(this.state, new Date(at), awayMs, this.prefs)
    if (natural) {
      if (this.showing && isActiveKind(this.showing.kind)) this.end('away')
      else if (this.pendingAway && this.pendingAway.at <= at) this.record(this.pendingAway.kind, 'away', at)
    }
    this.pendingAway = null
    this.lastSampleMono = this.platform.clock.monotonic()
  }

  /** Compares wall and monotonic time since the last look: a difference is someone changing the clock. */
  private checkClock(now: number): void {
    const mono = this.platform.clock.monotonic()
    const ref = this.clockRef
    this.clockRef = { wall: now, mono }
    if (!ref || this.presence.suspended) return
    const skew = now - ref.wall - (mono - ref.mono)
    if (Math.abs(skew) < CLOCK_JUMP_TOLERANCE_MS) return
    this.platform.log('info', `the clock moved by ${Math.round(skew / 1000)} s; re-planning`)
    this.state = onClockJump(this.state, skew, new Date(now))
    // Everything measured in elapsed time moves with it.
    if (this.showing) {
      this.showing.startedAt += skew
      this.showing.deadline += skew
    }
    if (this.therapy)
      this.therapy = {
        ...this.therapy,
        run: { ...this.therapy.run, startedAt: this.therapy.run.startedAt + skew },
      }
    if (this.presence.lockedAt !== null) this.presence.lockedAt += skew
    if (this.pendingAway) this.pendingAway = { ...this.pendingAway, at: this.pendingAway.at + skew }
  }

  // ─── Showing reminders ─────────────────────────────────────────────────────────────────────────────────

  private show(due: DueReminder, now: number, notify: boolean): void {
    // One reminder on screen at a time: a newer one replaces an unanswered one.
    if (this.showing)
      this.end(isActiveKind(this.showing.kind) && isActiveKind(due.kind) ? 'done' : 'timed-out')
    this.closeHeadsUp()
    this.state = onShown(this.state, due, new Date(now))
    let stretches: readonly Stretch[] = []
    if (due.kind === 'stretch') {
      const picked = pickStretches(
        STRETCHES,
        this.prefs.stretch.disabledStretches,
        this.prefs.stretch.stretchesPerBreak,
        this.rotation,
      )
      if (picked.ok) {
        stretches = picked.picks
        this.rotation = picked.state
      }
    }
    this.showCounter++
    const showing: OnScreen = {
      id: `${due.kind}:${now.toString(36)}:${this.showCounter}`,
      kind: due.kind,
      key: due.key,
      title: due.title,
      ...(due.ref !== undefined ? { ref: due.ref } : {}),
      startedAt: now,
      stretches,
      rotation: this.rotationCount++,
      reminder: due,
      deadline: now + SHOWING_TIMEOUT_MS,
      breakWindowOpen: false,
    }
    this.showing = showing
    const id = showing.id
    const shown =
      notify &&
      this.platform.notify(reminderNotification(showing, this.prefs), (action) =>
        this.guard(() => this.onNotificationAction(id, action)),
      )
    if (!shown) this.openBreakWindow()
    this.platform.broadcast('break:changed', breakContent(showing, this.prefs))
  }

  private openBreakWindow(): void {
    if (!this.showing) return
    this.showing.breakWindowOpen = true
    // The user is on it now: give them the whole break before it counts as unanswered.
    this.showing.deadline = Math.max(
      this.showing.deadline,
      this.now() +
        SHOWING_TIMEOUT_MS +
        (this.showing.kind === 'posture' ? this.prefs.posture.durationSeconds * 1000 : 0),
    )
    this.platform.openWindow('break', { fullScreen: this.prefs.breakWindow.fullScreen })
  }

  /** The reminder on screen is over with `outcome`: record it and take it off the screen. */
  private end(outcome: Outcome): void {
    const showing = this.showing
    if (!showing) return
    this.showing = null
    this.record(showing.kind, outcome, this.now())
    this.platform.closeNotification(showing.id)
    if (showing.breakWindowOpen) this.platform.closeWindow('break')
    this.platform.broadcast('break:changed', null)
  }

  private headsUpAt(due: DueReminder): number | null {
    const seconds = this.prefs.notifications.headsUpSeconds
    if (seconds <= 0 || !isActiveKind(due.kind) || due.snoozed) return null
    if (this.headsUp?.mark === `${due.key}@${due.at.getTime()}`) return null
    return due.at.getTime() - seconds * 1000
  }

  private maybeHeadsUp(now: number): void {
    const due = this.upcoming
    if (!due || this.showing || isAway(this.presence)) return
    const at = this.headsUpAt(due)
    if (at === null || now < at || now >= due.at.getTime()) return
    const mark = `${due.key}@${due.at.getTime()}`
    const id = `heads-up-${mark}`
    this.headsUp = { mark, id }
    const seconds = Math.round((due.at.getTime() - now) / 1000)
    this.platform.notify(headsUpNotification(id, due.kind, seconds), () => undefined)
  }

  private closeHeadsUp(): void {
    if (this.headsUp) this.platform.closeNotification(this.headsUp.id)
  }

  private advanceTherapy(now: number): void {
    if (!this.therapy) return
    const { run, notifiedPhase } = this.therapy
    const phase = phaseIndexAt(run, now)
    if (phase > notifiedPhase) {
      // Only the switch that applies now, even if several passed while asleep.
      const { step, minutes } = phaseSwitch(run, phase)
      const notice = therapyNotice(step, minutes)
      this.platform.notify(
        {
          id: `therapy-${run.startedAt}-${phase}`,
          title: notice.title,
          body: notice.body,
          actions: false,
          urgency: 'normal',
          silent: !this.prefs.notifications.sound,
        },
        () => undefined,
      )
    }
    this.therapy = isFinished(run, now) ? null : { run, notifiedPhase: Math.max(phase, notifiedPhase) }
  }

  // ─── State, history, surfaces ──────────────────────────────────────────────────────────────────────────

  private applyPreferences(next: Preferences): void {
    const previous = this.prefs
    this.prefs = store(this.platform, next)
    this.state = onPrefsChanged(this.state, previous, next, new Date(this.now()))
    if (previous.startAtLogin !== next.startAtLogin) {
      this.guard(() => this.platform.setStartAtLogin(next.startAtLogin))
    }
    this.platform.broadcast('prefs:changed', this.getPreferences())
    this.update()
  }

  private record(kind: ReminderKind, outcome: Outcome, at: number): void {
    this.history = recordOutcome(this.history, { at, date: dateKeyOf(new Date(at)), kind, outcome })
    try {
      this.platform.historyStore.write(this.history)
    } catch (error) {
      this.platform.log('error', 'could not write the history', error)
    }
  }

  private persist(): void {
    const stored: StoredState = {
      version: 1,
      scheduler: this.state,
      therapy: this.therapy,
      rotation: this.rotation,
      rotationCount: this.rotationCount,
      idleDetection: this.idle.detection,
    }
    const json = JSON.stringify(stored)
    if (json === this.written.state) return
    this.written.state = json
    try {
      this.platform.stateStore.write(stored)
    } catch (error) {
      this.platform.log('error', 'could not write the scheduler state', error)
    }
  }

  private publish(): void {
    const now = this.now()
    const view = trayView(this.trayState(now), now, this.prefs)
    const tray = JSON.stringify(view)
    if (tray !== this.written.tray) {
      this.written.tray = tray
      this.platform.setTray(view)
    }
    const status = this.status()
    const json = JSON.stringify(status)
    if (json !== this.written.status) {
      this.written.status = json
      this.platform.broadcast('status:changed', status)
    }
  }

  private trayState(now: number): TrayState {
    const paused = this.pausedUntil(now)
    const next = this.upcoming
    return {
      next: next ? { kind: next.kind, title: next.title, at: next.at.getTime() } : null,
      paused: paused === null ? null : { until: paused === 'forever' ? null : paused },
      showing: this.showing ? { kind: this.showing.kind, title: this.showing.title } : null,
      night: this.night(now),
      therapy: this.therapy ? therapyStatus(this.therapy.run, now) : null,
      live: this.samplingWanted(now),
    }
  }

  /** The night running now, or the next one (remembered per night: the tray asks every minute). */
  private night(now: number): TrayState['night'] {
    if (!this.prefs.bedtime.enabled) return null
    const memo = this.nightMemo
    const key = `${dateKeyOf(new Date(now))}|${new Date(now).getTimezoneOffset()}`
    if (
      memo &&
      memo.key === key &&
      memo.prefs === this.prefs &&
      (memo.value === null || now < memo.value.wake)
    ) {
      return memo.value
    }
    const today = dateKeyOf(new Date(now))
    let value: TrayState['night'] = null
    for (const offset of [-1, 0, 1]) {
      const window = sleepWindowFor(this.prefs, addDays(today, offset))
      if (window.wake.getTime() > now && window.hours > 0) {
        value = { bedtime: window.bedtime.getTime(), wake: window.wake.getTime() }
        break
      }
    }
    this.nightMemo = { key, prefs: this.prefs, value }
    return value
  }

  private pausedUntil(now: number): number | 'forever' | null {
    const paused = this.state.pausedUntil
    if (paused === 'forever') return 'forever'
    return typeof paused === 'number' && paused > now ? paused : null
  }

  private now(): number {
    return this.platform.clock.now()
  }

  private read(file: Platform['stateStore'], what: string): unknown {
    try {
      const read = file.read()
      if (!read.corrupt) return read.value
      const kept = read.backupPath ?? file.backup('corrupt')
      this.platform.log('warn', `the ${what} file could not be read; starting afresh`, { kept })
      return undefined
    } catch (error) {
      this.platform.log('error', `could not read the ${what} file`, error)
      return undefined
    }
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
}
