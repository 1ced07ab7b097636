// A real X11 desktop for tests: Xvfb (a virtual X server) plus openbox, a small window manager that implements
// EWMH (_NET_ACTIVE_WINDOW, _NET_WM_STATE), as GNOME, KDE, Xfce and the others do on X11. Tests that need it are
// skipped, saying which tool is missing, when Xvfb or openbox is not installed; in CI (CI=true) they fail instead.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The programs a real X session test needs, with the Debian package that brings each. */
export const X_TOOLS = { Xvfb: 'xvfb', openbox: 'openbox', xmessage: 'x11-utils', wmctrl: 'wmctrl' } as const

/** Which of X_TOOLS is not on PATH, as "Xvfb (apt-get install xvfb)", or undefined when all are there. */
export function missingXTools(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter)
  const missing = Object.entries(X_TOOLS).filter(([tool]) => !dirs.some((dir) => existsSync(join(dir, tool))))
  if (missing.length === 0) return undefined
  return missing.map(([tool, pkg]) => `${tool} (apt-get install ${pkg})`).join(', ')
}

/**
 * How long a step of an X session may take: generous, because a window appearing and the window manager
 * activating it take seconds on a loaded two-core machine (a test only waits this long when something is wrong).
 */
export const X_WAIT_MS = 15_000

export interface XSession {
  display: string
  /** Starts an X client in this session; it is stopped with the session. */
  launch(command: string, args: string[]): ChildProcess
  /** Runs a short X tool (wmctrl …) in this session and answers its output. */
  run(command: string, args: string[]): Promise<string>
  stop(): Promise<void>
}

export async function startXSession(): Promise<XSession> {
  const children: ChildProcess[] = []
  // -displayfd: Xvfb picks a free display number and writes it to fd 3 once it accepts connections.
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  })
  children.push(server)
  const display = await new Promise<string>((resolve, reject) => {
    let said = ''
    const timer = setTimeout(
      () => reject(new Error(`Xvfb did not start within ${X_WAIT_MS / 1000} s`)),
      X_WAIT_MS,
    )
    server.stdio[3]?.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      if (said.includes('\n')) {
        clearTimeout(timer)
        resolve(`:${said.trim()}`)
      }
    })
    server.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)))
  })
  const env = { ...process.env, DISPLAY: display }
  const run = (command: string, args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile(command, args, { env, timeout: X_WAIT_MS }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    )
  const launch = (command: string, args: string[]) => {
    const child = spawn(command, args, { env, stdio: 'ignore' })
    children.push(child)
    return child
  }
  launch('openbox', ['--sm-disable'])
  await waitFor(
    () =>
      run('wmctrl', ['-m']).then(
        () => true,
        () => false,
      ),
    'openbox to manage the display',
  )
  return {
    display,
    launch,
    run,
    async stop() {
      for (const child of children.reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
    },
  }
}

/**
 * Polls `test` every 50 ms until it answers true; rejects after `ms` naming what it waited for. A look that
 * fails counts as "not yet": while the window manager catches up, the active window may be one that has just
 * closed, and the X server answers BadWindow for it.
 */
export async function waitFor(test: () => Promise<boolean>, what: string, ms = X_WAIT_MS): Promise<void> {
  const until = Date.now() + ms
  let lastError: unknown
  while (Date.now() < until) {
    try {
      if (await test()) return
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const last = lastError instanceof Error ? ` (last failure: ${lastError.message})` : ''
  throw new Error(`gave up waiting for ${what} after ${ms} ms${last}`)
}
