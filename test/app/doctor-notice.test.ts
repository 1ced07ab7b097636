// When to see a doctor: starting a sore-back plan opens the settings window, where the Today view shows the warning
// signs graded by urgency (once a day; their words and tiers: test/warning-signs.test.ts and
// test/renderer/warning-signs.test.ts); plans on more than 10 of the last 14 days get one more notice, once.
import { describe, expect, it } from 'vitest'
import { inTimeZone } from './test-platform'
import { useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T09:00'): Started {
  run = testApp.start(at)
  return run
}

const status = async (s: Started) => await s.call('status:get', undefined, 'settings')
const settingsOpened = (s: Started) =>
  s.platform.windowLog.filter((w) => w.kind === 'settings' && w.open).length
/** The next morning at 09:00, after a night asleep. */
const nextMorning = (s: Started) => {
  const now = new Date(Date.now())
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0)
  s.platform.sleep((next.getTime() - now.getTime()) / 60_000)
}

describe('when to see a doctor', () => {
  it('opens the settings window at a plan start, with the warning signs up front (the window has their words)', async () => {
    const s = start()
    s.platform.clickMenu('sore-back')
    expect(s.platform.openWindows.has('settings')).toBe(true)
    expect((await status(s)).soreBack!.doctor).toEqual({ open: true })
    expect(s.platform.logs.map((l) => l.message)).toContain(
      'sore-back plan started for 3 days; showed when to see a doctor',
    )
  })

  it('shows once a day: put away, it does not come back with another start that day, but does the next day', async () => {
    const s = start()
    s.app.handleCommandLine(['--sore-back', '1d'])
    expect(settingsOpened(s)).toBe(1)
    await s.app.handleIpc('sore-back:seen', undefined, 'settings')
    expect((await status(s)).soreBack!.doctor.open).toBe(false)
    s.app.handleCommandLine(['--sore-back', 'off'])
    s.app.handleCommandLine(['--sore-back', '2d'])
    expect(settingsOpened(s)).toBe(1)
    expect((await status(s)).soreBack!.doctor.open).toBe(false)
    nextMorning(s)
    // Day 2 of the running plan: no new start, no notice.
    expect((await status(s)).soreBack!.doctor.open).toBe(false)
    s.app.handleCommandLine(['--sore-back', '3d'])
    expect(settingsOpened(s)).toBe(2)
    expect((await status(s)).soreBack!.doctor.open).toBe(true)
  })

  it('says once, and suggests a doctor, when plans ran on more than 10 of the last 14 days', async () => {
    const s = start('2026-03-01T09:00')
    const frequent: (string | null)[] = []
    for (let day = 1; day <= 13; day++) {
      s.app.handleCommandLine(['--sore-back', '1d'])
      frequent.push((await status(s)).soreBack!.frequent)
      await s.app.handleIpc('sore-back:seen', undefined, 'settings')
      nextMorning(s)
    }
    expect(frequent.slice(0, 10)).toEqual(Array(10).fill(null))
    expect(frequent[10]).toMatch(/sore on 11 of the last 14 days.*doctor.*not medical advice/)
    expect(frequent.slice(11)).toEqual([null, null])
  })

  it('counts the days a plan ran, so three long plans are "again and again" too', async () => {
    const s = start('2026-03-01T09:00')
    s.app.handleCommandLine(['--sore-back', '5d'])
    for (let i = 0; i < 5; i++) nextMorning(s) // 6 March: that plan is over
    s.app.handleCommandLine(['--sore-back', '5d'])
    expect((await status(s)).soreBack!.frequent).toBeNull()
    for (let i = 0; i < 5; i++) nextMorning(s) // 11 March: 10 days had a plan
    s.app.handleCommandLine(['--sore-back', '1d'])
    expect((await status(s)).soreBack!.frequent).toMatch(/11 of the last 14 days/)
  })

  it('says it again only after plans stopped coming so often and came back', async () => {
    const s = start('2026-03-01T09:00')
    const said: number[] = []
    for (let day = 1; day <= 46; day++) {
      // A sore spell of 12 days, three weeks of good ones, then another spell.
      if (day <= 12 || day >= 34) {
        s.app.handleCommandLine(['--sore-back', '1d'])
        if ((await status(s)).soreBack!.frequent) said.push(day)
        await s.app.handleIpc('sore-back:seen', undefined, 'settings')
      }
      nextMorning(s)
    }
    expect(said).toEqual([11, 44])
  })
})
