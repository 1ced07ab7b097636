// The X11 full-screen probe against X servers that misbehave, as the app runs it: in its worker thread, built by
// the real build. A setup reply that sends the `x11` client into an endless loop cannot hang Limber (the thread is
// ended at the probe's time limit while the main thread goes on), and a 32 MB reply is never taken in.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { linuxFullScreenProbe } from '../../../main/electron/busy/linux-fullscreen'
import { createBusyDetection } from '../../../main/electron/busy/detection'
import { X11_ANSWER_MAX_BYTES } from '../../../main/electron/busy/x11-worker'
import { FLOOD_BYTES, startFakeXServer, type FakeXServer } from '../../support/fake-x-server'
import { buildWorkerForTest, type BuiltWorker } from '../../support/x11-worker'

let worker: BuiltWorker
let server: FakeXServer | undefined
beforeAll(async () => {
  worker = await buildWorkerForTest()
}, 60_000)
afterAll(() => worker?.remove())
afterEach(async () => {
  await server?.stop()
  server = undefined
})

const x11 = (display: string) => ({ DISPLAY: display, XDG_SESSION_TYPE: 'x11' })

/** Resolves when `promise` settles, or rejects after `ms`: a wait that cannot hang the test. */
const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  ])

describe('the X11 probe against a misbehaving X server', () => {
  it('ends its thread at the time limit when the server sends the client into an endless loop', async () => {
    server = await startFakeXServer('mask-0')
    const probe = linuxFullScreenProbe(x11(server.display), process.pid, worker.file)
    const limit = new AbortController()
    const check = probe.check(limit.signal)
    await within(server.setUp, 20_000, 'the probe to connect')
    // The client now loops in its thread; this thread goes on (a timer of its own fires) until the limit ends it.
    await new Promise((resolve) => setTimeout(resolve, 300))
    limit.abort(new Error('no answer within 3000 ms'))
    await expect(check).rejects.toThrow('no answer within 3000 ms')
    // The looping thread is gone: its connection to the server closed with it.
    await within(server.closed, 10_000, 'the looping thread’s connection to close')
  })

  it('counts as not busy, logged once, under the app’s busy detection and its time limit', async () => {
    server = await startFakeXServer('mask-0')
    const logged: string[] = []
    const detection = createBusyDetection(
      [linuxFullScreenProbe(x11(server.display), process.pid, worker.file)],
      { uncovered: {}, log: (_level, message) => logged.push(message) },
    )
    expect(await detection.busyReasons()).toEqual([])
    expect(await detection.busyReasons()).toEqual([])
    expect(logged).toEqual([
      'busy probe linux-fullscreen: the availability check failed, counted as not busy: no answer within 3000 ms',
    ])
  })

  it('drops the connection once the server has sent more than a look can take (a 32 MB reply)', async () => {
    server = await startFakeXServer('flood')
    const probe = linuxFullScreenProbe(x11(server.display), process.pid, worker.file)
    await expect(probe.check(AbortSignal.timeout(20_000))).rejects.toThrow(
      `the X server sent more than ${X11_ANSWER_MAX_BYTES} bytes; connection dropped`,
    )
    await within(server.closed, 10_000, 'the connection to close')
    // What the server could hand over before the drop is what the system's socket buffers hold, not the 32 MB.
    expect(server.sent()).toBeLessThan(FLOOD_BYTES / 2)
  })
})
