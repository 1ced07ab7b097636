// The check-in feeds back into safety: an answer of 8 or more, or pain that rose at three check-ins in a row,
// suggests a doctor with the warning signs at the top of Today (the settings window opens for it, as it does when a
// sore-back plan starts), once a day at most, until "Got it". A plan day's check-in carries the emergency signs'
// line (the break window's content says so; its words are the window's own). Never a diagnosis.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { inTimeZone } from './test-platform'
import { onScreen, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T06:00'): Started {
  const prefs = structuredClone(DEFAULT_PREFERENCES)
  prefs.checkIn.enabled = true
  run = testApp.start(at, { preferences: prefs })
  return run
}

const status = async (s: Started) => await s.call('status:get', undefined, 'settings')
const answer = (s: Started, pain: number) => s.app.handleIpc('check-in:save', { pain }, 'break')
const settingsOpened = (s: Started) =>
  s.platform.windowLog.filter((w) => w.kind === 'settings' && w.open).length
/** The next morning at 09:00, after a night asleep. */
const nextMorning = (s: Started) => {
  const now = new Date(Date.now())
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0)
  s.platform.sleep((next.getTime() - now.getTime()) / 60_000)
}

describe('a check-in that calls for a doctor', () => {
  it('suggests one when today’s pain is 8 or more, opening the settings window at it', async () => {
    const s = start()
    s.platform.work(60)
    await answer(s, 8)
    expect((await status(s)).checkIn?.doctor).toEqual({ why: 'high', pain: 8 })
    expect(s.platform.openWindows.has('settings')).toBe(true)
  })

  it('says nothing at 7, however the day went', async () => {
    const s = start()
    s.platform.work(60)
    await answer(s, 7)
    expect((await status(s)).checkIn?.doctor).toBeUndefined()
    expect(settingsOpened(s)).toBe(0)
  })

  it('suggests one when pain rose at three check-ins in a row, not after two rises', async () => {
    const s = start()
    const said: (string | undefined)[] = []
    for (const pain of [2, 3, 4, 5]) {
      s.platform.work(60)
      await answer(s, pain)
      said.push((await status(s)).checkIn?.doctor?.why)
      nextMorning(s)
    }
    expect(said).toEqual([undefined, undefined, undefined, 'rising'])
  })

  it('does not count a fall in between as a rise', async () => {
    const s = start()
    const said: (string | undefined)[] = []
    for (const pain of [2, 3, 2, 4, 5]) {
      s.platform.work(60)
      await answer(s, pain)
      said.push((await status(s)).checkIn?.doctor?.why)
      nextMorning(s)
    }
    expect(said).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it('suggests it once a day at most: put away, a second answer that day brings nothing', async () => {
    const s = start()
    s.platform.work(60)
    await answer(s, 9)
    expect(settingsOpened(s)).toBe(1)
    await s.app.handleIpc('sore-back:seen', undefined, 'settings')
    expect((await status(s)).checkIn?.doctor).toBeUndefined()
    await answer(s, 10)
    expect((await status(s)).checkIn?.doctor).toBeUndefined()
    expect(settingsOpened(s)).toBe(1)
    // The next day is another day.
    nextMorning(s)
    s.platform.work(1)
    await answer(s, 9)
    expect((await status(s)).checkIn?.doctor).toEqual({ why: 'high', pain: 9 })
    expect(settingsOpened(s)).toBe(2)
  })

  it('stays up through a restart the same day, and is gone the next', async () => {
    const s = start()
    s.platform.work(60)
    await answer(s, 8)
    s.app.dispose()
    run = testApp.again({ platform: s.platform })
    expect((await status(run)).checkIn?.doctor).toEqual({ why: 'high', pain: 8 })
    nextMorning(run)
    expect((await status(run)).checkIn?.doctor).toBeUndefined()
  })
})

describe('a plan day’s check-in', () => {
  it('carries the emergency signs’ line in the break window, and a plain day’s does not', async () => {
    const s = start('2026-03-02T06:29')
    s.platform.work(2)
    s.platform.answer(
      'open',
      s.platform.notifications.find((n) => n.title === 'How is your back today?'),
    )
    const plain = await onScreen(s)
    expect(plain.kind).toBe('check-in')
    expect(plain.soreDay).toBeUndefined()
    await s.app.handleIpc('check-in:dismiss', undefined, 'break')

    nextMorning(s)
    s.app.handleCommandLine(['--sore-back', '2d'])
    nextMorning(s)
    s.platform.work(1)
    const asked = s.platform.notifications.filter((n) => n.title === 'How is your back today?').at(-1)
    s.platform.answer('open', asked)
    const planDay = await s.call('break:get', undefined, 'break')
    expect(planDay).toMatchObject({ kind: 'check-in', message: 'Sore-back plan: day 2 of 2', soreDay: true })
  })
})
