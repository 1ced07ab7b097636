// How the probes are put together into busyReasons()/busyDetectors(), and the real I/O beneath them: a command
// that hangs is killed, /proc is really scanned, and each system gets its own probe set.
import { spawn } from 'node:child_process'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BusyReason, DetectorWhy } from '../../../main/app/platform'
import { CommandError, runCommand } from '../../../main/electron/busy/command'
import { createBusyDetection } from '../../../main/electron/busy/detection'
import { scanOpenFiles } from '../../../main/electron/busy/linux-camera'
import { linuxDndProbe } from '../../../main/electron/busy/linux-dnd'
import type { BusyProbe } from '../../../main/electron/busy/probe'
import { busyProbesFor } from '../../../main/electron/busy/probes'

type LogLine = { level: string; message: string }

function probe(
  name: string,
  reasons: BusyReason[],
  answer: BusyProbe['check'],
  available = true,
  why: DetectorWhy = 'no-way',
): BusyProbe {
  return {
    name,
    reasons,
    available: async () => (available ? { available: true } : { available: false, why: [why] }),
    check: answer,
  }
}

function detect(probes: BusyProbe[], timeoutMs = 200) {
  const logs: LogLine[] = []
  const detection = createBusyDetection(probes, {
    uncovered: { presenting: 'no-presenting-signal' },
    log: (level, message) => logs.push({ level, message }),
    timeoutMs,
  })
  return { detection, logs }
}

describe('busyReasons() over several probes', () => {
  it('answers every reason any probe reports, once each, in one fixed order', async () => {
    const { detection } = detect([
      probe('calls', ['call'], async () => ['call']),
      probe('screen', ['full-screen', 'do-not-disturb'], async () => ['do-not-disturb', 'full-screen']),
      probe('more calls', ['call'], async () => ['call']),
    ])
    expect(await detection.busyReasons()).toEqual(['full-screen', 'call', 'do-not-disturb'])
  })

  it('counts a failing probe as not busy, logs it once, and keeps the others’ answers', async () => {
    const { detection, logs } = detect([
      probe('broken', ['full-screen'], async () => {
        throw new Error('xprop exploded')
      }),
      probe('calls', ['call'], async () => ['call']),
    ])
    expect(await detection.busyReasons()).toEqual(['call'])
    expect(await detection.busyReasons()).toEqual(['call'])
    expect(logs).toEqual([{ level: 'warn', message: expect.stringMatching(/broken.*xprop exploded/) }])
  })

  it('gives up on a probe that hangs, within its time limit', async () => {
    let aborted = false
    const hung = probe('hung', ['call'], (signal) => {
      signal.addEventListener('abort', () => (aborted = true))
      return new Promise(() => {})
    })
    const { detection, logs } = detect([hung], 100)
    const started = performance.now()
    expect(await detection.busyReasons()).toEqual([])
    expect(performance.now() - started).toBeLessThan(2000)
    expect(aborted).toBe(true)
    expect(logs[0]?.message).toMatch(/hung.*no answer within 100 ms/)
  })

  it('never runs a probe this system cannot answer', async () => {
    let runs = 0
    const { detection } = detect([probe('absent', ['call'], async () => (runs++, ['call']), false)])
    expect(await detection.busyReasons()).toEqual([])
    expect(runs).toBe(0)
  })

  it('ignores a reason a probe was not made to report', async () => {
    const { detection } = detect([probe('calls', ['call'], async () => ['call', 'full-screen'])])
    expect(await detection.busyReasons()).toEqual(['call'])
  })
})

describe('busyDetectors()', () => {
  it('says for every reason whether this system can tell, and why not', async () => {
    const { detection } = detect([
      probe('x11', ['full-screen'], async () => [], false, 'wayland'),
      probe('camera', ['call'], async () => []),
      probe('microphone', ['call'], async () => [], false, 'no-sound-server'),
    ])
    expect(await detection.busyDetectors()).toEqual({
      'full-screen': { available: false, why: ['wayland'] },
      presenting: { available: false, why: ['no-presenting-signal'] },
      call: { available: true, why: ['no-sound-server'] },
      'do-not-disturb': { available: false, why: ['no-way'] },
      'screen-kept-on': { available: false, why: ['no-way'] },
    })
  })

  it('gives every probe’s reason once, and says a probe that did not answer did not', async () => {
    const { detection } = detect([
      probe('camera', ['call'], async () => [], false, 'no-capture-record'),
      probe('microphone', ['call'], async () => [], false, 'no-capture-record'),
      {
        ...probe('pactl', ['call'], async () => []),
        available: () => Promise.reject(new Error('pactl crashed')),
      },
    ])
    expect((await detection.busyDetectors()).call).toEqual({
      available: false,
      why: ['no-capture-record', 'no-answer'],
    })
  })

  it('works availability out once', async () => {
    let asked = 0
    const counted: BusyProbe = {
      ...probe('p', ['call'], async () => []),
      available: async () => (asked++, { available: true }),
    }
    const { detection } = detect([counted])
    await Promise.all([detection.busyDetectors(), detection.busyReasons(), detection.busyReasons()])
    expect(asked).toBe(1)
  })
})

describe('Linux Do Not Disturb over several desktops', () => {
  const source = (name: string, ask: () => Promise<boolean>) => ({ name, ask })

  it('is on when any desktop that answers says so, even if another fails', async () => {
    const dnd = linuxDndProbe([
      source('gnome', async () => false),
      source('kde', async () => true),
      source('flaky', async () => {
        throw new Error('gone')
      }),
    ])
    const signal = AbortSignal.timeout(1000)
    expect(await dnd.available(signal)).toEqual({ available: true })
    expect(await dnd.check(signal)).toEqual(['do-not-disturb'])
  })

  it('is unavailable, saying why, when no desktop answers', async () => {
    const dnd = linuxDndProbe([source('none', async () => Promise.reject(new Error('no')))])
    expect(await dnd.available(AbortSignal.timeout(1000))).toEqual({
      available: false,
      why: ['no-desktop-dnd'],
    })
  })
})

describe('system commands', () => {
  it('answers a command’s output', async () => {
    expect(await runCommand('echo', ['hello'], { signal: AbortSignal.timeout(2000) })).toBe('hello\n')
  })

  it('kills a command that hangs', async () => {
    const started = performance.now()
    const hung = runCommand('sleep', ['30'], { signal: new AbortController().signal, timeoutMs: 150 })
    await expect(hung).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('stops a command when the probe is aborted', async () => {
    const controller = new AbortController()
    const running = runCommand('sleep', ['30'], { signal: controller.signal })
    controller.abort()
    await expect(running).rejects.toMatchObject({ code: 'ABORT' })
  })

  it('stops a command that says more than its answer may hold', async () => {
    const flood = runCommand('head', ['-c', '100000', '/dev/zero'], {
      signal: AbortSignal.timeout(5000),
      maxBytes: 1000,
    })
    await expect(flood).rejects.toEqual(
      new CommandError('head -c 100000 /dev/zero answered more than 1000 bytes', 'TOO_LONG'),
    )
  })

  it('says a program is not installed', async () => {
    const missing = runCommand('limber-no-such-tool', [], { signal: AbortSignal.timeout(2000) })
    await expect(missing).rejects.toEqual(new CommandError('limber-no-such-tool is not installed', 'ENOENT'))
  })
})

describe.runIf(process.platform === 'linux')('scanning /proc for open files', () => {
  let folder = ''
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('finds the process that holds a file open, and only while it does', async () => {
    folder = await mkdtemp(join(tmpdir(), 'limber-proc-'))
    const held = join(folder, 'video7')
    const file = await open(held, 'w')
    const child = spawn('sleep', ['30'], { stdio: ['ignore', file.fd, 'ignore'] })
    await file.close()
    const signal = AbortSignal.timeout(5000)
    try {
      const found = await scanOpenFiles((target) => target === held, signal)
      expect(found).toEqual([{ pid: child.pid, targets: [held] }])
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill()
      await exited
    }
    expect(await scanOpenFiles((target) => target === held, signal)).toEqual([])
  })
})

describe('the probe set of each system', () => {
  const names = (system: NodeJS.Platform) => busyProbesFor(system).probes.map((p) => p.name)

  it('asks each system in its own way', () => {
    expect(names('linux')).toEqual([
      'linux-fullscreen',
      'linux-dnd',
      'linux-camera',
      'linux-microphone',
      'linux-inhibit',
    ])
    expect(names('win32')).toEqual(['windows-notification-state', 'windows-capture'])
    expect(names('darwin')).toEqual(['macos-fullscreen', 'macos-focus', 'macos-capture'])
    expect(names('freebsd')).toEqual([])
  })

  it('covers every reason but apps keeping the screen on on Windows and macOS, and says why Linux cannot tell presenting', () => {
    for (const system of ['win32', 'darwin'] as const) {
      const covered = new Set(busyProbesFor(system).probes.flatMap((p) => p.reasons))
      expect([...covered].sort()).toEqual(['call', 'do-not-disturb', 'full-screen', 'presenting'])
      expect(busyProbesFor(system).uncovered['screen-kept-on']).toBe('no-way')
    }
    expect(busyProbesFor('linux').probes.flatMap((p) => p.reasons)).toContain('screen-kept-on')
    expect(busyProbesFor('linux').uncovered.presenting).toBe('no-presenting-signal')
  })
})
