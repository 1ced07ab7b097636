// Linux (X11): is the active window full screen? Asks the X server directly over its socket with the pure-JS
// `x11` client (no xprop needed on the user's machine, no process to spawn), in a worker thread of its own
// (x11-worker.ts): the client works synchronously as the server's bytes arrive, so a hostile or broken server could
// hold a thread for good, and only a worker thread can be ended from outside. The worker is ended when the probe's
// signal aborts (its time limit), answer or not. The answers are read with the pure functions in
// answers/linux-fullscreen.ts. Wayland cannot be asked: see x11Unavailable().
import { Worker } from 'node:worker_threads'
import type { BusyReason } from '../../app/platform'
import { isFullScreen, windowPid, x11Unavailable } from './answers/linux-fullscreen'
import { throwIfAborted, type BusyProbe } from './probe'
import type { ActiveWindowAnswers, X11Answer, X11Question } from './x11-worker'

/**
 * The worker's file: built beside the main bundle (dist/main/x11-worker.js, inside app.asar when packaged, where
 * Electron's worker threads read it). Tests and benchmarks build it and pass their own.
 */
export const X11_WORKER_FILE = new URL('./x11-worker.js', import.meta.url)

/** The worker's heap: a look takes a few megabytes; a server's flood must not take the app's memory with it. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8, stackSizeMb: 1 }

/** Reads the active window's state in a worker thread, ended as soon as `signal` aborts or an answer comes. */
export function readActiveWindowInWorker(
  display: string,
  signal: AbortSignal,
  workerFile: URL = X11_WORKER_FILE,
): Promise<ActiveWindowAnswers> {
  throwIfAborted(signal)
  const question: X11Question = { limberX11Display: display }
  const worker = new Worker(workerFile, { workerData: question, resourceLimits: WORKER_LIMITS })
  return new Promise<ActiveWindowAnswers>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
    signal.addEventListener('abort', onAbort, { once: true })
    worker.once('message', (message: unknown) => {
      if (!isAnswer(message)) reject(new Error('the X11 probe’s thread answered something else'))
      else if (message.ok) resolve(message.answers)
      else reject(new Error(message.message))
    })
    worker.once('error', reject)
    worker.once('exit', (code) =>
      reject(new Error(`the X11 probe’s thread ended without an answer (${code})`)),
    )
  }).finally(() => {
    // Whatever happened, the thread goes: a loop in it is stopped here, and a finished one is merely gone sooner.
    void worker.terminate()
  })
}

/** `ownPid`: this app's process, whose own full-screen window (a break) is not the user being busy. */
export function linuxFullScreenProbe(
  env: Readonly<Record<string, string | undefined>> = process.env,
  ownPid = process.pid,
  workerFile: URL = X11_WORKER_FILE,
): BusyProbe {
  const display = env.DISPLAY ?? ''
  const look = (signal: AbortSignal) => readActiveWindowInWorker(display, signal, workerFile)
  return {
    name: 'linux-fullscreen',
    reasons: ['full-screen'],
    async available(signal) {
      const why = x11Unavailable(env)
      if (why) return { available: false, why: [why] }
      const answers = await look(signal)
      // Without EWMH the window manager does not say which window is active.
      return answers.activeAtom ? { available: true } : { available: false, why: ['no-ewmh'] }
    },
    async check(signal): Promise<BusyReason[]> {
      const answers = await look(signal)
      const fullScreen = answers.state !== undefined && isFullScreen(answers.state, answers.fullScreenAtom)
      const ours = answers.pid !== undefined && windowPid(answers.pid) === ownPid
      return fullScreen && !ours ? ['full-screen'] : []
    },
  }
}

function isAnswer(message: unknown): message is X11Answer {
  if (typeof message !== 'object' || message === null || !('ok' in message)) return false
  return message.ok === true
    ? 'answers' in message && typeof message.answers === 'object' && message.answers !== null
    : 'message' in message && typeof message.message === 'string'
}
