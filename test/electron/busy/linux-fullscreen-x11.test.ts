// The Linux full-screen probe against a real X server and a real window manager (Xvfb + openbox): a window goes
// full screen the way a video player does it (an EWMH request to the window manager, sent by wmctrl), and the
// probe must see it, and see it end. Nothing here sets _NET_WM_STATE itself; the window manager does. The probe runs
// as the app runs it: in its worker thread, built by the real build.
import { createClient } from 'x11'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linuxFullScreenProbe } from '../../../main/electron/busy/linux-fullscreen'
import { activeWindow } from '../../../main/electron/busy/answers/linux-fullscreen'
import { readActiveWindow } from '../../../main/electron/busy/x11-worker'
import { X_WAIT_MS, missingXTools, startXSession, waitFor, type XSession } from '../../support/x-session'
import { buildWorkerForTest, type BuiltWorker } from '../../support/x11-worker'

/** The X requests this test makes beyond what the probe's type declaration lists. */
interface OwnWindowClient {
  AllocID(): number
  CreateWindow(
    ...args: [number, number, number, number, number, number, number, number, number, number, object]
  ): void
  ChangeProperty(
    mode: 0,
    window: number,
    name: number,
    type: number,
    format: 8 | 32,
    data: Buffer | number[],
  ): void
  InternAtom(onlyIfExists: boolean, name: string, callback: (error: Error | null, atom: number) => void): void
  MapWindow(window: number): void
  terminate(): void
}

const missing = missingXTools()
if (missing && process.env.CI)
  throw new Error(`CI must run the real X11 test, but these are missing: ${missing}`)
const title = missing
  ? `full-screen windows on a real X11 desktop (SKIPPED: not installed here: ${missing})`
  : 'full-screen windows on a real X11 desktop (Xvfb + openbox)'

describe.skipIf(missing !== undefined)(title, { timeout: 4 * X_WAIT_MS }, () => {
  let x: XSession
  let worker: BuiltWorker
  const signal = () => AbortSignal.timeout(X_WAIT_MS)
  const probe = (ownPid = process.pid) =>
    linuxFullScreenProbe({ DISPLAY: x.display, XDG_SESSION_TYPE: 'x11' }, ownPid, worker.file)
  const busyNow = () => probe().check(signal())
  const activeIs = async (name: string) => {
    const listed = await x.run('wmctrl', ['-l'])
    const line = listed.split('\n').find((row) => row.endsWith(` ${name}`))
    const answers = await readActiveWindow(x.display, signal())
    return line !== undefined && activeWindow(answers.active) === Number.parseInt(line, 16)
  }

  beforeAll(async () => {
    // One after the other: a session that fails to start must not leave the built worker's folder behind.
    worker = await buildWorkerForTest()
    x = await startXSession()
  }, 3 * X_WAIT_MS)
  afterAll(async () => {
    await Promise.all([x?.stop(), worker?.remove()])
  })

  it('is available on an X11 session with an EWMH window manager', async () => {
    expect(await probe().available(signal())).toEqual({ available: true })
  })

  it('is not busy with no window open', async () => {
    expect(await busyNow()).toEqual([])
  })

  it('is not busy while an ordinary window is active', async () => {
    x.launch('xmessage', ['-title', 'limber-video', 'a video player'])
    await waitFor(() => activeIs('limber-video'), 'the window to become active')
    expect(await busyNow()).toEqual([])
  })

  it('is busy while the active window is full screen, and not once it leaves full screen', async () => {
    await x.run('wmctrl', ['-r', 'limber-video', '-b', 'add,fullscreen'])
    await waitFor(async () => (await busyNow()).length > 0, 'the probe to see full screen')
    expect(await busyNow()).toEqual(['full-screen'])

    await x.run('wmctrl', ['-r', 'limber-video', '-b', 'remove,fullscreen'])
    await waitFor(async () => (await busyNow()).length === 0, 'the probe to see full screen end')
    expect(await busyNow()).toEqual([])
  })

  it('does not count this app’s own full-screen window (a break), told apart by _NET_WM_PID', async () => {
    // A window of this process, named and tagged with our PID the way Chromium (so Electron) tags its windows.
    const own = await new Promise<{ close(): void }>((resolve, reject) => {
      const client = createClient({ display: x.display }, (error, display) => {
        if (error) return reject(error)
        const X = display.client as unknown as OwnWindowClient
        const root = display.screen[0]?.root ?? 0
        const window = X.AllocID()
        X.CreateWindow(window, root, 0, 0, 300, 200, 0, 0, 0, 0, {})
        X.ChangeProperty(0, window, 39 /* WM_NAME */, 31 /* STRING */, 8, Buffer.from('limber-break'))
        X.InternAtom(false, '_NET_WM_PID', (failed, pidAtom) => {
          if (failed) return reject(failed)
          X.ChangeProperty(0, window, pidAtom, 6 /* CARDINAL */, 32, [process.pid])
          X.MapWindow(window)
          resolve({ close: () => X.terminate() })
        })
      })
      client.on('error', reject)
    })
    try {
      await waitFor(
        () => x.run('wmctrl', ['-a', 'limber-break']).then(() => activeIs('limber-break')),
        'our window',
      )
      await x.run('wmctrl', ['-r', 'limber-break', '-b', 'add,fullscreen'])
      const anyone = probe(1)
      await waitFor(async () => (await anyone.check(signal())).length > 0, 'the window to go full screen')
      expect(await busyNow()).toEqual([])
    } finally {
      own.close()
    }
  })

  it('is not busy when a full-screen window sits behind the window in use', async () => {
    // The window closed by the test before may still be named active for a moment.
    await waitFor(
      () => x.run('wmctrl', ['-a', 'limber-video']).then(() => activeIs('limber-video')),
      'the video window to be active again',
    )
    await x.run('wmctrl', ['-r', 'limber-video', '-b', 'add,fullscreen'])
    await waitFor(async () => (await busyNow()).length > 0, 'the probe to see full screen')
    x.launch('xmessage', ['-title', 'limber-editor', 'the user types here'])
    await waitFor(() => activeIs('limber-editor'), 'the second window to become active')
    expect(await busyNow()).toEqual([])
  })
})
