// Linux (X11): is the active window full screen? Asks the X server directly over its socket with the pure-JS
// `x11` client (no xprop needed on the user's machine, no process to spawn), then reads the answers with the pure
// functions in answers/linux-fullscreen.ts. Wayland cannot be asked: see x11Unavailable().
import type { X11Client, X11Property } from 'x11'
import type { BusyReason } from '../../app/platform'
import { activeWindow, isFullScreen, windowPid, x11Unavailable } from './answers/linux-fullscreen'
import type { BusyProbe } from './probe'

/** The answers of one look at the active window, as the X server gave them. */
export interface ActiveWindowAnswers {
  active: X11Property
  /** The active window's _NET_WM_STATE, when there is an active window. */
  state?: X11Property
  /** The active window's _NET_WM_PID, when it is full screen (to tell Limber's own break window apart). */
  pid?: X11Property
  /** The atom number of _NET_WM_STATE_FULLSCREEN on this server (0 when no client ever named it). */
  fullScreenAtom: number
  /** 0 when the server has no _NET_ACTIVE_WINDOW atom: no EWMH window manager ever ran. */
  activeAtom: number
}

/** Connects to the X server, reads the active window's state, disconnects. Aborting drops the connection. */
export async function readActiveWindow(display: string, signal: AbortSignal): Promise<ActiveWindowAnswers> {
  const x11 = await import('x11')
  const createClient = x11.createClient ?? (x11 as unknown as { default: typeof x11 }).default.createClient
  let client: X11Client | undefined
  const onAbort = () => client?.stream.destroy()
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const { X, root } = await new Promise<{ X: X11Client; root: number }>((resolve, reject) => {
      client = createClient({ display }, (error, connection) => {
        if (error) return reject(error)
        const first = connection.screen[0]
        if (!first) return reject(new Error(`X server ${display} has no screen`))
        resolve({ X: connection.client, root: first.root })
      })
      client.on('error', reject)
    })
    const atom = (name: string) =>
      new Promise<number>((resolve, reject) =>
        X.InternAtom(true, name, (error, value) => (error ? reject(error) : resolve(value))),
      )
    const property = (window: number, name: number) =>
      new Promise<X11Property>((resolve, reject) =>
        // AnyPropertyType (0), up to 64 items: more atoms than any window manager sets.
        X.GetProperty(0, window, name, 0, 0, 64, (error, value) => (error ? reject(error) : resolve(value))),
      )
    const [activeAtom, stateAtom, fullScreenAtom, pidAtom] = await Promise.all([
      atom('_NET_ACTIVE_WINDOW'),
      atom('_NET_WM_STATE'),
      atom('_NET_WM_STATE_FULLSCREEN'),
      atom('_NET_WM_PID'),
    ])
    const empty: X11Property = { type: 0, format: 0, bytesAfter: 0, data: Buffer.alloc(0) }
    const active = activeAtom ? await property(root, activeAtom) : empty
    const window = activeWindow(active)
    // The active window may close between the two requests: the server then answers BadWindow (rejected here,
    // so that one check counts as not busy).
    const state = window !== undefined && stateAtom ? await property(window, stateAtom) : undefined
    const fullScreen = state !== undefined && isFullScreen(state, fullScreenAtom)
    const pid = window !== undefined && fullScreen && pidAtom ? await property(window, pidAtom) : undefined
    X.terminate()
    return { active, state, pid, fullScreenAtom, activeAtom }
  } catch (error) {
    client?.stream.destroy()
    throw error
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** `ownPid`: this app's process, whose own full-screen window (a break) is not the user being busy. */
export function linuxFullScreenProbe(
  env: Readonly<Record<string, string | undefined>> = process.env,
  ownPid = process.pid,
): BusyProbe {
  const display = env.DISPLAY ?? ''
  return {
    name: 'linux-fullscreen',
    reasons: ['full-screen'],
    async available(signal) {
      const why = x11Unavailable(env)
      if (why) return { available: false, why: [why] }
      const answers = await readActiveWindow(display, signal)
      // Without EWMH the window manager does not say which window is active.
      return answers.activeAtom ? { available: true } : { available: false, why: ['no-ewmh'] }
    },
    async check(signal): Promise<BusyReason[]> {
      const answers = await readActiveWindow(display, signal)
      const fullScreen = answers.state !== undefined && isFullScreen(answers.state, answers.fullScreenAtom)
      const ours = answers.pid !== undefined && windowPid(answers.pid) === ownPid
      return fullScreen && !ours ? ['full-screen'] : []
    },
  }
}
