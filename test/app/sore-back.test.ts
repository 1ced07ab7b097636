// The sore-back plan as a user lives it: started from the tray, the command line or the Today view; gentler
// breaks while it runs (an easy walk every 20 minutes, gentle stretches held briefly, ice or heat offered each
// morning, strength and yoga paused, the brace reminder); ended by itself at the midnight after its last day, or
// early; kept across a restart. Days are local days, in Berlin (with its clock change) and across a zone move.
import { describe, expect, it } from 'vitest'
import type { BreakContent } from '../../main/app/ipc-contract'
import { STRETCHES } from '../../main/core/content'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import {
  MemoryStore,
  POSTURE,
  STRETCH,
  TestPlatform,
  inTimeZone,
  stopFakeClock,
  useFakeClock,
} from './test-platform'
import { answerDoneOnShow, onScreen, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T09:00', preferences?: unknown, platform?: TestPlatform): Started {
  run = testApp.start(at, { preferences, platform })
  return run
}

const status = async (s: Started) => await s.call('status:get', undefined, 'settings')
const breakNow = (s: Started) => onScreen(s)
const upcoming = async (s: Started) => await s.call('upcoming:get', undefined, 'settings')
/** Where the stretches of `breaks` stretch breaks asked for now are done, each answered Done. */
async function positionsOver(s: Started, breaks: number): Promise<Set<string>> {
  const positions = new Set<string>()
  for (let i = 0; i < breaks; i++) {
    s.platform.clickMenu('stretch-now')
    const content = await breakNow(s)
    for (const stretch of content.stretches) positions.add(stretch.position)
    await s.call('reminder:act', { id: content.id, action: 'done' })
  }
  return positions
}
const trayAction = (s: Started, label: RegExp): string => {
  const item = s.platform.tray.menu.find((i) => i.type === 'normal' && label.test(i.label))
  if (!item || item.type !== 'normal' || !item.action) throw new Error(`no tray item ${label}`)
  return item.action
}

describe('starting a sore-back plan', () => {
  it('starts for 3 days from the tray, and the tray and its tooltip say which day it is', async () => {
    const s = start()
    expect(s.platform.menuLabels).toContain('My back hurts today')
    s.platform.clickMenu(trayAction(s, /My back hurts today/))
    expect(s.platform.menuLabels).toContain('Sore-back plan: day 1 of 3')
    expect(s.platform.menuLabels).toContain('End the sore-back plan')
    expect(s.platform.menuLabels).not.toContain('My back hurts today')
    expect(s.platform.tray.tooltip).toMatch(/Sore-back plan: day 1 of 3$/)
    expect((await status(s)).soreBack).toMatchObject({ day: 1, days: 3, title: 'Sore-back plan: day 1 of 3' })
  })

  it('starts from the command line, for 3 days by default or as long as asked, and ends with off', async () => {
    const s = start()
    expect(s.app.handleCommandLine(['--sore-back', '2d'])).toMatchObject({ ok: true })
    expect((await status(s)).soreBack).toMatchObject({ day: 1, days: 2 })
    expect(s.app.handleCommandLine(['--sore-back'])).toMatchObject({ ok: true })
    expect((await status(s)).soreBack).toMatchObject({ days: 3 })
    expect(s.app.handleCommandLine(['--sore-back=5d'])).toMatchObject({ ok: true })
    expect((await status(s)).soreBack).toMatchObject({ days: 5 })
    expect(s.app.handleCommandLine(['--sore-back', 'off'])).toEqual({
      ok: true,
      message: 'Sore-back plan ended.',
    })
    expect((await status(s)).soreBack).toBeNull()
    expect(s.platform.menuLabels).toContain('My back hurts today')
  })

  it('refuses a length it does not offer, naming what is allowed', async () => {
    const s = start()
    const refused = s.app.handleCommandLine(['--sore-back', '4d'])
    expect(refused.ok).toBe(false)
    expect(refused.message).toBe('--sore-back takes how many days or off: 1d, 2d, 3d, 5d, off.')
    expect(s.app.handleCommandLine(['--sore-back', '--pause', '1h']).ok).toBe(false)
    expect((await status(s)).soreBack).toBeNull()
  })

  it('starts from the Today view, and a window cannot ask for a length that is not offered', async () => {
    const s = start()
    const answer = await s.call('sore-back:start', { days: 5 }, 'settings')
    expect(answer.soreBack).toMatchObject({ day: 1, days: 5 })
    expect(await s.app.handleIpc('sore-back:start', { days: 4 }, 'settings')).toMatchObject({
      error: expect.stringMatching(/sore-back:start/),
    })
    await s.app.handleIpc('sore-back:end', undefined, 'settings')
    expect((await status(s)).soreBack).toBeNull()
  })
})

describe('the first day of a plan', () => {
  it('asks today’s check-in in Today, not by another notification', async () => {
    const s = start()
    s.platform.clickMenu('sore-back')
    expect((await status(s)).checkIn).toEqual({ open: true })
    s.platform.work(120)
    expect(s.platform.notifications.filter((n) => n.title === 'How is your back today?')).toEqual([])
  })

  it('works with a preferences file from before sore-back days, without saying settings were reset', async () => {
    const older = structuredClone(DEFAULT_PREFERENCES) as Record<string, unknown>
    delete older.soreBack
    delete older.checkIn
    const s = start('2026-03-02T09:00', older)
    expect(s.platform.informed).toEqual([])
    expect(s.platform.preferencesStore.backups.map((b) => b.label)).toEqual(['migrated'])
    s.app.handleCommandLine(['--sore-back'])
    answerDoneOnShow(s)
    s.platform.work(20)
    expect(shownReminders(s.platform)).toEqual([`09:20 ${POSTURE}`])
  })
})

describe('while the plan runs', () => {
  it('brings an easy one-minute walk every 20 minutes of use instead of a posture break every 30', async () => {
    const s = start()
    answerDoneOnShow(s)
    s.app.handleCommandLine(['--sore-back'])
    s.platform.work(45)
    expect(shownReminders(s.platform)).toEqual([`09:20 ${POSTURE}`, `09:40 ${POSTURE}`])
    expect(s.platform.notifications.at(-1)!.body).toMatch(/easy walk/)
    s.app.handleCommandLine(['--sore-back', 'off'])
    s.platform.work(75)
    // Back to the usual: the hourly stretch (which is a posture break too), then a posture break 30 minutes on.
    expect(shownReminders(s.platform).slice(2)).toEqual([`10:00 ${STRETCH}`, `10:30 ${POSTURE}`])
  })

  it('shows the walk with its own length and words', async () => {
    const s = start('2026-03-02T09:00', {
      ...structuredClone(DEFAULT_PREFERENCES),
      soreBack: { ...DEFAULT_PREFERENCES.soreBack, moveEveryMinutes: 15, moveSeconds: 90 },
    })
    s.app.handleCommandLine(['--sore-back'])
    s.platform.work(15)
    const content = await breakNow(s)
    expect(content).toMatchObject({ kind: 'posture', durationSeconds: 90 })
    expect(content.message).toMatch(/easy walk/)
    expect(content.tips.join(' ')).toMatch(/too much of it makes your back stiffer/)
  })

  it('keeps walks coming even when posture breaks are turned off', () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.posture.enabled = false
    const s = start('2026-03-02T09:00', prefs)
    s.app.handleCommandLine(['--sore-back', '1d'])
    s.platform.work(20)
    expect(shownReminders(s.platform)).toEqual([`09:20 ${POSTURE}`])
  })

  it('uses only gentle stretches, held 8 seconds once, each saying to stop at the first sign of pain', async () => {
    const s = start()
    s.app.handleCommandLine(['--sore-back'])
    for (let i = 0; i < 6; i++) {
      s.platform.clickMenu('stretch-now')
      const content = await breakNow(s)
      expect(content.stretches.length).toBeGreaterThan(0)
      for (const stretch of content.stretches) {
        expect(stretch.intensity).toBe('gentle')
        expect(stretch).toMatchObject({ holdSeconds: 8, repetitions: 1 })
        expect(stretch.cautions[0]).toMatch(/stop at the first sign of pain/i)
      }
      expect(content.cue).toMatch(/stop at the first sign of pain/i)
      await s.app.handleIpc('reminder:act', { id: content.id, action: 'done' }, 'break')
    }
  })

  it('pauses strength and yoga sessions, which come back when the plan ends', async () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.activities.strength.enabled = true
    prefs.activities.strength.weekdays = [0, 1, 2, 3, 4, 5, 6]
    const s = start('2026-03-02T09:00', prefs)
    expect((await upcoming(s)).map((i) => i.title)).toContain('Strength training')
    s.app.handleCommandLine(['--sore-back', '1d'])
    expect((await upcoming(s)).map((i) => i.title)).not.toContain('Strength training')
    // The stored preference is untouched: the session is paused, not turned off.
    expect((await s.call('prefs:get', undefined, 'settings')).activities.strength.enabled).toBe(true)
    s.platform.work(9 * 60 + 30)
    expect(shownReminders(s.platform).filter((r) => /Strength/.test(r))).toEqual([])
    s.app.handleCommandLine(['--sore-back', 'off'])
    expect((await upcoming(s)).map((i) => i.title)).toContain('Strength training')
  })

  it('offers heat or ice with the check-in at the first minute at the computer of each later day', async () => {
    const s = start('2026-03-02T15:00')
    s.app.handleCommandLine(['--sore-back', '2d'])
    s.platform.sleep(16 * 60 + 30) // the laptop sleeps until 07:30 next morning
    s.platform.work(1)
    const asked = s.platform.notifications.filter((n) => n.title === 'How is your back today?')
    expect(asked).toHaveLength(1)
    expect(asked[0]!.body).toMatch(/Day 2 of 2 of your sore-back plan.*heat or ice/)
    s.platform.answer('open', asked[0])
    const content = await breakNow(s)
    expect(content).toMatchObject({ kind: 'check-in', message: 'Sore-back plan: day 2 of 2' })
    expect(content.tips.join(' ')).toMatch(/Heat or ice/)
    // A plan day's check-in carries the emergency signs' line (the window words it: warning-signs.tsx).
    expect(content.soreDay).toBe(true)
    expect(s.platform.openWindows.has('break')).toBe(true)
  })
})

describe('the brace reminder', () => {
  it('says to take the brace off after the wear time, counted from the start or "I just put it on"', async () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.soreBack.braceReminder = true
    prefs.soreBack.braceMinutes = 90
    const s = start('2026-03-02T09:00', prefs)
    answerDoneOnShow(s)
    s.app.handleCommandLine(['--sore-back'])
    expect((await status(s)).soreBack?.brace).toEqual({
      since: new Date('2026-03-02T09:00').getTime(),
      remindAt: new Date('2026-03-02T10:30').getTime(),
    })
    s.platform.work(89)
    expect(s.platform.notifications.filter((n) => /brace/.test(n.title))).toEqual([])
    s.platform.work(2)
    const brace = s.platform.notifications.filter((n) => n.title === 'Take the brace off for a while')
    expect(brace).toHaveLength(1)
    expect(brace[0]!.body).toMatch(/break from the brace.*never too tight/)
    s.platform.work(120)
    expect(s.platform.notifications.filter((n) => /brace/.test(n.title))).toHaveLength(1)
    await s.app.handleIpc('sore-back:brace', { on: true }, 'settings')
    s.platform.work(91)
    expect(s.platform.notifications.filter((n) => /brace/.test(n.title))).toHaveLength(2)
  })

  it('is not given while the plan is off or the reminder is', () => {
    const s = start()
    s.app.handleCommandLine(['--sore-back'])
    s.platform.work(300)
    expect(s.platform.notifications.filter((n) => /brace/.test(n.title))).toEqual([])
  })
})

describe('the end of the plan', () => {
  it('ends by itself at the midnight after its last local day', async () => {
    const s = start('2026-03-02T21:00')
    s.app.handleCommandLine(['--sore-back', '2d'])
    s.platform.sleep(3 * 60 + 30) // 00:30 on day 2
    expect((await status(s)).soreBack).toMatchObject({ day: 2, days: 2 })
    expect(s.platform.menuLabels).toContain('Sore-back plan: day 2 of 2')
    s.platform.sleep(23 * 60 + 20) // 23:50 on day 2
    expect((await status(s)).soreBack).toMatchObject({ day: 2 })
    s.platform.work(15) // past midnight
    expect((await status(s)).soreBack).toBeNull()
    expect(s.platform.menuLabels).toContain('My back hurts today')
    expect(s.platform.events('sore-back-ended')).toEqual([{ event: 'sore-back-ended', by: 'itself' }])
  })

  it('counts local days across the spring clock change', async () => {
    // Berlin skips 02:00–03:00 on 29 March 2026.
    const s = start('2026-03-28T10:00')
    s.app.handleCommandLine(['--sore-back', '2d'])
    s.platform.sleep(24 * 60 - 60 + 30) // 10:30 on the 29th: 23.5 real hours later
    expect((await status(s)).soreBack).toMatchObject({
      day: 2,
      endsAt: new Date('2026-03-30T00:00').getTime(),
    })
  })

  it('keeps counting local days when the user moves to another zone', async () => {
    const s = start('2026-03-02T20:00')
    s.app.handleCommandLine(['--sore-back', '1d'])
    s.platform.moveZone('America/New_York') // 14:00 the same day there
    s.platform.work(1)
    expect((await status(s)).soreBack).toMatchObject({ day: 1, days: 1 })
  })

  it('is kept through a restart in the middle, tray and all', async () => {
    const state = new MemoryStore()
    const platform = new TestPlatform({ state })
    const first = start('2026-03-02T09:00', undefined, platform)
    first.app.handleCommandLine(['--sore-back', '3d'])
    first.app.dispose()
    run = null
    stopFakeClock()
    useFakeClock('2026-03-03T11:00')
    run = testApp.again({ platform: new TestPlatform({ state }) })
    expect((await status(run)).soreBack).toMatchObject({ day: 2, days: 3 })
    expect(run.platform.menuLabels).toContain('Sore-back plan: day 2 of 3')
    answerDoneOnShow(run)
    run.platform.work(20)
    expect(shownReminders(run.platform)).toEqual([`11:20 ${POSTURE}`])
  })

  it('ends early from the tray', async () => {
    const s = start()
    s.platform.clickMenu('sore-back')
    s.platform.clickMenu(trayAction(s, /End the sore-back plan/))
    expect((await status(s)).soreBack).toBeNull()
    answerDoneOnShow(s)
    s.platform.work(30)
    expect(shownReminders(s.platform)).toEqual([`09:30 ${POSTURE}`])
  })
})

describe('no floor on a sore day', () => {
  it('never picks a floor stretch for a sore-day break, over three days of breaks as they come', async () => {
    const s = start('2026-03-02T08:00')
    s.app.handleCommandLine(['--sore-back', '3d'])
    answerDoneOnShow(s)
    for (let day = 0; day < 3; day++) {
      s.platform.work(10 * 60)
      s.platform.sleep(14 * 60)
    }
    // Every break the app put on screen, as it sent it to the break window.
    const picked = s.platform.broadcasts
      .filter((b) => b.event === 'break:changed')
      .flatMap((b) => (b.payload as BreakContent | null)?.stretches ?? [])
    expect(picked.length).toBeGreaterThan(20)
    expect(picked.filter((p) => p.position === 'floor')).toEqual([])
    expect(picked.filter((p) => p.intensity !== 'gentle')).toEqual([])
  })

  it('shows no stretch at all rather than a floor one, when only floor stretches are left gentle and on', async () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    // Every gentle stretch at the desk or standing is off; two gentle floor ones stay on.
    prefs.stretch.disabledStretches = STRETCHES.filter(
      (x) => x.intensity === 'gentle' && x.position !== 'floor',
    ).map((x) => x.id)
    const s = start('2026-03-02T09:00', prefs)
    s.app.handleCommandLine(['--sore-back', '1d'])
    s.platform.clickMenu('stretch-now')
    const content = await breakNow(s)
    expect(content.stretches).toEqual([])
    expect(content.message).toBe(
      'No gentle desk or standing stretch is switched on; stand up and move gently for a minute instead.',
    )
    // The plan over, the floor is allowed again.
    s.app.handleCommandLine(['--sore-back', 'off'])
    await s.app.handleIpc('reminder:act', { id: content.id, action: 'done' }, 'break')
    expect((await positionsOver(s, 4)).has('floor')).toBe(true)
  })
})

describe('desk only', () => {
  it('keeps floor stretches out of breaks during work hours, and lets them back after', async () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.stretch.deskOnly = true
    prefs.workHours = { enabled: true, start: '09:00', end: '17:00', weekdays: [1, 2, 3, 4, 5] }
    const s = start('2026-03-02T09:00', prefs)
    const positions = await positionsOver(s, 12)
    expect(positions.has('floor')).toBe(false)
    expect(positions.has('desk')).toBe(true)
    s.platform.sleep(9 * 60) // 18:00, after work
    const evening = await positionsOver(s, 12)
    expect(evening.has('floor')).toBe(true)
  })
})
