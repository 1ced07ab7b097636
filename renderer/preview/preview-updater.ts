// The preview's update feed (`?update=`): an installed AppImage whose release feed answers as the URL says, so About's
// update line, its buttons and the setting can be seen and tested without a network. Restarting records the call
// (window.__limberPreview.platform.updater.restarts) instead of quitting the page.
import type { UpdateFound, UpdateInstall, Updater, UpdaterEvent } from '../../main/app/platform'

export const UPDATE_SCENARIOS = ['latest', 'ready', 'downloading', 'failed', 'system', 'none'] as const
export type UpdateScenario = (typeof UPDATE_SCENARIOS)[number]

/** The version the preview's feed offers. */
export const PREVIEW_NEW_VERSION = '1.1.0'

export class PreviewUpdater implements Updater {
  readonly install: UpdateInstall
  restarts = 0
  installOnQuit = false
  private readonly listeners = new Set<(event: UpdaterEvent) => void>()

  constructor(private readonly scenario: UpdateScenario) {
    this.install =
      scenario === 'system'
        ? { kind: 'system', package: 'deb' }
        : scenario === 'none'
          ? { kind: 'none' }
          : { kind: 'self', package: 'AppImage' }
  }

  async check(): Promise<UpdateFound | null> {
    if (this.scenario === 'failed')
      throw Object.assign(new Error('net::ERR_INTERNET_DISCONNECTED'), { code: '' })
    return this.scenario === 'latest' ? null : { version: PREVIEW_NEW_VERSION }
  }

  download(): Promise<void> {
    if (this.scenario !== 'downloading') return Promise.resolve()
    // Part of the way there, and then it stays: the page shows a download in progress.
    queueMicrotask(() => this.listeners.forEach((listener) => listener({ type: 'progress', percent: 40 })))
    return new Promise(() => {})
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
}
