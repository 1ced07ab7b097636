// A recording Platform for running Limber under Node: a fake clock (vitest fake timers), in-memory store files,
// and a log of every tray view, notification, window and log event the app asked for. test-app.ts starts the app on
// it.
import schedule from 'node-schedule'
import { afterAll, beforeAll, beforeEach, vi } from 'vitest'
import type { WindowKind } from '../../main/app/ipc-contract'
import type {
  Disposable,
  ExportFile,
  NotificationAction,
  NotificationRequest,
  OpenWindowOptions,
  Platform,
  PowerEvent,
  StoreFile,
  TrayView,
  FileDialogRequest,
  TextFileRead,
  Updater,
} from '../../main/app/platform'
import { BUSY_REASONS, type BusyDetectors, type BusyReason } from '../../main/app/platform'
import type { LogEvent } from '../../main/app/log-events'
import type { Placement } from '../../main/app/platform'
import { PlacementLog, TestDisplays } from './test-displays'

const MINUTE = 60_000

/**
 * Starts the fake clock at `start` (a local time string such as '2026-03-02T08:00', read in the process's
 * time zone). Fake timers also fake `performance.now()`, which `vi.setSystemTime` does not move: exactly a
 * monotonic clock, so wall-clock jumps and suspends can be simulated.
 */
/** The notification titles the app tests look for. */
export const POSTURE = 'Time for a posture break'
export const STRETCH = 'Time to stretch'

/**
 * Runs the calling test file in `zone` (Node re-reads process.env.TZ when it is assigned) and restores the zone
 * it found afterwards. Each test starts in `zone`, even if the one before moved it (`platform.moveZone`).
 */
export function inTimeZone(zone: string): void {
  const previous = process.env.TZ
  beforeAll(() => {
    process.env.TZ = zone
  })
  beforeEach(() => {
    process.env.TZ = zone
  })
  afterAll(() => {
    process.env.TZ = previous
  })
}

export function useFakeClock(start: string | number | Date): void {
  vi.useFakeTimers({ now: new Date(start) })
}

export function stopFakeClock(): void {
  for (const name of Object.keys(schedule.scheduledJobs)) schedule.scheduledJobs[name]?.cancel()
  vi.useRealTimers()
}

export class MemoryStore<T = unknown> implements StoreFile<T> {
  writes = 0
  constructor(
    public value: unknown = undefined,
    public corrupt = false,
  ) {}
  read(): { value: unknown; corrupt: boolean } {
    return {
      value: this.value === undefined ? undefined : structuredClone(this.value),
      corrupt: this.corrupt,
    }
  }
  write(value: T): void {
    this.writes++
    this.corrupt = false
    this.value = structuredClone(value)
  }
  readonly backups: { label: string; value: unknown }[] = []
  backup(label: string): string | undefined {
    if (this.value === undefined && !this.corrupt) return undefined
    this.backups.push({ label, value: structuredClone(this.value) })
    return `memory.${label}-${this.backups.length}.json`
  }
}

export interface SentNotification extends NotificationRequest {
  at: number
  onAction: (action: NotificationAction) => void
  closed: boolean
}

export class TestPlatform implements Platform {
  readonly clock = {
    now: () => Date.now(),
    monotonic: () => performance.now(),
  }
  idle = 0
  /** Answers idleSeconds(): the user's idle time in seconds (or a fixed value when the session reports none). */
  idleSeconds = (): number => this.idle
  idleSamples = 0

  readonly trayViews: TrayView[] = []
  readonly notifications: SentNotification[] = []
  readonly informed: { title: string; body: string }[] = []
  readonly logs: { level: string; message: string; detail?: unknown; event?: LogEvent }[] = []
  readonly broadcasts: { event: string; payload: unknown }[] = []
  readonly openWindows = new Set<WindowKind>()
  /** Every window opened or closed; `focus` is false for a window shown without taking the keyboard. */
  readonly windowLog: { kind: WindowKind; open: boolean; fullScreen?: boolean; focus?: boolean }[] = []
  /** The displays (one 1920×1080 display unless a test lays out its own) and where the app put windows on them. */
  readonly displays = new TestDisplays()
  readonly places = new PlacementLog()
  /** Break windows opened firm (the user cannot close them). */
  firmWindows = 0
  startAtLogin: boolean | undefined
  quitCalled = false
  notificationsSupported = true
  appVersion = '0.0.0-test'
  /** The release feed (test/app/fake-update-feed.ts); none by default: a copy that nothing updates. */
  updater: Updater | undefined

  readonly preferencesStore: MemoryStore
  readonly historyStore: MemoryStore
  readonly stateStore: MemoryStore
  /**
   * By default the welcome was seen long ago, so a test's start opens no window of its own; pass
   * `{ firstRun: new MemoryStore() }` for a fresh install, whose first start opens the settings at the welcome.
   */
  readonly firstRunStore: MemoryStore

  private powerListeners = new Set<(event: PowerEvent) => void>()
  private menuListeners = new Set<(action: string) => void>()

  /**
   * The system's preferred languages, most preferred first (Electron's app.getPreferredSystemLanguages()). British
   * English by default, so times read "14:30"; a test may change it while the app runs, as a user changing the
   * system's language would.
   */
  preferredLanguages: readonly string[]

  constructor(
    stores: {
      preferences?: MemoryStore
      history?: MemoryStore
      state?: MemoryStore
      firstRun?: MemoryStore
      /** The system's languages (default ['en-GB']). */
      systemLanguages?: readonly string[]
    } = {},
  ) {
    this.preferredLanguages = stores.systemLanguages ?? ['en-GB']
    this.preferencesStore = stores.preferences ?? new MemoryStore()
    this.historyStore = stores.history ?? new MemoryStore()
    this.stateStore = stores.state ?? new MemoryStore()
    this.firstRunStore = stores.firstRun ?? new MemoryStore({ version: 1, welcomeSeenAt: 0 })
    const sample = this.idleSeconds
    this.idleSeconds = () => {
      this.idleSamples++
      return sample()
    }
  }

  systemLanguages(): readonly string[] {
    return this.preferredLanguages
  }

  /** Listeners the app holds on this platform right now (power events and menu actions). */
  get listenerCount(): number {
    return this.powerListeners.size + this.menuListeners.size
  }

  onPowerEvent(listener: (event: PowerEvent) => void): Disposable {
    this.powerListeners.add(listener)
    return { dispose: () => this.powerListeners.delete(listener) }
  }
  onMenuAction(listener: (action: string) => void): Disposable {
    this.menuListeners.add(listener)
    return { dispose: () => this.menuListeners.delete(listener) }
  }
  setTray(view: TrayView): void {
    this.trayViews.push(view)
  }
  /** Called (on a zero-delay timer, as a person would react after the call returns) for each notification shown. */
  onNotified: ((notification: SentNotification) => void) | null = null

  /** The user's reactions to notifications still waiting on their zero-delay timers (test timers, not the app's). */
  pendingReactions = 0

  notify(request: NotificationRequest, onAction: (action: NotificationAction) => void): boolean {
    if (!this.notificationsSupported) return false
    const sent = { ...request, at: Date.now(), onAction, closed: false }
    this.notifications.push(sent)
    const react = this.onNotified
    if (react) {
      this.pendingReactions++
      setTimeout(() => {
        this.pendingReactions--
        react(sent)
      }, 0)
    }
    return true
  }
  closeNotification(id: string): void {
    for (const n of this.notifications) if (n.id === id) n.closed = true
  }
  openWindow(kind: WindowKind, options?: OpenWindowOptions): void {
    if (options?.placement)
      this.places.placed.push({
        kind,
        placement: structuredClone(options.placement),
        fullScreen: options.fullScreen === true,
        moved: false,
      })
    if (options?.firm) this.firmWindows++
    this.openWindows.add(kind)
    this.windowLog.push({
      kind,
      open: true,
      fullScreen: options?.fullScreen,
      focus: options?.focus !== false,
    })
  }
  closeWindow(kind: WindowKind): void {
    this.openWindows.delete(kind)
    this.windowLog.push({ kind, open: false })
  }
  placeWindow(kind: WindowKind, placement: Placement, fullScreen: boolean): void {
    if (!this.openWindows.has(kind)) return
    this.places.placed.push({ kind, placement: structuredClone(placement), fullScreen, moved: true })
  }
  showDimmed(screens: readonly Placement[]): void {
    this.places.dimmed = structuredClone([...screens])
    this.places.dimmedLog.push(structuredClone([...screens]))
  }
  broadcast(event: string, payload: unknown): void {
    this.broadcasts.push({ event, payload })
  }
  setStartAtLogin(enabled: boolean): void {
    this.startAtLogin = enabled
  }
  /** How often the app asked the shell to bring the time zone up to date (`moveZone` changes it directly). */
  zoneSyncs = 0
  syncTimeZone(): void {
    this.zoneSyncs++
  }
  inform(title: string, body: string): void {
    this.informed.push({ title, body })
  }
  log(level: 'info' | 'warn' | 'error', message: string, detail?: unknown, event?: LogEvent): void {
    this.logs.push({ level, message, detail, ...(event ? { event } : {}) })
  }
  /** The app's log events named `name`, in order (what the log says, as data: main/app/log-events.ts). */
  events<N extends LogEvent['event']>(name: N): Extract<LogEvent, { event: N }>[] {
    return this.logs.flatMap((line) => (line.event && isEvent(line.event, name) ? [line.event] : []))
  }
  quit(): void {
    this.quitCalled = true
  }

  /** What the user is busy with right now, as busyReasons() answers it (empty: not busy). Tests set it. */
  busy: BusyReason[] = []
  /** How many times the app asked busyReasons() (the probes cost something, so the app must ask sparingly). */
  busyChecks = 0
  /** What busyDetectors() answers: every detector available, unless a test says otherwise. */
  detectors: BusyDetectors = Object.fromEntries(
    BUSY_REASONS.map((reason) => [reason, { available: true }]),
  ) as BusyDetectors

  /**
   * Answers at once (the port allows a list or a promise), so a test's simulated minutes see the answer at the
   * moment it was asked, as `platform.work()` runs timers without awaiting. Tests of a slow, failing or throwing
   * check replace this method.
   */
  busyReasons(): Promise<BusyReason[]> | BusyReason[] {
    this.busyChecks++
    return [...this.busy]
  }
  async busyDetectors(): Promise<BusyDetectors> {
    return structuredClone(this.detectors)
  }

  /** What the folder dialog answers ("Export my data"): a folder's path, or null when the user cancels. */
  exportFolder: string | null = '/home/test/Documents'
  /** Folder dialogs asked for, with what they said. */
  readonly folderDialogs: { title: string; buttonLabel: string }[] = []
  /** Files written by writeNewFolder, path → contents (paths joined with '/'). */
  readonly writtenFiles = new Map<string, string>()
  /** Folders that already exist (writeNewFolder answers 'exists' for them). */
  readonly existingFolders = new Set<string>()
  /** When set, writeNewFolder fails with this message (a full disk, no permission…). */
  writeFails: string | null = null

  async chooseFolder(request: { title: string; buttonLabel: string }): Promise<string | null> {
    this.folderDialogs.push(request)
    return this.exportFolder
  }
  async writeNewFolder(
    parent: string,
    name: string,
    files: readonly ExportFile[],
  ): Promise<'written' | 'exists'> {
    const folder = `${parent}/${name}`
    if (this.existingFolders.has(folder)) return 'exists'
    if (this.writeFails !== null) throw new Error(this.writeFails)
    this.existingFolders.add(folder)
    for (const file of files) this.writtenFiles.set(`${folder}/${file.name}`, file.contents)
    return 'written'
  }

  /** Routines from a physiotherapist (main/app/routines): kept here like the other stores. */
  readonly routinesStore = new MemoryStore()
  /** The user's files, by absolute path (readTextFile reads them; writeTextFile writes them). */
  readonly files = new Map<string, string>()
  /** What the open dialog answers: a file's path, or null when the user cancels. */
  fileToOpen: string | null = null
  /** What the save dialog answers: where to save, or null when the user cancels. */
  saveAs: string | null = '/home/test/Documents/routine.json'
  /** File dialogs asked for (open and save), with what they said. */
  readonly fileDialogs: { title: string; buttonLabel: string; defaultName?: string }[] = []
  /** While set, a file dialog stays open until this settles (a user taking their time). */
  dialogOpenUntil: Promise<void> | null = null

  async chooseFile(request: FileDialogRequest): Promise<string | null> {
    this.fileDialogs.push({ title: request.title, buttonLabel: request.buttonLabel })
    await this.dialogHeld()
    return this.fileToOpen
  }
  async chooseSaveFile(request: FileDialogRequest & { defaultName: string }): Promise<string | null> {
    this.fileDialogs.push({
      title: request.title,
      buttonLabel: request.buttonLabel,
      defaultName: request.defaultName,
    })
    await this.dialogHeld()
    return this.saveAs
  }
  readTextFile(path: string, options: { maxBytes: number; cwd?: string }): TextFileRead {
    const full = path.startsWith('/') ? path : `${options.cwd ?? '/home/test'}/${path}`
    if ([...this.files.keys()].some((file) => file.startsWith(`${full}/`)))
      return { ok: false, why: 'not-a-file' }
    const text = this.files.get(full)
    if (text === undefined) return { ok: false, why: 'missing' }
    const bytes = new TextEncoder().encode(text).length
    if (bytes > options.maxBytes) return { ok: false, why: 'too-large', bytes }
    return { ok: true, text }
  }
  async writeTextFile(path: string, contents: string): Promise<void> {
    if (this.writeFails !== null) throw new Error(this.writeFails)
    this.files.set(path, contents)
  }
  private async dialogHeld(): Promise<void> {
    await this.dialogOpenUntil
  }

  // ---- driving the simulation -------------------------------------------------------------------------

  /** Sends a power event to the app, as the OS would. */
  emit(event: PowerEvent): void {
    for (const listener of [...this.powerListeners]) listener(event)
  }
  /** Clicks a tray menu item by its action id. */
  clickMenu(action: string): void {
    for (const listener of [...this.menuListeners]) listener(action)
  }

  /** The tray as it looks now. */
  get tray(): TrayView {
    const last = this.trayViews[this.trayViews.length - 1]
    if (!last) throw new Error('the app has not drawn the tray yet')
    return last
  }
  /** Every label of the tray menu, submenus flattened, for "the menu says …" assertions. */
  get menuLabels(): string[] {
    const labels: string[] = []
    const walk = (items: TrayView['menu']) => {
      for (const item of items) {
        if (item.type === 'separator') continue
        labels.push(item.label)
        if (item.type === 'submenu') walk(item.items)
      }
    }
    walk(this.tray.menu)
    return labels
  }
  /** Notifications still on screen (not answered, closed or timed out). */
  get openNotifications(): SentNotification[] {
    return this.notifications.filter((n) => !n.closed)
  }
  /** The user answers the most recent open notification. */
  answer(
    action: NotificationAction,
    which = this.openNotifications[this.openNotifications.length - 1],
  ): void {
    if (!which) throw new Error('no notification is open')
    which.closed = action !== 'open'
    which.onAction(action)
  }

  /** Lets simulated time pass with the user at the computer (idle stays 0). Runs every timer that falls due. */
  work(minutes: number): void {
    this.idle = 0
    vi.advanceTimersByTime(minutes * MINUTE)
  }
  /** The user walks away for `minutes` (idle grows), then comes back (idle 0, one event-free minute of use). */
  away(minutes: number): void {
    const step = MINUTE
    for (let t = 0; t < minutes * MINUTE; t += step) {
      this.idle += step / 1000
      vi.advanceTimersByTime(step)
    }
    this.idle = 0
  }
  /**
   * The machine sleeps for `minutes`: suspend, the wall clock jumps without any timer running, resume. With
   * `{ resume: false }` the OS loses the resume event (power events are unreliable on some systems).
   */
  sleep(minutes: number, options: { resume?: boolean } = {}): void {
    this.emit('suspend')
    vi.setSystemTime(Date.now() + minutes * MINUTE)
    this.idle = 0
    if (options.resume !== false) this.emit('resume')
  }
  /** Someone sets the clock forward or back by `minutes`; timers and the monotonic clock do not notice. */
  jumpClock(minutes: number): void {
    vi.setSystemTime(Date.now() + minutes * MINUTE)
  }
  /**
   * The system's time zone becomes `zone` (travel, or a correction), with no event: the OS changed it and the
   * process reads local times in the new zone from now on (as Node does when process.env.TZ is assigned). Send
   * 'time-zone-changed' yourself to test a shell that reports it. The test file's zone comes back for the next
   * test (`inTimeZone`).
   */
  moveZone(zone: string): void {
    process.env.TZ = zone
  }
}

/** Every node-schedule job alive right now. */
export function liveJobs(): number {
  return Object.keys(schedule.scheduledJobs).length
}

function isEvent<N extends LogEvent['event']>(
  event: LogEvent,
  name: N,
): event is Extract<LogEvent, { event: N }> {
  return event.event === name
}
