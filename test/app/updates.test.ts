// Updates that arrive by themselves, against a fake release feed: where the copy can update itself the feed is asked
// at start and once a day, a newer version downloads in the background and installs when Limber quits; the tray and
// About say when it is ready; a failure (offline, a bad signature, no space) is logged without the user's folders and
// shown quietly in About; a restart the user asks for waits while a break is on screen; the user can turn it all
// off; a copy the system manages is left to it.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { CHECK_EVERY_MS, RETRY_AFTER_FAILURE_MS } from '../../main/app/updates/updates'
import { FakeUpdateFeed } from './fake-update-feed'
import { MemoryStore, TestPlatform, inTimeZone } from './test-platform'
import { useTestApp } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
const MINUTE = 60_000

function start(options: { feed?: FakeUpdateFeed; preferences?: unknown } = {}) {
  const feed = options.feed ?? new FakeUpdateFeed()
  const platform = new TestPlatform({
    preferences: new MemoryStore(
      options.preferences === undefined ? undefined : structuredClone(options.preferences),
    ),
  })
  platform.updater = feed
  const started = testApp.start('2026-03-02T09:00', { platform })
  return { ...started, feed, update: async () => (await started.call('status:get')).update }
}

const updateEvents = (platform: TestPlatform) =>
  platform.logs.flatMap((line) => (line.event?.event.startsWith('update-') ? [line.event] : []))

describe('an update that is available', () => {
  it('is looked for at start, downloaded in the background and installs on quit, with no window and no focus', async () => {
    const { platform, feed, update } = start()
    expect(feed.checks).toBe(1)
    expect(await update()).toMatchObject({ source: 'self', package: 'AppImage', phase: 'checking' })
    await feed.answer({ version: '1.1.0' })
    expect(feed.downloads).toBe(1)
    feed.progress(42.7)
    expect(await update()).toMatchObject({ phase: 'downloading', version: '1.1.0', percent: 42 })
    expect(feed.installOnQuit).toBe(false)
    await feed.downloaded()
    expect(await update()).toMatchObject({ phase: 'ready', version: '1.1.0' })
    expect(feed.installOnQuit).toBe(true)
    // Nothing opened, nothing notified, nothing restarted: it installs when the user quits.
    expect(platform.windowLog).toEqual([])
    expect(platform.notifications).toEqual([])
    expect(platform.informed).toEqual([])
    expect(feed.restarts).toBe(0)
    expect(platform.menuLabels).toContain('Update ready: version 1.1.0 installs when Limber quits')
    expect(updateEvents(platform).map((event) => event.event)).toEqual(['update-found', 'update-ready'])
  })

  it('installs now from the tray or About when the user asks', async () => {
    const { platform, feed, call } = start()
    await feed.answer({ version: '1.1.0' })
    await feed.downloaded()
    platform.clickMenu('update-install')
    expect(feed.restarts).toBe(1)
    expect((await call('updates:install')).update?.phase).toBe('ready')
    expect(feed.restarts).toBe(2)
  })

  it('waits for the break on screen before restarting, then restarts once it is answered', async () => {
    const { platform, feed, call } = start()
    await feed.answer({ version: '1.1.0' })
    await call('break:now')
    expect(platform.openWindows.has('break')).toBe(true)
    await feed.downloaded()
    const asked = await call('updates:install')
    expect(asked.update).toMatchObject({ phase: 'ready', restartWaiting: true })
    expect(feed.restarts).toBe(0)
    expect(platform.menuLabels).toContain('Version 1.1.0 installs after this break')
    platform.work(0.5)
    expect(feed.restarts).toBe(0)
    const content = await call('break:get', undefined, 'break')
    await call('reminder:act', { id: content?.id ?? '', action: 'done' }, 'break')
    expect(feed.restarts).toBe(1)
  })
})

describe('no update', () => {
  it('says Limber is up to date, and asks again a day later (not before)', async () => {
    const { platform, feed, update } = start()
    await feed.answer(null)
    expect(await update()).toMatchObject({ phase: 'latest' })
    expect(feed.downloads).toBe(0)
    platform.work(CHECK_EVERY_MS / MINUTE - 1)
    expect(feed.checks).toBe(1)
    platform.work(1)
    expect(feed.checks).toBe(2)
    expect(updateEvents(platform)).toEqual([{ event: 'update-none' }])
  })

  it('asks on waking when the machine slept through the day’s check', async () => {
    const { platform, feed } = start()
    await feed.answer(null)
    platform.sleep(30 * 60)
    expect(feed.checks).toBe(2)
  })
})

describe('a failed update', () => {
  const cases = [
    [
      'offline',
      Object.assign(new Error('net::ERR_INTERNET_DISCONNECTED'), { code: 'ERR_INTERNET_DISCONNECTED' }),
    ],
    ['signature', new Error('sha512 checksum mismatch, expected abc, got def')],
    [
      'no-space',
      Object.assign(
        new Error("ENOSPC: no space left on device, write '/home/ana/.cache/limber-updater/pending/x'"),
        {
          code: 'ENOSPC',
        },
      ),
    ],
  ] as const

  for (const [failure, error] of cases) {
    it(`says so quietly in About and the log (${failure}), never as a dialog, and tries again later`, async () => {
      const { platform, feed, update } = start()
      if (failure === 'offline') await feed.fail(error)
      else {
        await feed.answer({ version: '1.1.0' })
        await feed.fail(error)
      }
      expect(await update()).toMatchObject({ phase: 'failed', failure })
      expect(platform.informed).toEqual([])
      expect(platform.windowLog).toEqual([])
      const logged = platform.logs.find((line) => line.event?.event === 'update-failed')
      expect(logged?.level).toBe('warn')
      expect(JSON.stringify(logged)).not.toMatch(/home|ana|\.cache/)
      platform.work(RETRY_AFTER_FAILURE_MS / MINUTE)
      expect(feed.checks).toBe(2)
    })
  }
})

describe('the user’s choice and the kind of install', () => {
  it('checks nothing by itself when automatic updates are off; "Check for updates" still asks', async () => {
    const preferences = { ...structuredClone(DEFAULT_PREFERENCES), updates: { automatic: false } }
    const { platform, feed, call } = start({ preferences })
    platform.work(CHECK_EVERY_MS / MINUTE + 60) // past the day's check, and an hour beyond
    expect(feed.checks).toBe(0)
    expect((await call('updates:check')).update).toMatchObject({ automatic: false, phase: 'checking' })
    await feed.answer({ version: '1.1.0' })
    await feed.downloaded()
    // Downloaded because the user asked; installed when they choose, not on quit.
    expect(feed.installOnQuit).toBe(false)
  })

  it('turning them off after a download stops the install on quit; turning them on again restores it', async () => {
    const { feed, call } = start()
    await feed.answer({ version: '1.1.0' })
    await feed.downloaded()
    await call('prefs:set', { updates: { automatic: false } })
    expect(feed.installOnQuit).toBe(false)
    await call('prefs:set', { updates: { automatic: true } })
    expect(feed.installOnQuit).toBe(true)
  })

  it('leaves a deb to the system: nothing is asked, and About says where updates come from', async () => {
    const feed = new FakeUpdateFeed({ kind: 'system', package: 'deb' })
    const { platform, call, update } = start({ feed })
    platform.work(CHECK_EVERY_MS / MINUTE + 60) // past the day's check, and an hour beyond
    await call('updates:check')
    expect(feed.checks).toBe(0)
    expect(await update()).toEqual({ source: 'system', package: 'deb', automatic: true, phase: 'idle' })
  })
})
