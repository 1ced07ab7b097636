// The X11 full-screen probe's own thread (built as dist/main/x11-worker.js, started by linux-fullscreen.ts): it asks
// the X server which window is active and whether it is full screen, posts the answers, and ends. It runs apart from
// the main process because the `x11` client does its work synchronously as bytes arrive: a server that sends a
// setup reply with a resource-id mask of 0 sends it into an endless loop, which no timer on the same thread could
// stop. A worker thread can be ended from outside at any moment, loop or not: the probe ends it at its time limit.
// Everything the server sends on the connection is also counted, and the connection is dropped past the most a
// setup reply and these few replies can hold, so a 32 MB "reply" is never taken in.
import { channel } from 'node:diagnostics_channel'
import type { Socket } from 'node:net'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { X11Client, X11Property } from 'x11'
import { activeWindow, isFullScreen, type X11PropertyReply } from './answers/linux-fullscreen'

/** The answers of one look at the active window, as the X server gave them (the data as bytes, across threads). */
export interface ActiveWindowAnswers {
  active: X11PropertyReply
  /** The active window's _NET_WM_STATE, when there is an active window. */
  state?: X11PropertyReply
  /** The active window's _NET_WM_PID, when it is full screen (to tell Limber's own break window apart). */
  pid?: X11PropertyReply
  /** The atom number of _NET_WM_STATE_FULLSCREEN on this server (0 when no client ever named it). */
  fullScreenAtom: number
  /** 0 when the server has no _NET_ACTIVE_WINDOW atom: no EWMH window manager ever ran. */
  activeAtom: number
}

/** Items asked of a property: more atoms than any window manager sets in _NET_WM_STATE. */
const PROPERTY_ITEMS = 64
/**
 * The most the server can rightly send on one look: a setup reply (8 bytes, then at most 65,535 four-byte units, as
 * its length field is 16 bits) and four InternAtom and three GetProperty replies (32 bytes each, plus the items).
 */
export const X11_ANSWER_MAX_BYTES = 8 + 4 * 0xffff + 4 * 32 + 3 * (32 + 4 * PROPERTY_ITEMS)

/** What the probe hands this thread, and what the thread answers. */
export interface X11Question {
  limberX11Display: string
}
export type X11Answer = { ok: true; answers: ActiveWindowAnswers } | { ok: false; message: string }

/**
 * Connects to the X server, reads the active window's state, disconnects. Aborting drops the connection. Runs in
 * the probe's worker thread (the real-X11 test also calls it directly).
 */
export async function readActiveWindow(display: string, signal: AbortSignal): Promise<ActiveWindowAnswers> {
  const x11 = await import('x11')
  const createClient = x11.createClient ?? (x11 as unknown as { default: typeof x11 }).default.createClient
  let client: X11Client | undefined
  // Settles (rejects) when the look cannot go on: an abort, a connection error, the server hanging up. Every step
  // waits for its answer or this, so a dropped connection never leaves a request waiting for ever.
  let fail: (error: Error) => void = () => {}
  const broken = new Promise<never>((_, reject) => (fail = reject))
  broken.catch(() => {})
  const onAbort = () => {
    fail(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
    client?.stream.destroy()
  }
  signal.addEventListener('abort', onAbort, { once: true })
  const step = <T>(request: Promise<T>) => Promise.race([request, broken])
  // The client opens its socket itself (and opens another over TCP when the local one is missing): each socket
  // made while this look lasts is bounded from its first byte (Node announces new client sockets on this channel).
  const sockets = channel('net.client.socket')
  const bound = (message: unknown) => {
    if (isSocketMessage(message)) boundAnswer(message.socket)
  }
  sockets.subscribe(bound)
  try {
    const { X, root } = await step(
      new Promise<{ X: X11Client; root: number }>((resolve, reject) => {
        // No shared memory (its fd-passing socket is not a plain one) and no BIG-REQUESTS round trip: neither is
        // needed for a few small requests.
        client = createClient({ display, shm: false, disableBigRequests: true }, (error, connection) => {
          if (error) return reject(error)
          const first = connection.screen[0]
          if (!first) return reject(new Error(`X server ${display} has no screen`))
          resolve({ X: connection.client, root: first.root })
        })
        client.on('error', fail)
        client.on('end', () => fail(new Error(`X server ${display} closed the connection`)))
      }),
    )
    const atom = (name: string) =>
      step(
        new Promise<number>((resolve, reject) =>
          X.InternAtom(true, name, (error, value) => (error ? reject(error) : resolve(value))),
        ),
      )
    const property = (window: number, name: number) =>
      step(
        new Promise<X11Property>((resolve, reject) =>
          // AnyPropertyType (0).
          X.GetProperty(0, window, name, 0, 0, PROPERTY_ITEMS, (error, value) =>
            error ? reject(error) : resolve(value),
          ),
        ),
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
    sockets.unsubscribe(bound)
    signal.removeEventListener('abort', onAbort)
  }
}

/** Drops the connection once the server has sent more than a look can rightly take. */
function boundAnswer(socket: Socket): void {
  let received = 0
  socket.on('data', (chunk: Buffer) => {
    received += chunk.length
    if (received > X11_ANSWER_MAX_BYTES && !socket.destroyed) {
      socket.destroy(
        new Error(`the X server sent more than ${X11_ANSWER_MAX_BYTES} bytes; connection dropped`),
      )
    }
  })
}

function isSocketMessage(message: unknown): message is { socket: Socket } {
  return typeof message === 'object' && message !== null && 'socket' in message
}

// The thread's work, when started as the probe's worker (never when this file is imported).
const question: unknown = workerData
if (!isMainThread && parentPort && isQuestion(question)) {
  const port = parentPort
  const answer = (message: X11Answer) => port.postMessage(message)
  readActiveWindow(question.limberX11Display, new AbortController().signal).then(
    (answers) => answer({ ok: true, answers }),
    (error: unknown) =>
      answer({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  )
}

function isQuestion(value: unknown): value is X11Question {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { limberX11Display?: unknown }).limberX11Display === 'string'
  )
}
