// The first run as a new user meets it: the settings window opens at the welcome on the very first start and
// never again by itself, and "Send a test reminder" shows a notification, or says that none could be shown.
import { afterEach, describe, expect, it } from 'vitest'
import { TEST_REMINDER_TITLE } from '../../main/app/doors/first-run'
import type { Platform } from '../../main/app/platform'
import { startLimber } from '../../main/app'
import { MemoryStore, TestPlatform, stopFakeClock, useFakeClock } from './test-platform'
import { startTestApp, type Started } from './test-app'

const runs: Started[] = []
function start(platform = new TestPlatform()): Started {
  const run = startTestApp({ platform })
  runs.push(run)
  return run
}
afterEach(() => {
  for (const run of runs.splice(0)) run.app.dispose()
  stopFakeClock()
})

const settingsOpened = (platform: TestPlatform) =>
  platform.windowLog.filter((w) => w.open && w.kind === 'settings').length

describe('the first-run welcome', () => {
  it('opens the settings window at the welcome on the very first start, once', async () => {
    useFakeClock('2026-03-02T09:00')
    const firstRun = new MemoryStore()
    const first = start(new TestPlatform({ firstRun }))
    expect(settingsOpened(first.platform)).toBe(1)
    expect(await first.app.handleIpc('welcome:get', undefined, 'settings')).toEqual({ show: true })

    // The window showed it: remembered, and not shown by itself again.
    expect(await first.app.handleIpc('welcome:seen', undefined, 'settings')).toEqual({ ok: true })
    expect(firstRun.value).toEqual({ version: 1, welcomeSeenAt: new Date('2026-03-02T09:00').getTime() })
    expect(await first.app.handleIpc('welcome:get', undefined, 'settings')).toEqual({ show: false })
    first.app.dispose()

    const second = start(new TestPlatform({ firstRun }))
    expect(settingsOpened(second.platform)).toBe(0)
    expect(await second.app.handleIpc('welcome:get', undefined, 'settings')).toEqual({ show: false })
  })

  it('greets again at the next start when the window was closed before it could show the welcome', async () => {
    useFakeClock('2026-03-02T09:00')
    const firstRun = new MemoryStore()
    start(new TestPlatform({ firstRun })).app.dispose()
    const again = start(new TestPlatform({ firstRun }))
    expect(settingsOpened(again.platform)).toBe(1)
    expect(await again.app.handleIpc('welcome:get', undefined, 'settings')).toEqual({ show: true })
  })

  it('does not greet from a damaged first-run file, nor in a shell that cannot remember it', async () => {
    useFakeClock('2026-03-02T09:00')
    const damaged = start(new TestPlatform({ firstRun: new MemoryStore(undefined, true) }))
    expect(settingsOpened(damaged.platform)).toBe(0)

    const older = new TestPlatform() as TestPlatform & Partial<Pick<Platform, 'firstRunStore'>>
    Object.defineProperty(older, 'firstRunStore', { value: undefined })
    const app = startLimber(older)
    expect(settingsOpened(older)).toBe(0)
    expect(await app.handleIpc('welcome:get', undefined, 'settings')).toEqual({ show: false })
    expect(await app.handleIpc('welcome:seen', undefined, 'settings')).toEqual({ ok: true })
    app.dispose()
  })

  it('answers only the settings window', async () => {
    useFakeClock('2026-03-02T09:00')
    const { app } = start()
    expect(await app.handleIpc('welcome:seen', undefined, 'break')).toEqual({
      error: expect.stringMatching(/not available to the break window/),
    })
    expect(await app.handleIpc('reminder:test', undefined, 'break')).toEqual({
      error: expect.stringMatching(/not available to the break window/),
    })
  })
})

describe('the test reminder', () => {
  it('shows a notification like a reminder’s and says it could be shown', async () => {
    useFakeClock('2026-03-02T09:00')
    const { app, platform } = start()
    expect(await app.handleIpc('reminder:test', undefined, 'settings')).toEqual({ shown: true })
    expect(platform.notifications).toHaveLength(1)
    expect(platform.notifications[0]).toMatchObject({
      title: TEST_REMINDER_TITLE,
      actions: false,
      silent: true,
    })
    // Nothing was due: no reminder is on screen, and the history stays empty.
    expect(await app.handleIpc('break:get', undefined, 'settings')).toBeNull()
    expect(platform.historyStore.writes).toBe(0)
  })

  it('plays the reminder sound when reminders do', async () => {
    useFakeClock('2026-03-02T09:00')
    const { app, platform } = start()
    await app.handleIpc('prefs:set', { notifications: { sound: true } }, 'settings')
    await app.handleIpc('reminder:test', undefined, 'settings')
    expect(platform.notifications.at(-1)).toMatchObject({ title: TEST_REMINDER_TITLE, silent: false })
  })

  it('says so when the system cannot show notifications', async () => {
    useFakeClock('2026-03-02T09:00')
    const { app, platform } = start()
    platform.notificationsSupported = false
    expect(await app.handleIpc('reminder:test', undefined, 'settings')).toEqual({ shown: false })
    expect(platform.notifications).toEqual([])
    expect(platform.events('test-reminder-unshown')).toHaveLength(1)
  })
})
