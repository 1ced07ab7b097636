// What sitting really looks like, over a simulated day: minutes at the computer and the longest stretch without a
// break, from the comings and goings Limber sees and the breaks the user takes; kept in the history across a
// restart, and split at midnight.
import { describe, expect, it } from 'vitest'
import { parseHistory } from '../../main/app/records/history'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { MemoryStore, TestPlatform, inTimeZone, stopFakeClock } from './test-platform'
import { answerDoneOnShow, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at: string, preferences?: unknown, platform?: TestPlatform): Started {
  run = testApp.start(at, { preferences, platform })
  return run
}

const sitting = async (s: Started) => (await s.call('status:get', undefined, 'settings')).sitting
const today = async (s: Started) => (await s.call('history:get', undefined, 'settings')).days.at(-1)!

describe('sitting figures', () => {
  it('count the time at the computer and the longest stretch without a break over a day', async () => {
    const s = start('2026-03-02T08:00')
    // A morning of ignoring every reminder: 100 minutes straight.
    s.platform.work(100)
    expect(await sitting(s)).toEqual({ activeMinutes: 100, longestMinutes: 100, longBouts: 1 })
    // A walk to the kitchen: away from 09:40, back (and seen back) at 10:11.
    s.platform.away(30)
    s.platform.work(49)
    // The return is seen at the next minute's look: give or take a minute.
    expect((await sitting(s))?.activeMinutes).toBeGreaterThanOrEqual(148)
    expect((await sitting(s))?.activeMinutes).toBeLessThanOrEqual(150)
    expect((await sitting(s))?.longestMinutes).toBe(100)
    // Lunch: the afternoon with every break done ends a stretch at each one.
    s.platform.away(60)
    answerDoneOnShow(s)
    s.platform.work(120)
    const figures = await sitting(s)
    expect(figures?.activeMinutes).toBeGreaterThanOrEqual(148 + 118)
    expect(figures?.activeMinutes).toBeLessThanOrEqual(150 + 121)
    expect(figures?.longestMinutes).toBe(100)
    expect(await today(s)).toMatchObject({ activeMinutes: figures!.activeMinutes, longestMinutes: 100 })
  })

  it('do not count a short absence as a break, nor as time at the computer', async () => {
    const s = start('2026-03-02T08:00')
    s.platform.work(20)
    s.platform.emit('lock-screen')
    s.platform.away(3)
    s.platform.emit('unlock-screen')
    s.platform.work(20)
    expect(await sitting(s)).toEqual({ activeMinutes: 40, longestMinutes: 43, longBouts: 1 })
  })

  it('are kept in the history, so a restart keeps them', async () => {
    const history = new MemoryStore()
    const first = start('2026-03-02T08:00', undefined, new TestPlatform({ history }))
    first.platform.work(45)
    first.app.dispose()
    run = null
    expect(parseHistory(history.value).sitting['2026-03-02']).toEqual({
      active: 45 * 60,
      longest: 45 * 60,
      longBouts: 1,
    })
    stopFakeClock()
    const second = start('2026-03-02T09:00', undefined, new TestPlatform({ history }))
    second.platform.work(30)
    expect(await sitting(second)).toEqual({ activeMinutes: 75, longestMinutes: 45, longBouts: 1 })
  })

  it('split at local midnight', async () => {
    const prefs = structuredClone(DEFAULT_PREFERENCES)
    prefs.bedtime.enabled = false
    const history = new MemoryStore()
    const s = start(
      '2026-03-02T23:30',
      undefined,
      new TestPlatform({ history, preferences: new MemoryStore(prefs) }),
    )
    s.platform.work(60)
    s.platform.away(20)
    const kept = parseHistory(history.value).sitting
    expect(kept['2026-03-02']).toEqual({ active: 30 * 60, longest: 30 * 60, longBouts: 0 })
    expect(kept['2026-03-03']).toEqual({ active: 30 * 60, longest: 30 * 60, longBouts: 0 })
  })

  it('do not count a clock set forward as time sat', async () => {
    const s = start('2026-03-02T08:00')
    s.platform.work(30)
    s.platform.jumpClock(120)
    s.platform.work(10)
    expect(await sitting(s)).toEqual({ activeMinutes: 40, longestMinutes: 40, longBouts: 1 })
  })
})
