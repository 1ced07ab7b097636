// The Platform the preview runs the real app on, in a browser page: store files in memory, notifications, windows
// and the tray recorded (never shown), a clock that is the page's own (Playwright's clock moves it in the tests) plus
// a lead the preview moves to play a scenario's past, and a system whose answers (idle time, busy states, languages,
// the export folder) are what the URL says (scenario.ts). What main would push to the windows goes to `onBroadcast`.
import type { WindowKind } from '../../main/app/ipc-contract'
import type {
  BusyDetectors,
  BusyReason,
  DetectorWhy,
  Disposable,
  Displays,
  ExportFile,
  Placement,
  NotificationAction,
  NotificationRequest,
  OpenWindowOptions,
  Platform,
  PowerEvent,
  StoreFile,
  TextFileRead,
  TrayView,
} from '../../main/app/platform'
import { PreviewUpdater } from './preview-updater'
import type { Scenario } from './scenario'

/** A store file kept in memory; what is written is copied, as a file would be. */
export class MemoryStore implements StoreFile<unknown> {
  constructor(public value: unknown = undefined) {}
  read(): { value: unknown; corrupt: boolean } {
    return { value: this.value === undefined ? undefined : structuredClone(this.value), corrupt: false }
  }
  write(value: unknown): void {
    this.value = structuredClone(value)
  }
  backup(): string | undefined {
    return undefined
  }
}

export interface ShownNotification extends NotificationRequest {
  at: number
  closed: boolean
  onAction(action: NotificationAction): void
}

/** Why a system cannot tell a busy state, as the probes say it (the settings window words it). */
const SAMPLE_WHY: Readonly<Record<BusyReason, readonly DetectorWhy[]>> = {
  'full-screen': ['wayland'],
  presenting: ['no-presenting-signal'],
  call: ['no-sound-server'],
  'do-not-disturb': ['needs-full-disk-access'],
  'screen-kept-on': ['no-inhibit-signal'],
}

/** A laptop (1440×900 at 200 %) with the pointer, and a 2560×1440 monitor to its right; they never change. */
const TWO_DISPLAYS: Displays = {
  all: () => [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 0, width: 1440, height: 860 },
      scaleFactor: 2,
      awake: true,
    },
    {
      id: 2,
      bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
      workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
      scaleFactor: 1,
      awake: true,
    },
  ],
  pointer: () => ({ x: 700, y: 450 }),
  onChanged: () => ({ dispose: () => undefined }),
}

/** Idle time of a user reading at the computer: present, and not typing (a break window may open). */
const READING_IDLE_SECONDS = 10

export class BrowserPlatform implements Platform {
  /** How far the app's clock runs ahead of the page's (negative while the preview plays a scenario's past). */
  lead = 0
  readonly clock = {
    now: () => Date.now() + this.lead,
    monotonic: () => performance.now() + this.lead,
  }
  /** What busyReasons() answers: the user's busy states now. */
  busy: BusyReason[] = []
  readonly notifications: ShownNotification[] = []
  readonly windows: { kind: WindowKind; open: boolean; options?: OpenWindowOptions }[] = []
  /** The dimmed screens the app asked for last (?displays=2, a full-screen break). */
  dimmed: Placement[] = []
  /** With ?displays=2: a laptop (id 1, the pointer on it) and a monitor to its right (id 2). */
  readonly displays: Displays | undefined
  readonly logs: { level: string; message: string; detail?: unknown }[] = []
  readonly informed: { title: string; body: string }[] = []
  readonly written = new Map<string, string>()
  tray: TrayView | null = null
  startAtLogin = false
  quitAsked = false
  /** Where main's pushes to the windows go (the preview's bridge). */
  onBroadcast: (event: string, payload: unknown) => void = () => undefined
  /** Called for each notification shown, after the app's call returns (the preview's user may answer it). */
  onNotified: (notification: ShownNotification) => void = () => undefined

  readonly preferencesStore: MemoryStore
  readonly historyStore: MemoryStore
  readonly stateStore: MemoryStore
  readonly firstRunStore: MemoryStore
  readonly appVersion = '0.1.0-preview'
  readonly logFile = '/home/you/.config/Limber/logs/main.log'

  private readonly power = new Set<(event: PowerEvent) => void>()
  private readonly menu = new Set<(action: string) => void>()

  constructor(
    private readonly scenario: Scenario,
    stores: { preferences?: unknown; history?: unknown; state?: unknown; firstRun?: unknown },
  ) {
    this.preferencesStore = new MemoryStore(stores.preferences)
    this.historyStore = new MemoryStore(stores.history)
    this.stateStore = new MemoryStore(stores.state)
    this.firstRunStore = new MemoryStore(stores.firstRun)
    this.displays = scenario.displays ? TWO_DISPLAYS : undefined
    this.updater = new PreviewUpdater(scenario.update)
  }

  showDimmed(screens: readonly Placement[]): void {
    this.dimmed = structuredClone([...screens])
  }

  placeWindow(): void {
    // The preview's windows are the page itself: nothing to move.
  }

  /** The release feed as the URL says (`?update=`). */
  readonly updater: PreviewUpdater

  /** Moves the app's clock on by `ms` of elapsed time, and lets the app take a step as a timer would wake it. */
  advance(ms: number): void {
    this.lead += ms
    for (const listener of [...this.power]) listener('time-zone-changed')
  }

  idleSeconds(): number {
    // A session that reports no idle time at all, or only zeros (as some Linux sessions do).
    if (this.scenario.idle === 'unavailable') return Number.NaN
    return this.scenario.idle === 'unknown' ? 0 : READING_IDLE_SECONDS
  }

  onPowerEvent(listener: (event: PowerEvent) => void): Disposable {
    this.power.add(listener)
    return { dispose: () => this.power.delete(listener) }
  }

  setTray(view: TrayView): void {
    this.tray = view
  }

  onMenuAction(listener: (action: string) => void): Disposable {
    this.menu.add(listener)
    return { dispose: () => this.menu.delete(listener) }
  }

  notify(request: NotificationRequest, onAction: (action: NotificationAction) => void): boolean {
    if (!this.scenario.notifications) return false
    const shown: ShownNotification = { ...request, at: this.clock.now(), closed: false, onAction }
    this.notifications.push(shown)
    queueMicrotask(() => this.onNotified(shown))
    return true
  }

  closeNotification(id: string): void {
    for (const shown of this.notifications) if (shown.id === id) shown.closed = true
  }

  openWindow(kind: WindowKind, options?: OpenWindowOptions): void {
    this.windows.push(options ? { kind, open: true, options } : { kind, open: true })
  }

  closeWindow(kind: WindowKind): void {
    this.windows.push({ kind, open: false })
  }

  broadcast(event: string, payload: unknown): void {
    this.onBroadcast(event, payload)
  }

  setStartAtLogin(enabled: boolean): void {
    this.startAtLogin = enabled
  }

  inform(title: string, body: string): void {
    this.informed.push({ title, body })
  }

  log(level: 'info' | 'warn' | 'error', message: string, detail?: unknown): void {
    this.logs.push({ level, message, detail })
  }

  quit(): void {
    this.quitAsked = true
  }

  busyReasons(): BusyReason[] {
    return [...this.busy]
  }

  systemLanguages(): readonly string[] {
    const asked = this.scenario.language
    // The pseudo-locale is the preview's English, written oddly (catalogs.ts).
    if (asked === 'pseudo') return ['en']
    return asked ? [asked] : navigator.languages
  }

  async busyDetectors(): Promise<BusyDetectors> {
    const unavailable = this.scenario.unavailable
    const detector = (reason: BusyReason) =>
      unavailable.includes(reason) ? { available: false, why: SAMPLE_WHY[reason] } : { available: true }
    return {
      'full-screen': detector('full-screen'),
      presenting: detector('presenting'),
      call: detector('call'),
      'do-not-disturb': detector('do-not-disturb'),
      'screen-kept-on': detector('screen-kept-on'),
    }
  }

  async chooseFolder(): Promise<string | null> {
    switch (this.scenario.exportOutcome) {
      case 'cancel':
        return null
      case 'fail':
        return '/media/usb'
      case 'ok':
        return '/home/you/Documents'
    }
  }

  async writeNewFolder(parent: string, name: string, files: readonly ExportFile[]): Promise<'written'> {
    // The system's own words for why writing failed.
    if (this.scenario.exportOutcome === 'fail') throw new Error('permission denied')
    for (const file of files) this.written.set(`${parent}/${name}/${file.name}`, file.contents)
    return 'written'
  }

  readonly routinesStore = new MemoryStore()
  /** The user's files, by path: what the open dialog offers (chooseFileNext) and what was saved. */
  readonly files = new Map<string, string>()
  private fileToOpen: string | null = null

  /** The preview's hook (install.ts): the next open dialog chooses a file `name` holding `contents`; null cancels. */
  chooseFileNext(name: string | null, contents = ''): void {
    this.fileToOpen = name === null ? null : `/home/you/Downloads/${name}`
    if (this.fileToOpen !== null) this.files.set(this.fileToOpen, contents)
  }

  async chooseFile(): Promise<string | null> {
    return this.fileToOpen
  }

  async chooseSaveFile(request: { defaultName: string }): Promise<string | null> {
    return `/home/you/Documents/${request.defaultName}`
  }

  readTextFile(path: string, options: { maxBytes: number }): TextFileRead {
    const text = this.files.get(path)
    if (text === undefined) return { ok: false, why: 'missing' }
    const bytes = new TextEncoder().encode(text).length
    return bytes > options.maxBytes ? { ok: false, why: 'too-large', bytes } : { ok: true, text }
  }

  async writeTextFile(path: string, contents: string): Promise<void> {
    this.files.set(path, contents)
  }
}
