// Updates that arrive by themselves: where this copy can update itself (AppImage, NSIS, dmg) and the user has not
// turned it off, the release feed is asked at start and once a day, a newer version is downloaded in the background
// and installed when Limber quits. Nothing here ever opens a window or takes the focus: the tray and About say when
// an update is ready, and a failure (offline, a bad signature, no space) is logged and shown quietly in About. A
// restart the user asks for waits while a break is on screen. A copy the system manages (deb, rpm, snap, flatpak)
// is left to it. Owns its own timer (the daily check), apart from the scheduler's two.
import { logEvent } from '../log-events'
import type { Platform } from '../platform'
import { failureForLog, failureKind, type UpdateFailure } from './failure'
import type { UpdateInstall, Updater } from './port'

/** The release feed is asked again this long after the last answer. */
export const CHECK_EVERY_MS = 24 * 60 * 60_000
/** A failed check is tried again this much later (not a day: the user may just have been offline). */
export const RETRY_AFTER_FAILURE_MS = 60 * 60_000

export type UpdatePhase = 'idle' | 'checking' | 'latest' | 'downloading' | 'ready' | 'failed'

/** What About and the tray show of updates (AppStatus.update). */
export interface UpdateStatus {
  /** Who updates this copy: Limber itself, the system's package manager, or no one (a development run). */
  source: UpdateInstall['kind']
  /** The package this copy came in ('AppImage', 'deb'…); absent for a development run. */
  package?: string
  /** The user's setting: check, download and install by themselves. */
  automatic: boolean
  phase: UpdatePhase
  /** The newer version being downloaded, or ready. */
  version?: string
  /** How much of it is downloaded, 0–100. */
  percent?: number
  /** When the feed last answered (epoch ms). */
  checkedAt?: number
  /** Why the last check or download failed. */
  failure?: UpdateFailure
  /** The user asked to restart now while a break is on screen: it restarts once the break is over. */
  restartWaiting?: boolean
}

export interface UpdatesHooks {
  /** The `updates.automatic` preference. */
  automatic(): boolean
  /** A break (or any reminder window) is on screen now: no restart until it is answered. */
  breakOnScreen(): boolean
  /** Something the surfaces show changed. */
  changed(): void
}

export class Updates {
  private phase: UpdatePhase = 'idle'
  private version: string | undefined
  private percent: number | undefined
  private checkedAt: number | undefined
  private failedAt: number | undefined
  private failure: UpdateFailure | undefined
  private restartWaiting = false
  /** The setting as the last poke saw it: a change applies to a ready update's install on quit. */
  private automaticWas: boolean | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly subscription: { dispose(): void } | undefined
  private disposed = false

  constructor(
    private readonly platform: Pick<Platform, 'updater' | 'clock' | 'log'>,
    private readonly hooks: UpdatesHooks,
  ) {
    const updater = this.selfUpdater
    this.subscription = updater?.onEvent((event) => {
      if (event.type === 'progress' && this.phase === 'downloading') {
        this.percent = Math.max(0, Math.min(100, Math.floor(event.percent)))
        this.hooks.changed()
      } else if (event.type === 'error' && (this.phase === 'checking' || this.phase === 'downloading')) {
        this.fail(event.error)
      }
    })
  }

  /** The updater, where this copy can update itself. */
  private get selfUpdater(): Updater | undefined {
    const updater = this.platform.updater
    return updater?.install.kind === 'self' ? updater : undefined
  }

  /**
   * After every step of the app: a check once a day (the wall clock decides, so a week asleep checks on waking),
   * and a restart the user asked for once no break is on screen.
   */
  poke(now: number): void {
    const automatic = this.hooks.automatic()
    if (automatic !== this.automaticWas) {
      this.automaticWas = automatic
      // A ready update installs on quit only while automatic updates are on.
      if (this.phase === 'ready') this.selfUpdater?.setInstallOnQuit(automatic)
    }
    if (this.restartWaiting && this.phase === 'ready' && !this.hooks.breakOnScreen()) {
      this.restartWaiting = false
      this.install()
      return
    }
    if (automatic && this.checkDue(now)) void this.check()
  }

  private checkDue(now: number): boolean {
    if (this.phase === 'checking' || this.phase === 'downloading' || this.phase === 'ready') return false
    if (this.phase === 'failed' && this.failedAt !== undefined)
      return now - this.failedAt >= RETRY_AFTER_FAILURE_MS
    return this.checkedAt === undefined || now - this.checkedAt >= CHECK_EVERY_MS
  }

  /** Asks the feed, and downloads a newer version in the background. "Check for updates" in About, too. */
  async check(): Promise<void> {
    const updater = this.selfUpdater
    if (!updater || this.disposed) return
    if (this.phase === 'checking' || this.phase === 'downloading' || this.phase === 'ready') return
    this.phase = 'checking'
    this.failure = undefined
    this.hooks.changed()
    try {
      const found = await updater.check()
      if (this.disposed || this.phase !== 'checking') return
      this.checkedAt = this.platform.clock.now()
      this.failedAt = undefined
      if (!found) {
        this.phase = 'latest'
        logEvent(this.platform, { event: 'update-none' })
        return
      }
      this.phase = 'downloading'
      this.version = found.version
      this.percent = 0
      logEvent(this.platform, { event: 'update-found', version: found.version })
      this.hooks.changed()
      await updater.download()
      if (this.disposed || this.phase !== 'downloading') return
      this.phase = 'ready'
      this.percent = undefined
      updater.setInstallOnQuit(this.hooks.automatic())
      logEvent(this.platform, { event: 'update-ready', version: found.version })
    } catch (error) {
      this.fail(error)
    } finally {
      this.armDailyCheck()
      this.hooks.changed()
    }
  }

  private fail(error: unknown): void {
    if (this.disposed) return
    this.phase = 'failed'
    this.failure = failureKind(error)
    this.failedAt = this.platform.clock.now()
    this.percent = undefined
    logEvent(this.platform, { event: 'update-failed', failure: this.failure, detail: failureForLog(error) })
    this.hooks.changed()
  }

  /** "Restart to update": now, or once the break on screen is answered. */
  restart(): boolean {
    if (this.phase !== 'ready') return false
    if (this.hooks.breakOnScreen()) {
      this.restartWaiting = true
      this.hooks.changed()
      return true
    }
    this.install()
    return true
  }

  private install(): void {
    logEvent(this.platform, { event: 'update-installing', version: this.version ?? '' })
    this.selfUpdater?.quitAndInstall()
  }

  /** The next daily check, by a timer of its own; poke() covers a machine that slept through it. */
  private armDailyCheck(): void {
    clearTimeout(this.timer)
    if (this.disposed) return
    const wait = this.phase === 'failed' ? RETRY_AFTER_FAILURE_MS : CHECK_EVERY_MS
    this.timer = setTimeout(() => this.poke(this.platform.clock.now()), wait)
    this.timer.unref?.()
  }

  status(): UpdateStatus {
    const install = this.platform.updater?.install ?? { kind: 'none' }
    return {
      source: install.kind,
      ...(install.kind === 'none' ? {} : { package: install.package }),
      automatic: this.hooks.automatic(),
      phase: this.phase,
      ...(this.version === undefined || this.phase === 'latest' ? {} : { version: this.version }),
      ...(this.percent === undefined ? {} : { percent: this.percent }),
      ...(this.checkedAt === undefined ? {} : { checkedAt: this.checkedAt }),
      ...(this.failure === undefined ? {} : { failure: this.failure }),
      ...(this.restartWaiting ? { restartWaiting: true } : {}),
    }
  }

  dispose(): void {
    this.disposed = true
    clearTimeout(this.timer)
    this.subscription?.dispose()
  }
}
