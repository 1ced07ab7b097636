// Never steal the keyboard: a break window that opens by itself (no notification support, a notification that
// failed) waits for a pause in typing, at most a minute, and opens without focus; its content says the user did
// not ask for it, so its keys wait for a click. A window the user asked for opens at once and takes the focus.
import { describe, expect, it, vi } from 'vitest'
import { inTimeZone } from './test-platform'
import { useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T10:00'): Started {
  run = testApp.start(at)
  return run
}

const opened = (started: Started) => started.platform.windowLog.filter((w) => w.open && w.kind === 'break')
const content = async (started: Started) => await started.call('break:get', undefined, 'break')

describe('a break window that opens by itself', () => {
  it('waits while the user types, opens without focus at the first 2-second pause, and its keys wait', async () => {
    const started = start()
    const { platform } = started
    platform.notificationsSupported = false
    platform.work(30) // 10:30: the posture break is due, the user is typing
    expect(opened(started)).toEqual([])
    vi.advanceTimersByTime(10_000) // still typing
    expect(opened(started)).toEqual([])
    platform.idle = 2 // a pause
    vi.advanceTimersByTime(2_000)
    expect(opened(started)).toEqual([{ kind: 'break', open: true, fullScreen: false, focus: false }])
    const now = await content(started)
    expect(now).toMatchObject({ kind: 'posture', userAsked: false })
  })

  it('opens at once, still without focus, when the user is not typing', () => {
    const started = start()
    started.platform.notificationsSupported = false
    started.platform.work(29.9)
    started.platform.idle = 30
    vi.advanceTimersByTime(6_000) // to 10:30:00, the moment it is due
    expect(opened(started)).toEqual([{ kind: 'break', open: true, fullScreen: false, focus: false }])
  })

  it('opens after a minute at most when the typing never pauses', () => {
    const started = start()
    started.platform.notificationsSupported = false
    started.platform.work(30)
    vi.advanceTimersByTime(59_000)
    expect(opened(started)).toEqual([])
    vi.advanceTimersByTime(1_000)
    expect(opened(started)).toEqual([{ kind: 'break', open: true, fullScreen: false, focus: false }])
  })

  it('after a notification that failed, too; a click on "Show the break" then gives it the focus and its keys', async () => {
    const started = start()
    const { platform } = started
    platform.work(30)
    platform.answer('failed')
    platform.work(1)
    expect(opened(started).map((w) => w.focus)).toEqual([false])
    platform.clickMenu('show-break')
    expect(opened(started).map((w) => w.focus)).toEqual([false, true])
    expect(await content(started)).toMatchObject({ userAsked: true })
    const pushed = platform.broadcasts.filter((b) => b.event === 'break:changed').at(-1)
    expect(pushed?.payload).toMatchObject({ userAsked: true })
  })
})

describe('a break window the user asked for', () => {
  it('a click on the notification opens it at once, with the focus', async () => {
    const started = start()
    started.platform.work(30)
    started.platform.answer('open')
    expect(opened(started)).toEqual([{ kind: 'break', open: true, fullScreen: false, focus: true }])
    expect(await content(started)).toMatchObject({ userAsked: true })
  })

  it('"Take a break now" and the tray’s stretch now open it at once, with the focus, while the user types', async () => {
    const started = start()
    started.platform.clickMenu('break-now')
    expect(opened(started).map((w) => w.focus)).toEqual([true])
    expect(await content(started)).toMatchObject({ kind: 'posture', userAsked: true })
    await started.app.handleIpc('reminder:act', { id: (await content(started))!.id, action: 'done' }, 'break')
    started.platform.clickMenu('stretch-now')
    expect(opened(started).map((w) => w.focus)).toEqual([true, true])
  })
})
