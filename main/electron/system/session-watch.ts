// Lock and unlock on Linux, where Electron's powerMonitor reports neither (its lock-screen and unlock-screen events
// are macOS and Windows only): `gdbus monitor` children listen to the screensaver's ActiveChanged on the session bus
// and to logind's Lock, Unlock and LockedHint for this session on the system bus. Each child is found in trusted
// folders and run by its full path, its output read line by line with a bound (session-signals.ts), restarted with a
// growing delay when it ends, and stopped when the app quits. The same signal from two sources (GNOME sends the
// screensaver's and logind's within a second) is passed on once.
import { spawn } from 'node:child_process'
import { delimiter } from 'node:path'
import type { Disposable, Platform } from '../../app/platform'
import { objectPathFromDbusSend, objectPathFromGdbus } from '../busy/answers/dbus-values'
import { callDbus } from '../busy/dbus-call'
import { findTool, trustedFolders } from '../busy/system-tools'
import { LineSplitter, signalFromMonitorLine, type SessionSignal } from './session-signals'

/** One running monitor, as much of a child process as the watch uses. */
export interface MonitorChild {
  stdout: NodeJS.ReadableStream | null
  on(event: 'exit', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  kill(signal?: NodeJS.Signals): boolean
}

export interface SessionWatchOptions {
  onSignal(signal: SessionSignal): void
  log: Platform['log']
  env?: Readonly<Record<string, string | undefined>>
  /** Starts a program by its full path (Node's spawn). */
  start?(program: string, args: readonly string[]): MonitorChild
  /** The full path of a tool, or null (system-tools.ts). */
  find?(name: string): Promise<string | null>
  /** This session's logind object path, or null when logind does not answer. */
  sessionPath?(): Promise<string | null>
  /** Wall-clock milliseconds. */
  now?(): number
}

/** The first restart waits this long, each next one twice as long, up to the longest. */
export const RESTART_FIRST_MS = 1_000
export const RESTART_LONGEST_MS = 5 * 60_000
/** A monitor that ran this long before it ended was healthy: its next restart waits the first delay again. */
const HEALTHY_RUN_MS = 60_000
/** The same signal again within this long (from another source) is the same lock. */
export const SAME_SIGNAL_MS = 10_000

/** The screensaver whose ActiveChanged this desktop sends: GNOME's own, or the freedesktop one (KDE and others). */
export function screensaverService(env: Readonly<Record<string, string | undefined>>): string {
  const desktops = (env.XDG_CURRENT_DESKTOP ?? '').toUpperCase().split(':')
  return desktops.includes('GNOME') ? 'org.gnome.ScreenSaver' : 'org.freedesktop.ScreenSaver'
}

async function logindSessionPath(): Promise<string | null> {
  try {
    return await callDbus(
      {
        bus: 'system',
        service: 'org.freedesktop.login1',
        path: '/org/freedesktop/login1',
        method: 'org.freedesktop.login1.Manager.GetSession',
        args: [{ type: 'string', value: 'auto' }],
      },
      { gdbus: objectPathFromGdbus, dbusSend: objectPathFromDbusSend },
      AbortSignal.timeout(3_000),
    )
  } catch {
    return null
  }
}

export function watchSessionLocks(options: SessionWatchOptions): Disposable {
  const env = options.env ?? process.env
  const now = options.now ?? Date.now
  const folders = trustedFolders(env)
  const find = options.find ?? ((name: string) => findTool(name, folders))
  const start =
    options.start ??
    ((program: string, args: readonly string[]) =>
      spawn(program, args, {
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...env, PATH: folders.join(delimiter), LC_ALL: 'C', LANG: 'C' },
      }))
  const children = new Set<MonitorChild>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let stopped = false
  let last: { signal: SessionSignal; at: number } | null = null

  const pass = (signal: SessionSignal) => {
    const at = now()
    if (last && last.signal === signal && at - last.at < SAME_SIGNAL_MS) return
    last = { signal, at }
    options.onSignal(signal)
  }

  const run = (name: string, program: string, args: readonly string[], delay = RESTART_FIRST_MS) => {
    if (stopped) return
    const startedAt = now()
    let child: MonitorChild
    try {
      child = start(program, args)
    } catch (error) {
      options.log('warn', `session watch: ${name} could not start`, error)
      return later(name, program, args, delay)
    }
    children.add(child)
    const lines = new LineSplitter()
    child.stdout?.setEncoding('utf8')
    child.stdout?.on('data', (chunk: string) => {
      for (const line of lines.push(chunk)) {
        const signal = signalFromMonitorLine(line)
        if (signal) pass(signal)
      }
    })
    let ended = false
    const end = (error?: Error) => {
      if (ended) return
      ended = true
      children.delete(child)
      if (stopped) return
      const healthy = now() - startedAt >= HEALTHY_RUN_MS
      const next = healthy ? RESTART_FIRST_MS : delay
      options.log('info', `session watch: ${name} ended; again in ${Math.round(next / 1000)} s`, error)
      later(name, program, args, next)
    }
    child.on('exit', () => end())
    child.on('error', (error) => end(error))
  }

  const later = (name: string, program: string, args: readonly string[], delay: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      run(name, program, args, Math.min(delay * 2, RESTART_LONGEST_MS))
    }, delay)
    timer.unref?.()
    timers.add(timer)
  }

  void (async () => {
    const gdbus = await find('gdbus')
    if (stopped) return
    if (!gdbus) {
      options.log('info', 'session watch: gdbus is not installed; lock and unlock are not watched')
      return
    }
    const screensaver = screensaverService(env)
    run(screensaver, gdbus, ['monitor', '--session', '--dest', screensaver])
    const path = await (options.sessionPath ?? logindSessionPath)()
    if (stopped) return
    if (path)
      run('logind', gdbus, ['monitor', '--system', '--dest', 'org.freedesktop.login1', '--object-path', path])
    else
      options.log('info', 'session watch: logind did not name this session; only the screensaver is watched')
  })()

  return {
    dispose() {
      stopped = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const child of children) child.kill('SIGTERM')
      children.clear()
    },
  }
}
