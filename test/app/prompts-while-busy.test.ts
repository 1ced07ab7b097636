// Don't interrupt meets the sore-back plan: the morning check-in and the brace reminder wait while the user is busy
// (a call, a presentation) and come within a minute after, with nothing saying they were held; a check-in window
// that opens by itself takes no keyboard; and the tray says both what is held and which plan day it is.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { TestPlatform, inTimeZone, useFakeClock } from './test-platform'
import { answerDoneOnShow, hhmm, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const QUESTION = 'How is your back today?'
const BRACE = 'Take the brace off for a while'

const testApp = useTestApp()
let run: Started | null = null
function start(at: string, preferences: unknown, platform?: TestPlatform): Started {
  run = platform ? testApp.start(at, { platform }) : testApp.start(at, { preferences })
  return run
}

const titled = (s: Started, title: string) => s.platform.notifications.filter((n) => n.title === title)
const status = async (s: Started) => await s.call('status:get', undefined, 'settings')
const breakContent = async (s: Started) => await s.call('break:get', undefined, 'break')

describe('prompts that are not reminders, while the user is busy', () => {
  it('asks the morning check-in within a minute after a call, not during it, and says nothing of the wait', async () => {
    // No posture or stretch breaks: only the check-in's own looks wake the app while it waits.
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.checkIn.enabled = true
    prefs.posture.enabled = false
    prefs.stretch.enabled = false
    const s = start('2026-03-02T06:00', prefs)
    s.platform.busy = ['call']
    s.platform.work(60) // wake time is 06:30; the call lasts until 07:00
    expect(titled(s, QUESTION)).toEqual([])
    // Asked once a minute while it waited, not more.
    expect(s.platform.busyChecks).toBeGreaterThanOrEqual(29)
    expect(s.platform.busyChecks).toBeLessThanOrEqual(31)
    expect((await status(s)).held).toBeUndefined()
    s.platform.busy = []
    s.platform.work(2)
    const asked = titled(s, QUESTION)
    expect(asked.map((n) => hhmm(n.at))).toEqual([expect.stringMatching(/^07:0[01]$/)])
    expect(asked[0]!.body).not.toMatch(/held/i)
    // Once asked, nothing waits: the system is not asked again for it.
    const checks = s.platform.busyChecks
    s.platform.work(60)
    expect(s.platform.busyChecks).toBe(checks)
  })

  it('is asked at once when the user is not busy, as before', () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.checkIn.enabled = true
    const s = start('2026-03-02T06:00', prefs)
    s.platform.work(40)
    expect(titled(s, QUESTION).map((n) => hhmm(n.at))).toEqual(['06:30'])
  })

  it('gives the brace reminder after a presentation, not in the middle of it', () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.soreBack.braceReminder = true
    prefs.soreBack.braceMinutes = 90
    const s = start('2026-03-02T09:00', prefs)
    answerDoneOnShow(s)
    s.app.handleCommandLine(['--sore-back']) // the brace is due at 10:30
    s.platform.work(60)
    s.platform.busy = ['presenting']
    s.platform.work(60) // presenting from 10:00 to 11:00
    expect(titled(s, BRACE)).toEqual([])
    s.platform.busy = []
    s.platform.work(2)
    expect(titled(s, BRACE).map((n) => hhmm(n.at))).toEqual([expect.stringMatching(/^11:0[01]$/)])
  })
})

describe('the check-in window', () => {
  it('opens by itself without the focus where no notification can be shown, its keys waiting for the user', async () => {
    useFakeClock('2026-03-02T08:00')
    const platform = new TestPlatform()
    platform.notificationsSupported = false
    await platform.preferencesStore.write({
      ...structuredClone(DEFAULT_PREFERENCES),
      checkIn: { enabled: true },
    })
    const s = start('2026-03-02T08:00', undefined, platform)
    expect(platform.windowLog.filter((w) => w.kind === 'break' && w.open)).toEqual([
      { kind: 'break', open: true, fullScreen: undefined, focus: false },
    ])
    expect(await breakContent(s)).toMatchObject({ kind: 'check-in', userAsked: false, held: null })
  })

  it('takes the focus when the user clicks the notification', async () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.checkIn.enabled = true
    const s = start('2026-03-02T08:00', prefs)
    s.platform.answer('open', titled(s, QUESTION)[0])
    expect(s.platform.windowLog.filter((w) => w.kind === 'break' && w.open).at(-1)?.focus).toBe(true)
    expect(await breakContent(s)).toMatchObject({ kind: 'check-in', userAsked: true })
  })
})

describe('the tray during a sore-back plan', () => {
  it('says what is held first, and the plan day after it', () => {
    const s = start('2026-03-02T09:00', undefined)
    s.app.handleCommandLine(['--sore-back'])
    s.platform.busy = ['call']
    s.platform.work(60)
    const tray = s.platform.tray
    expect(tray.tooltip).toMatch(
      /^Limber — (Posture break|Stretch) held: you are in a call · Sore-back plan: day 1 of 3$/,
    )
    const labels = tray.menu.map((item) => ('label' in item ? item.label : '-'))
    expect(labels[0]).toMatch(/held: you are in a call$/)
    expect(labels).toContain('Sore-back plan: day 1 of 3')
  })
})
