// The session watch on a real D-Bus: a private bus (dbus-daemon) standing in for both the session and the system
// bus, the real `gdbus monitor` children the watch starts by full path, and a stand-in for GNOME's screensaver and
// logind (test/support/session-signals.py, python3 with GObject introspection) sending the signals a real session
// sends when the screen locks and unlocks.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionSignal } from '../../../main/electron/system/session-signals'
import { SAME_SIGNAL_MS, watchSessionLocks } from '../../../main/electron/system/session-watch'

const DAEMON = '/usr/bin/dbus-daemon'
const PYTHON = '/usr/bin/python3'
const GDBUS = '/usr/bin/gdbus'
const hasGi = () =>
  existsSync(PYTHON) &&
  spawnSync(PYTHON, ['-c', 'from gi.repository import Gio'], { stdio: 'ignore' }).status === 0
const missing = [DAEMON, GDBUS].filter((tool) => !existsSync(tool))
const SKIP =
  missing.length > 0 || !hasGi()
    ? `Skipped: needs ${DAEMON}, ${GDBUS} and ${PYTHON} with GObject introspection (python3-gi), to run a private bus, the real monitor and a stand-in session.`
    : null

/** Waits until `ready()` or fails after `ms`, doing `nudge` every 200 ms meanwhile. */
async function until(ready: () => boolean, nudge: () => void, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!ready()) {
    if (Date.now() > end) throw new Error('no signal arrived in time')
    nudge()
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe.skipIf(SKIP !== null)('the session watch on a real bus', () => {
  let daemon: ChildProcessWithoutNullStreams
  let session: ChildProcessWithoutNullStreams
  let address = ''

  beforeAll(async () => {
    daemon = spawn(DAEMON, ['--session', '--nofork', '--print-address=1'])
    address = await new Promise<string>((resolve, reject) => {
      daemon.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
      daemon.once('error', reject)
    })
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address }
    session = spawn(PYTHON, [join(import.meta.dirname, '../../support/session-signals.py')], { env })
    await new Promise<void>((resolve, reject) => {
      session.stdout.once('data', () => resolve())
      session.once('error', reject)
    })
  }, 20_000)

  afterAll(() => {
    session?.kill()
    daemon?.kill()
  })

  it('passes on GNOME’s lock and unlock, and logind’s, from the real gdbus monitor', async () => {
    const signals: SessionSignal[] = []
    let now = 0
    const watch = watchSessionLocks({
      onSignal: (signal) => signals.push(signal),
      log: () => {},
      env: {
        PATH: '/usr/bin:/bin',
        XDG_CURRENT_DESKTOP: 'GNOME',
        DBUS_SESSION_BUS_ADDRESS: address,
        DBUS_SYSTEM_BUS_ADDRESS: address,
      },
      sessionPath: async () => '/org/freedesktop/login1/session/_32',
      now: () => now,
    })
    const send = (line: string) => () => session.stdin.write(`${line}\n`)
    try {
      // The monitors subscribe in their own time: the stand-in says it again until the watch has heard it.
      await until(() => signals.includes('lock'), send('screensaver true'))
      now += SAME_SIGNAL_MS
      await until(() => signals.includes('unlock'), send('screensaver false'))
      now += SAME_SIGNAL_MS
      const heard = signals.length
      await until(() => signals.length > heard, send('logind Lock'))
      now += SAME_SIGNAL_MS
      const locked = signals.length
      await until(() => signals.length > locked, send('hint false'))
      expect(signals.slice(0, 2)).toEqual(['lock', 'unlock'])
      expect(signals.slice(heard)).toEqual(['lock', 'unlock'])
    } finally {
      watch.dispose()
    }
  }, 30_000)
})

if (SKIP) it.skip(SKIP, () => {})
