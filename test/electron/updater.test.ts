// The Updater adapter over electron-updater, exercised against a double of its AppUpdater (typed by electron-updater's
// own types): how each kind of install is told apart, and that the app's calls become the library's, with its own
// downloads and installs on quit switched off until the app asks.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import type { UpdateCheckResult } from 'electron-updater'
import type { AppUpdaterEvents } from 'electron-updater/out/AppUpdater'
import type { UpdaterEvent } from '../../main/app/platform'
import {
  createUpdater,
  installOf,
  type InstallFacts,
  type UpdaterLibrary,
} from '../../main/electron/system/updater'

/** electron-updater's AppUpdater as far as the adapter uses it, recording what it was asked. */
class AppUpdaterDouble implements UpdaterLibrary {
  autoDownload = true
  autoInstallOnAppQuit = true
  allowPrerelease = true
  logger: UpdaterLibrary['logger'] = console
  readonly asked: string[] = []
  private readonly emitter = new EventEmitter()
  next: UpdateCheckResult | null = null

  on<E extends keyof AppUpdaterEvents>(event: E, listener: AppUpdaterEvents[E]): this {
    this.emitter.on(event, listener)
    return this
  }
  emit<E extends keyof AppUpdaterEvents>(event: E, ...args: Parameters<AppUpdaterEvents[E]>): void {
    this.emitter.emit(event, ...args)
  }
  async checkForUpdates(): Promise<UpdateCheckResult | null> {
    this.asked.push('check')
    return this.next
  }
  async downloadUpdate(): Promise<string[]> {
    this.asked.push('download')
    return ['/tmp/Limber-1.1.0.AppImage']
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.asked.push(`quitAndInstall(${isSilent}, ${isForceRunAfter})`)
  }
}

function result(version: string, isUpdateAvailable: boolean): UpdateCheckResult {
  const updateInfo = { version, files: [], path: '', sha512: '', releaseDate: '2026-03-01' }
  return { isUpdateAvailable, updateInfo, versionInfo: updateInfo }
}

const settle = async () => {
  for (let turn = 0; turn < 5; turn++) await Promise.resolve()
}

describe('how this copy was installed', () => {
  const facts = (over: Partial<InstallFacts>, files: Record<string, string> = {}): InstallFacts => ({
    system: 'linux',
    isPackaged: true,
    env: {},
    resources: '/opt/Limber/resources',
    exists: (path) => path in files,
    read: (path) => {
      const text = files[path]
      if (text === undefined) throw new Error('ENOENT')
      return text
    },
    ...over,
  })
  const feed = { '/opt/Limber/resources/app-update.yml': 'provider: github' }

  it('updates an AppImage, an NSIS install and a dmg itself, where the package carries the feed', () => {
    expect(installOf(facts({ env: { APPIMAGE: '/home/a/Limber.AppImage' } }, feed))).toEqual({
      kind: 'self',
      package: 'AppImage',
    })
    expect(installOf(facts({ system: 'win32' }, feed))).toEqual({ kind: 'self', package: 'NSIS' })
    expect(installOf(facts({ system: 'darwin' }, feed))).toEqual({ kind: 'self', package: 'dmg' })
    expect(installOf(facts({ system: 'win32' }))).toEqual({ kind: 'none' })
  })

  it('leaves a deb, rpm, snap or flatpak to the system, and a development run to no one', () => {
    const deb = { ...feed, '/opt/Limber/resources/package-type': 'deb\n' }
    expect(installOf(facts({}, deb))).toEqual({ kind: 'system', package: 'deb' })
    expect(installOf(facts({ env: { SNAP: '/snap/limber/1' } }, feed))).toEqual({
      kind: 'system',
      package: 'snap',
    })
    expect(installOf(facts({ env: { FLATPAK_ID: 'app.limber' } }))).toEqual({
      kind: 'system',
      package: 'flatpak',
    })
    expect(installOf(facts({ isPackaged: false }, deb))).toEqual({ kind: 'none' })
    expect(installOf(facts({}, { '/opt/Limber/resources/package-type': 'zip' }))).toEqual({ kind: 'none' })
  })
})

describe('the updater adapter', () => {
  it('loads electron-updater only when first asked, with its own download and install on quit off', async () => {
    const library = new AppUpdaterDouble()
    let loads = 0
    const updater = createUpdater({ kind: 'self', package: 'AppImage' }, async () => (loads++, library))
    expect(loads).toBe(0)
    library.next = result('0.1.0', false)
    expect(await updater.check()).toBeNull()
    expect(loads).toBe(1)
    expect(library).toMatchObject({
      autoDownload: false,
      autoInstallOnAppQuit: false,
      allowPrerelease: false,
      logger: null,
    })
    library.next = result('1.1.0', true)
    expect(await updater.check()).toEqual({ version: '1.1.0' })
    await updater.download()
    expect(library.asked).toEqual(['check', 'check', 'download'])
    expect(loads).toBe(1)
  })

  it('answers no update where electron-updater is inactive (it answers null)', async () => {
    const library = new AppUpdaterDouble()
    const updater = createUpdater({ kind: 'self', package: 'NSIS' }, async () => library)
    expect(await updater.check()).toBeNull()
  })

  it('forwards progress and errors, sets the install on quit, and installs silently, starting Limber again', async () => {
    const library = new AppUpdaterDouble()
    const updater = createUpdater({ kind: 'self', package: 'dmg' }, async () => library)
    updater.setInstallOnQuit(true) // before the library is loaded: applied when it is
    const events: UpdaterEvent[] = []
    updater.onEvent((event) => events.push(event))
    await updater.check()
    expect(library.autoInstallOnAppQuit).toBe(true)
    library.emit('download-progress', {
      percent: 42.5,
      bytesPerSecond: 1,
      total: 100,
      transferred: 42,
      delta: 1,
    })
    const failure = new Error('net::ERR_INTERNET_DISCONNECTED')
    library.emit('error', failure)
    expect(events).toEqual([
      { type: 'progress', percent: 42.5 },
      { type: 'error', error: failure },
    ])
    updater.setInstallOnQuit(false)
    await settle()
    expect(library.autoInstallOnAppQuit).toBe(false)
    updater.quitAndInstall()
    await settle()
    expect(library.asked.at(-1)).toBe('quitAndInstall(true, true)')
  })
})
