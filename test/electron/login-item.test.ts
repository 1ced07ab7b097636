// Start at login: an XDG autostart entry on Linux (written and removed), Electron's login item elsewhere.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { callsTo, resetDouble } from './electron-double'
import {
  autostartFile,
  execArgument,
  setLinuxAutostart,
  setStartAtLogin,
} from '../../main/electron/system/login-item'

vi.mock('electron', () => import('./electron-double'))

let home: string
beforeEach(async () => {
  resetDouble()
  home = await mkdtemp(join(tmpdir(), 'limber-home-'))
})
afterEach(async () => rm(home, { recursive: true, force: true }))

const platform = process.platform
afterEach(() => Object.defineProperty(process, 'platform', { value: platform, configurable: true }))

describe('start at login on Linux', () => {
  it('writes an autostart entry in ~/.config/autostart, and removes it again', async () => {
    const host = { env: {}, home, execPath: '/opt/Limber/limber' }
    const file = join(home, '.config', 'autostart', 'limber.desktop')
    expect(autostartFile(host)).toBe(file)
    setLinuxAutostart(true, host)
    const entry = await readFile(file, 'utf8')
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=Limber\n')
    expect(entry).toContain('Exec="/opt/Limber/limber"\n')
    setLinuxAutostart(false, host)
    expect(existsSync(file)).toBe(false)
    // Removing what is not there is fine.
    setLinuxAutostart(false, host)
  })

  it('follows $XDG_CONFIG_HOME and starts the AppImage file, not its temporary mount', async () => {
    const config = join(home, 'xdg')
    const host = {
      env: { XDG_CONFIG_HOME: config, APPIMAGE: '/home/me/Apps/Limber 0.1.0.AppImage' },
      home,
      execPath: '/tmp/.mount_LimberX/limber',
    }
    setLinuxAutostart(true, host)
    const entry = await readFile(join(config, 'autostart', 'limber.desktop'), 'utf8')
    expect(entry).toContain('Exec="/home/me/Apps/Limber 0.1.0.AppImage"\n')
  })

  it('in development, starts Electron with the app folder', async () => {
    setLinuxAutostart(true, {
      env: {},
      home,
      execPath: '/repo/node_modules/electron/dist/electron',
      appPath: '/repo',
    })
    const entry = await readFile(join(home, '.config', 'autostart', 'limber.desktop'), 'utf8')
    expect(entry).toContain('Exec="/repo/node_modules/electron/dist/electron" "/repo"\n')
  })

  it.each([
    ['a line feed', '/home/me/a\nExec=touch pwned\nX=/limber'],
    ['a carriage return', '/home/me/a\rExec=touch pwned\rX=/limber'],
    ['a tab', '/home/me/a\tb/limber'],
  ])('refuses a path with %s rather than write a second Exec line', async (_what, execPath) => {
    const host = { env: {}, home, execPath }
    expect(() => setLinuxAutostart(true, host)).toThrow(/cannot start at login from .*control character/)
    expect(existsSync(autostartFile(host))).toBe(false)
  })

  it('refuses an AppImage path with a line break too', () => {
    const host = { env: { APPIMAGE: '/tmp/x\nExec=evil\n.AppImage' }, home, execPath: '/tmp/.mount/limber' }
    expect(() => setLinuxAutostart(true, host)).toThrow(/line break/)
    expect(existsSync(autostartFile(host))).toBe(false)
  })

  it('quotes an Exec argument as the Desktop Entry spec asks', () => {
    expect(execArgument('/opt/My Apps/limber')).toBe('"/opt/My Apps/limber"')
    expect(execArgument('/a/$HOME/"x"')).toBe('"/a/\\\\$HOME/\\\\"x\\\\""')
    expect(execArgument('/a\\b')).toBe('"/a\\\\\\\\b"')
    expect(execArgument('/100%/limber')).toBe('"/100%%/limber"')
  })
})

describe('start at login elsewhere', () => {
  it.each(['darwin', 'win32'] as const)('uses Electron login item settings on %s', (value) => {
    Object.defineProperty(process, 'platform', { value, configurable: true })
    setStartAtLogin(true)
    setStartAtLogin(false)
    expect(callsTo('app.setLoginItemSettings')).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]])
  })
})
