// The log file: logs/main.log in the user-data folder, rotated at 1 MB into main.old.log, every line bounded.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { recorded, resetDouble } from './electron-double'
import { LOG_MAX_BYTES, openLog, shorten } from '../../main/electron/files/log'
import { homedir } from 'node:os'

vi.mock('electron', () => import('./electron-double'))

beforeEach(() => {
  resetDouble()
  for (const level of ['info', 'warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation(() => {})
})

describe('the log', () => {
  it('writes to logs/main.log in the user-data folder, with the level and the error behind it', () => {
    const logging = openLog(recorded.paths.userData)
    expect(logging.file).toBe(join(recorded.paths.userData, 'logs', 'main.log'))
    logging.log('info', 'Limber starting')
    logging.log('error', 'could not write the history', new Error('EACCES: permission denied'))
    const text = readFileSync(logging.file, 'utf8')
    expect(text).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[info\]\s+Limber starting$/m)
    expect(text).toMatch(/\[error\]\s+could not write the history Error: EACCES: permission denied/)
  })

  it('keeps the previous megabyte as main.old.log and starts a new file', () => {
    const logging = openLog(recorded.paths.userData)
    const line = 'x'.repeat(1_500)
    for (let i = 0; i < Math.ceil((LOG_MAX_BYTES * 1.5) / line.length); i++) logging.log('info', line)
    const old = join(recorded.paths.userData, 'logs', 'main.old.log')
    expect(existsSync(old)).toBe(true)
    expect(statSync(old).size).toBeLessThanOrEqual(LOG_MAX_BYTES + 2_000)
    expect(statSync(logging.file).size).toBeLessThan(LOG_MAX_BYTES)
  })

  it('never writes a megabyte message or string whole', () => {
    const logging = openLog(recorded.paths.userData)
    const huge = 'k'.repeat(1024 * 1024)
    logging.log('warn', `refused ${huge}`)
    logging.log('warn', 'refused a frame', huge)
    logging.log('warn', 'refused a payload', { key: huge })
    const text = readFileSync(logging.file, 'utf8')
    expect(text.length).toBeLessThan(4_000)
    expect(shorten(huge, 10)).toBe(`kkkkkkkkkk… (${huge.length} characters)`)
  })

  it('never writes the user’s home folder or name, whatever the system’s messages carry', () => {
    const logging = openLog(recorded.paths.userData, { home: '/home/alice', user: 'alice' })
    const denied = Object.assign(
      new Error("EACCES: permission denied, open '/home/alice/.config/Limber/history.json'"),
      { code: 'EACCES', path: '/home/alice/.config/Limber/history.json' },
    )
    logging.log('error', 'could not write the history', denied)
    logging.log('warn', 'refused a frame', 'file:///home/alice/Downloads/page.html')
    logging.log('info', 'tray icon created (/home/alice/Apps/Limber/resources/tray/tray-32.png)')
    logging.log('warn', 'a probe failed', {
      stderr: 'cannot open /media/alice/USB/limber',
      home: '/HOME/ALICE',
    })
    const text = readFileSync(logging.file, 'utf8')
    expect(text).not.toMatch(/alice/i)
    expect(text).toContain(
      "could not write the history Error: EACCES: permission denied, open '~/.config/Limber/history.json'",
    )
    expect(text).toContain("path: '~/.config/Limber/history.json'")
    expect(text).toContain('file://~/Downloads/page.html')
    expect(text).toContain('/media/<user>/USB/limber')
    // A folder merely starting like the home folder is someone else's.
    logging.log('info', 'seen /home/alicette/notes')
    expect(readFileSync(logging.file, 'utf8')).toContain('/home/<user>tte/notes'.replace('<user>', 'alice'))
  })

  it('keeps this machine’s own home folder out of uncaught errors too', () => {
    const logging = openLog(recorded.paths.userData)
    logging.log(
      'error',
      'Limber could not start',
      new Error(`ENOENT: no such file, open '${homedir()}/x.json'`),
    )
    expect(readFileSync(logging.file, 'utf8')).toContain("ENOENT: no such file, open '~/x.json'")
  })
})
