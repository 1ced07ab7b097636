// Don't interrupt, as a user lives it: a reminder that falls due during a call, a presentation, a full-screen app
// or Do Not Disturb waits, and comes within a minute after, saying how long it waited and why. It is not counted
// as skipped, a movement break is not doubled, an evening step long past is not shown, pause and quiet hours
// still win, and the system is asked only when a reminder is due (at most once a minute while one waits).
import { describe, expect, it, vi } from 'vitest'
import { BUSY_REASONS } from '../../main/app/platform'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { CATALOGS } from '../../locales/index'
import { POSTURE, STRETCH, inTimeZone, stopFakeClock } from './test-platform'
import { outcomes, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const defaults = structuredClone(DEFAULT_PREFERENCES)
const postureOnly = { ...defaults, stretch: { ...defaults.stretch, enabled: false } }

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T10:00', preferences?: unknown): Started {
  run = testApp.start(at, { preferences })
  return run
}

const status = async (started: Started) => await started.call('status:get', undefined, 'settings')
const breakContent = async (started: Started) => await started.call('break:get', undefined, 'break')
const lastBody = (started: Started) => started.platform.notifications.at(-1)?.body ?? ''

describe('a reminder due while the user is busy', () => {
  it('logs which kind of reminder it held, never an own reminder’s title', () => {
    const title = 'Call Dr. Weber about my MRI'
    const started = start('2026-03-02T10:00', {
      ...postureOnly,
      posture: { ...postureOnly.posture, enabled: false },
      activities: {
        ...defaults.activities,
        custom: [{ id: 'weber', enabled: true, title, time: '10:20', weekdays: [1] }],
      },
    })
    started.platform.work(15)
    started.platform.busy = ['call']
    started.platform.work(20)
    started.platform.busy = []
    started.platform.work(2)
    expect(started.platform.notifications.map((n) => n.title)).toContain(title)
    const messages = started.platform.logs.map((l) => `${l.message} ${JSON.stringify(l.detail ?? '')}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        'holding a custom reminder: call ""',
        expect.stringMatching(/^a custom reminder was held 1\d min/),
      ]),
    )
    expect(messages.join('\n')).not.toMatch(/Weber|MRI/)
  })

  it('waits through a call and comes within a minute after it, saying it was held', async () => {
    const started = start()
    const { platform } = started
    platform.work(29)
    platform.busy = ['call']
    platform.work(25.5) // the posture break fell due at 10:30; the call ends at 10:54:30
    expect(shownReminders(platform)).toEqual([])
    platform.busy = []
    platform.work(1)
    expect(shownReminders(platform)).toEqual([`10:55 ${POSTURE}`])
    expect(lastBody(started)).toMatch(/^Held 25 min while you were in a call\. /)
    const content = await breakContent(started)
    expect(content?.held).toEqual({
      minutes: 25,
      reason: 'call',
      text: 'Held 25 min while you were in a call.',
    })
  })

  it('names presenting, a full-screen app and Do Not Disturb in their own words', () => {
    const cases = [
      ['presenting', 'while you were presenting'],
      ['full-screen', 'while an app was full screen'],
      ['do-not-disturb', 'while Do Not Disturb was on'],
    ] as const
    for (const [reason, words] of cases) {
      const started = start()
      started.platform.busy = [reason]
      started.platform.work(39.5)
      expect(shownReminders(started.platform)).toEqual([])
      started.platform.busy = []
      started.platform.work(1)
      expect(lastBody(started)).toContain(`Held 10 min ${words}.`)
      started.app.dispose()
      stopFakeClock()
    }
  })

  it('is not counted as skipped, or as anything, while it waits', async () => {
    const started = start()
    started.platform.busy = ['full-screen']
    started.platform.work(90)
    expect(outcomes(started)).toEqual({})
    started.platform.busy = []
    started.platform.work(1)
    await started.app.handleIpc(
      'reminder:act',
      { id: started.platform.openNotifications[0]!.id, action: 'done' },
      'break',
    )
    expect(outcomes(started)).toEqual({ stretch: { done: 1 } })
  })

  it('a posture break held 45 minutes is replaced by the next one, not doubled', () => {
    const started = start('2026-03-02T10:00', postureOnly)
    const { platform } = started
    platform.onNotified = (n) => {
      if (n.actions) void started.app.handleIpc('reminder:act', { id: n.id, action: 'done' }, 'break')
    }
    platform.work(30)
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`])
    platform.busy = ['call'] // 11:00 falls due in the call, and 11:30 would too
    platform.work(74.5)
    platform.busy = []
    platform.work(1) // 11:45
    platform.work(30)
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`, `11:45 ${POSTURE}`, `12:15 ${POSTURE}`])
    expect(platform.notifications.filter((n) => n.actions)[1]!.body).toMatch(/^Held 45 min /)
  })

  it('a stretch falling due during a held posture break takes its place: one break after the call', () => {
    const started = start()
    started.platform.busy = ['call']
    started.platform.work(69.5) // posture due 10:30, stretch due 11:00
    started.platform.busy = []
    started.platform.work(1)
    started.platform.work(4)
    expect(shownReminders(started.platform)).toEqual([`11:10 ${STRETCH}`])
    expect(lastBody(started)).toMatch(/^Held 40 min while you were in a call\./)
  })

  it('a wind-down held through the evening is long past at 23:50: the bedtime comes then, not the wind-down', () => {
    const evenings = {
      ...defaults,
      posture: { ...defaults.posture, enabled: false },
      stretch: { ...defaults.stretch, enabled: false },
    }
    const started = start('2026-03-02T20:00', evenings)
    started.platform.busy = ['full-screen'] // a film from 20:00 to 23:49:30
    started.platform.work(229.5)
    expect(shownReminders(started.platform)).toEqual([])
    started.platform.busy = []
    started.platform.work(1)
    expect(shownReminders(started.platform)).toEqual(['23:50 Bedtime'])
    expect(lastBody(started)).toMatch(/^Held 1 hr 20 min while an app was full screen\./)
    // The steps whose time passed while held are missed, as when the user is away: not skipped.
    expect(outcomes(started)).toEqual({ 'wind-down': { missed: 1 }, 'get-ready': { missed: 1 } })
  })

  it('pausing wins: nothing comes when the call ends during the pause, and the clocks start again after it', () => {
    const started = start('2026-03-02T10:00', postureOnly)
    const { platform } = started
    platform.busy = ['call']
    platform.work(40)
    platform.clickMenu('pause-1h') // 10:40
    platform.busy = []
    platform.work(60)
    expect(shownReminders(platform)).toEqual([])
    platform.work(31)
    expect(shownReminders(platform)).toEqual([`12:10 ${POSTURE}`])
    expect(lastBody(started)).not.toMatch(/^Held/)
  })

  it('quiet hours win: a movement break held into the night is not shown, only the bedtime is', () => {
    const started = start('2026-03-02T21:50', {
      ...defaults,
      bedtime: { ...defaults.bedtime, windDownMinutes: 0, getReadyMinutes: 0 },
    })
    const { platform } = started
    platform.busy = ['call'] // posture due 22:20, bedtime 22:30
    platform.work(70)
    platform.busy = []
    platform.work(61)
    expect(shownReminders(platform)).toEqual(['23:01 Bedtime'])
  })

  it('asks the system only when a reminder is due, and at most once a minute while one waits', () => {
    const { platform } = start()
    platform.work(29.9)
    expect(platform.busyChecks).toBe(0)
    platform.busy = ['do-not-disturb']
    platform.work(0.2)
    expect(platform.busyChecks).toBe(1)
    let before = platform.busyChecks
    for (let minute = 0; minute < 60; minute++) {
      platform.work(1)
      expect(platform.busyChecks - before).toBeLessThanOrEqual(1)
      before = platform.busyChecks
    }
    expect(platform.busyChecks).toBeLessThanOrEqual(61)
    expect(platform.busyChecks).toBeGreaterThanOrEqual(60)
    platform.busy = []
    platform.work(1)
    const shown = platform.busyChecks
    platform.answer('skip')
    platform.work(20) // nothing due until the next break: no asking
    expect(platform.busyChecks).toBe(shown)
  })

  it('does not ask while Limber’s own break window is open (Windows would take it for a full-screen app)', async () => {
    const started = start('2026-03-02T20:20')
    const { platform } = started
    platform.clickMenu('break-now') // the user's own posture break, in the break window
    platform.busy = ['full-screen']
    platform.work(11) // the 20:30 wind-down falls due
    expect(platform.busyChecks).toBe(0)
    expect(shownReminders(platform)).toEqual(['20:30 Time to wind down'])
  })

  it('counts a check that throws as not busy, and says so in the log once', () => {
    const { platform } = start()
    platform.busyReasons = () => {
      platform.busyChecks++
      throw new Error('gsettings crashed')
    }
    platform.work(60)
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`, `11:00 ${STRETCH}`])
    expect(platform.events('busy-check-failed')).toHaveLength(1)
  })

  it('counts a check that rejects as not busy, logged once', async () => {
    const { platform } = start()
    platform.busyReasons = () => Promise.reject(new Error('no session bus'))
    await vi.advanceTimersByTimeAsync(61 * 60_000)
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`, `11:00 ${STRETCH}`])
    expect(platform.events('busy-check-failed')).toHaveLength(1)
  })

  it('counts a check that rejects as not busy even when the test clock never lets it settle, logged once', async () => {
    const { platform, app } = start()
    platform.busyReasons = () => {
      platform.busyChecks++
      return Promise.reject(new Error('no session bus'))
    }
    platform.work(61) // timers run without awaiting: each answer is given up on after 5 seconds
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`, `11:00 ${STRETCH}`])
    await app.handleIpc('status:get', undefined, 'settings') // now the rejections settle
    expect(platform.events('busy-check-failed')).toHaveLength(1)
    expect(platform.busyChecks).toBe(2)
  })

  it('waits for an answer that comes later, and gives up on one that never comes within seconds', async () => {
    const { platform } = start()
    platform.busyReasons = () => new Promise((resolve) => setTimeout(() => resolve(['call']), 40))
    await vi.advanceTimersByTimeAsync(40 * 60_000)
    expect(shownReminders(platform)).toEqual([])
    platform.busyReasons = () => new Promise(() => undefined)
    await vi.advanceTimersByTimeAsync(66_000)
    expect(shownReminders(platform)).toEqual([`10:41 ${POSTURE}`])
    const late = platform.notifications.at(-1)!.at - new Date('2026-03-02T10:41').getTime()
    expect(late).toBeLessThanOrEqual(6_000)
    expect(platform.events('busy-check-failed')).toHaveLength(1)
  })
})

describe('the settings that say what to wait for', () => {
  it('waits for nothing, and never asks, with every kind turned off', async () => {
    const started = start()
    await started.app.handleIpc(
      'prefs:set',
      { dontInterrupt: { fullScreen: false, calls: false, doNotDisturb: false } },
      'settings',
    )
    started.platform.busy = ['call', 'full-screen', 'do-not-disturb']
    started.platform.work(30)
    expect(shownReminders(started.platform)).toEqual([`10:30 ${POSTURE}`])
    expect(started.platform.busyChecks).toBe(0)
  })

  it('with calls turned off, a call does not hold a reminder, but Do Not Disturb still does', async () => {
    const started = start()
    await started.app.handleIpc('prefs:set', { dontInterrupt: { calls: false } }, 'settings')
    started.platform.busy = ['call']
    started.platform.work(30)
    expect(shownReminders(started.platform)).toEqual([`10:30 ${POSTURE}`])
    started.platform.answer('skip')
    started.platform.busy = ['call', 'do-not-disturb']
    started.platform.work(30)
    expect(shownReminders(started.platform)).toEqual([`10:30 ${POSTURE}`])
    expect((await status(started)).held).toMatchObject({ kind: 'stretch', reason: 'do-not-disturb' })
  })

  it('turning a kind off during a hold lets the reminder come at once', async () => {
    const started = start()
    started.platform.busy = ['presenting']
    started.platform.work(35)
    await started.app.handleIpc('prefs:set', { dontInterrupt: { fullScreen: false } }, 'settings')
    expect(shownReminders(started.platform)).toEqual([`10:35 ${POSTURE}`])
  })
})

describe('what the user is told while a reminder waits', () => {
  it('the status, the tray tooltip and the menu say what waits and why, never "now" or "in 0 min"', async () => {
    const started = start()
    const { platform } = started
    platform.busy = ['call']
    platform.work(32)
    expect((await status(started)).held).toEqual({
      kind: 'posture',
      title: 'Posture break',
      since: new Date('2026-03-02T10:30').getTime(),
      reason: 'call',
    })
    expect(platform.tray.tooltip).toBe('Limber — Posture break held: you are in a call')
    expect(platform.menuLabels[0]).toBe('Posture break held: you are in a call')
    expect(platform.menuLabels.join('|')).not.toMatch(/Posture break now|in 0 min/)
    platform.busy = []
    platform.work(1)
    expect((await status(started)).held).toBeUndefined()
    expect(platform.tray.tooltip).toBe('Limber — Posture break now')
  })

  it('a heads-up given before a break that is then held is taken down, and none comes during the hold', async () => {
    const started = start('2026-03-02T10:00', postureOnly)
    const { platform } = started
    await started.app.handleIpc('prefs:set', { notifications: { headsUpSeconds: 60 } }, 'settings')
    platform.work(29.5) // the heads-up at 10:29
    const headsUp = platform.notifications.filter((n) => !n.actions)
    expect(headsUp.map((n) => n.title)).toEqual(['A posture break in 1 minute'])
    platform.busy = ['call']
    platform.work(40)
    expect(headsUp[0]!.closed).toBe(true)
    expect(platform.notifications.filter((n) => !n.actions)).toHaveLength(1)
    platform.busy = []
    platform.work(1)
    expect(shownReminders(platform)).toEqual([`11:10 ${POSTURE}`])
  })

  it('a held reminder’s ten minutes to be answered start when it appears', () => {
    const { platform } = start('2026-03-02T10:00', postureOnly)
    platform.busy = ['call']
    platform.work(50)
    platform.busy = []
    platform.work(1) // shown at 10:51
    platform.work(9)
    expect(platform.openNotifications).toHaveLength(1)
    platform.work(1)
    expect(platform.openNotifications).toHaveLength(0)
  })
})

describe('what the settings window is told this system can tell', () => {
  it('answers each detector, and only to the settings window', async () => {
    const started = start()
    started.platform.detectors.presenting = { available: false, why: ['no-presenting-signal'] }
    expect(await started.app.handleIpc('busy:detectors', undefined, 'settings')).toEqual({
      'full-screen': { available: true, says: [] },
      presenting: {
        available: false,
        why: ['no-presenting-signal'],
        says: [CATALOGS.en.app.busyWhy['no-presenting-signal']],
      },
      call: { available: true, says: [] },
      'do-not-disturb': { available: true, says: [] },
      'screen-kept-on': { available: true, says: [] },
    })
    expect(await started.app.handleIpc('busy:detectors', undefined, 'break')).toEqual({
      error: 'busy:detectors is not available to the break window',
    })
  })

  it('says every detector is unavailable, and why, when the system cannot be asked or the asking fails', async () => {
    const started = start()
    started.platform.busyDetectors = () => Promise.reject(new Error('dbus is down'))
    const answer = await started.call('busy:detectors', undefined, 'settings')
    expect(Object.values(answer)).toEqual(
      BUSY_REASONS.map(() => ({ available: false, why: ['failed'], says: [CATALOGS.en.app.busyWhy.failed] })),
    )
    expect(started.platform.events('busy-detectors-unknown')).toHaveLength(1)
  })

  it('passes on only the reasons the window can word, and always says why a detector is unavailable', async () => {
    const started = start()
    const odd = started.platform as unknown as { detectors: Record<string, unknown> }
    odd.detectors.call = { available: false, why: 'Some English sentence from an older shell.' }
    odd.detectors['do-not-disturb'] = { available: false, why: 'needs-full-disk-access' }
    odd.detectors.presenting = { available: true, why: ['no-ewmh', 'no-ewmh', 'made-up'] }
    const answer = await started.call('busy:detectors', undefined, 'settings')
    expect(answer.call).toMatchObject({ available: false, why: ['no-way'] })
    expect(answer['do-not-disturb']).toMatchObject({ available: false, why: ['needs-full-disk-access'] })
    expect(answer.presenting).toMatchObject({ available: true, why: ['no-ewmh'] })
  })

  it('words why in the language in use, so the settings window needs no sentences of its own', async () => {
    const started = start()
    started.platform.detectors.presenting = { available: false, why: ['no-presenting-signal'] }
    await started.app.handleIpc('prefs:set', { language: 'de' }, 'settings')
    const answer = await started.call('busy:detectors', undefined, 'settings')
    expect(answer.presenting.says).toEqual([CATALOGS.de.app.busyWhy['no-presenting-signal']])
    expect(answer.presenting.says).not.toEqual([CATALOGS.en.app.busyWhy['no-presenting-signal']])
  })
})
