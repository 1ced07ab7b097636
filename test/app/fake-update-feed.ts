// A fake release feed behind the Updater port, as electron-updater would answer over GitHub Releases: each check and
// download waits until the test answers it (a version, none, or a failure), so a test can hold an update "in
// flight" while it moves the clock, opens a break, or quits.
import type { UpdateFound, UpdateInstall, Updater, UpdaterEvent } from '../../main/app/platform'

interface Pending<T> {
  resolve(value: T): void
  reject(error: unknown): void
}

export class FakeUpdateFeed implements Updater {
  checks = 0
  downloads = 0
  installOnQuit = false
  restarts = 0
  private check$: Pending<UpdateFound | null> | null = null
  private download$: Pending<void> | null = null
  private readonly listeners = new Set<(event: UpdaterEvent) => void>()

  constructor(readonly install: UpdateInstall = { kind: 'self', package: 'AppImage' }) {}

  check(): Promise<UpdateFound | null> {
    this.checks++
    return new Promise((resolve, reject) => (this.check$ = { resolve, reject }))
  }

  download(): Promise<void> {
    this.downloads++
    return new Promise((resolve, reject) => (this.download$ = { resolve, reject }))
  }

  setInstallOnQuit(on: boolean): void {
    this.installOnQuit = on
  }

  quitAndInstall(): void {
    this.restarts++
  }

  onEvent(listener: (event: UpdaterEvent) => void): { dispose(): void } {
    this.listeners.add(listener)
    return { dispose: () => this.listeners.delete(listener) }
  }

  /** Whether a check waits for the feed's answer. */
  get checking(): boolean {
    return this.check$ !== null
  }

  /** The feed answers the waiting check: a newer version, or null (this one is the latest). */
  async answer(found: UpdateFound | null): Promise<void> {
    const pending = this.check$
    this.check$ = null
    pending?.resolve(found)
    await settle()
  }

  /** The waiting check or download fails. */
  async fail(error: Error): Promise<void> {
    const pending = this.download$ ?? this.check$
    this.check$ = null
    this.download$ = null
    pending?.reject(error)
    await settle()
  }

  progress(percent: number): void {
    this.listeners.forEach((listener) => listener({ type: 'progress', percent }))
  }

  /** The download is complete. */
  async downloaded(): Promise<void> {
    const pending = this.download$
    this.download$ = null
    pending?.resolve()
    await settle()
  }
}

/** Lets the app's awaits run (a few turns of the microtask queue). */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await Promise.resolve()
}
