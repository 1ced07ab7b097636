// Lock and unlock on Linux from the session's own signals: gdbus monitor children (doubles here, fed the lines the
// real tool prints) found by full path, their output read with a bound, restarted with a growing delay when they end,
// stopped on quit, and the same lock from two sources passed on once.
import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SessionSignal } from '../../../main/electron/system/session-signals'
import {
  RESTART_FIRST_MS,
  RESTART_LONGEST_MS,
  screensaverService,
  watchSessionLocks,
  type MonitorChild,
} from '../../../main/electron/system/session-watch'
import { fixture } from '../busy/fixtures'

class FakeChild extends EventEmitter implements MonitorChild {
  readonly stdout = new PassThrough()
  killed: NodeJS.Signals | null = null
  constructor(
    readonly program: string,
    readonly args: readonly string[],
  ) {
    super()
  }
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.killed = signal
    this.emit('exit')
    return true
  }
  say(text: string): void {
    this.stdout.write(text)
  }
}

function watch(env: Record<string, string> = { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', PATH: '/usr/bin' }) {
  const signals: SessionSignal[] = []
  const children: FakeChild[] = []
  const log = vi.fn()
  const handle = watchSessionLocks({
    onSignal: (signal) => signals.push(signal),
    log,
    env,
    find: async (name) => (name === 'gdbus' ? '/usr/bin/gdbus' : null),
    sessionPath: async () => '/org/freedesktop/login1/session/_32',
    start: (program, args) => {
      const child = new FakeChild(program, args)
      children.push(child)
      return child
    },
    now: () => Date.now(),
  })
  return { signals, children, log, handle }
}

describe('the session watch', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-02T09:00') }))
  afterEach(() => vi.useRealTimers())

  it('watches GNOME’s screensaver and this session in logind, by gdbus’s full path', async () => {
    const { children, handle } = watch()
    await vi.advanceTimersByTimeAsync(0)
    expect(children.map((child) => [child.program, ...child.args])).toEqual([
      ['/usr/bin/gdbus', 'monitor', '--session', '--dest', 'org.gnome.ScreenSaver'],
      [
        '/usr/bin/gdbus',
        ...['monitor', '--system', '--dest', 'org.freedesktop.login1'],
        ...['--object-path', '/org/freedesktop/login1/session/_32'],
      ],
    ])
    handle.dispose()
    expect(children.every((child) => child.killed === 'SIGTERM')).toBe(true)
    expect(screensaverService({ XDG_CURRENT_DESKTOP: 'KDE' })).toBe('org.freedesktop.ScreenSaver')
  })

  it('passes on a lock and an unlock once, though GNOME says each three ways within a second', async () => {
    const { signals, children, handle } = watch()
    await vi.advanceTimersByTimeAsync(0)
    const recorded = fixture('linux/gdbus-monitor-gnome-screensaver.stdout')
    // Written in pieces that cut lines in two, as a pipe may deliver them.
    children[0]?.say(recorded.slice(0, 100))
    children[0]?.say(recorded.slice(100))
    await vi.advanceTimersByTimeAsync(0)
    expect(signals).toEqual(['lock', 'unlock'])
    // A later lock is a new one.
    vi.advanceTimersByTime(60_000)
    children[1]?.say('/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()\n')
    await vi.advanceTimersByTimeAsync(0)
    expect(signals).toEqual(['lock', 'unlock', 'lock'])
    handle.dispose()
  })

  it('restarts a monitor that ends, waiting longer each time, and a healthy run resets the wait', async () => {
    const { children, handle } = watch()
    await vi.advanceTimersByTimeAsync(0)
    const screensaver = () => children.filter((child) => child.args.includes('--session'))
    // Ending at once, again and again: 1 s, 2 s, 4 s… up to five minutes, never more.
    let expected = RESTART_FIRST_MS
    for (let round = 0; round < 12; round++) {
      const count = screensaver().length
      screensaver().at(-1)?.emit('exit')
      await vi.advanceTimersByTimeAsync(expected - 1)
      expect(screensaver()).toHaveLength(count)
      await vi.advanceTimersByTimeAsync(1)
      expect(screensaver()).toHaveLength(count + 1)
      expected = Math.min(expected * 2, RESTART_LONGEST_MS)
    }
    expect(expected).toBe(RESTART_LONGEST_MS)
    // A run of more than a minute was healthy: the next restart comes after the first delay again.
    await vi.advanceTimersByTimeAsync(120_000)
    const count = screensaver().length
    screensaver().at(-1)?.emit('exit')
    await vi.advanceTimersByTimeAsync(RESTART_FIRST_MS)
    expect(screensaver()).toHaveLength(count + 1)
    handle.dispose()
  })

  it('stops for good on quit: no restart after', async () => {
    const { children, handle } = watch()
    await vi.advanceTimersByTimeAsync(0)
    handle.dispose()
    await vi.advanceTimersByTimeAsync(RESTART_LONGEST_MS * 2)
    expect(children).toHaveLength(2)
  })

  it('says once that gdbus is missing, and starts nothing', async () => {
    const log = vi.fn()
    const started: string[] = []
    const handle = watchSessionLocks({
      onSignal: () => {},
      log,
      env: { PATH: '/usr/bin' },
      find: async () => null,
      start: (program) => {
        started.push(program)
        return new FakeChild(program, [])
      },
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(started).toEqual([])
    expect(log).toHaveBeenCalledWith('info', expect.stringMatching(/gdbus is not installed/))
    handle.dispose()
  })
})
