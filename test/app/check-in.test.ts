// The morning check-in, "How is your back today?": off by default; when on (or during a sore-back plan) asked once a
// day at the first minute at the computer after wake time, never to an empty room, skipped on a day away; the
// answer is kept with the history (its backups included) and shown in Progress.
import { describe, expect, it } from 'vitest'
import { parseHistory } from '../../main/app/records/history'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { MemoryStore, TestPlatform, inTimeZone, useFakeClock } from './test-platform'
import { hhmm, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const QUESTION = 'How is your back today?'

const testApp = useTestApp()
let run: Started | null = null
function start(at: string, checkIn = true, platform?: TestPlatform): Started {
  const prefs = structuredClone(DEFAULT_PREFERENCES)
  prefs.checkIn.enabled = checkIn
  run = testApp.start(at, { preferences: prefs, platform })
  return run
}

const asked = (s: Started) => s.platform.notifications.filter((n) => n.title === QUESTION)
const askedAt = (s: Started) => asked(s).map((n) => `${new Date(n.at).getDate()} ${hhmm(n.at)}`)
const status = async (s: Started) => await s.call('status:get', undefined, 'settings')
const history = async (s: Started) => await s.call('history:get', undefined, 'settings')

describe('the morning check-in', () => {
  it('is off by default', () => {
    const s = start('2026-03-02T06:00', false)
    s.platform.work(12 * 60)
    expect(asked(s)).toEqual([])
  })

  it('asks once a day, at the first minute at the computer after wake time', () => {
    const s = start('2026-03-02T05:00')
    s.platform.work(16 * 60) // until 21:00, at the computer all along
    expect(askedAt(s)).toEqual(['2 06:30'])
    expect(asked(s)[0]!.body).toMatch(/0 \(no pain\) to 10/)
    s.platform.sleep(10 * 60) // the night: 07:00 next morning
    s.platform.work(60)
    expect(askedAt(s)).toEqual(['2 06:30', '3 07:00'])
  })

  it('waits for the user to come back, and skips a day away altogether', () => {
    const s = start('2026-03-02T06:00')
    s.platform.away(120) // away until 08:00: nobody to ask at 06:30
    expect(asked(s)).toEqual([])
    s.platform.work(10)
    expect(askedAt(s)).toEqual(['2 08:01'])
    s.platform.work(12 * 60)
    s.platform.away(36 * 60) // from 20:11 until 08:11 two days later: all of the 3rd away
    expect(askedAt(s)).toEqual(['2 08:01'])
    s.platform.work(5)
    // Asked at the first look at the user after their return (the minute's samples need not fall on :00).
    expect(askedAt(s)).toEqual(['2 08:01', expect.stringMatching(/^4 08:1[12]$/)])
    const kept = parseHistory(s.platform.historyStore.value).checkIns
    expect(Object.keys(kept)).toEqual([])
  })

  it('is not asked while paused, and comes when the pause ends', () => {
    const s = start('2026-03-02T06:00')
    s.platform.clickMenu('pause-2h')
    s.platform.work(150)
    expect(askedAt(s)).toEqual(['2 08:00'])
  })

  it('opens the small break window with the question, and keeps the answer with the history', async () => {
    const s = start('2026-03-02T08:00')
    s.platform.answer('open', asked(s)[0])
    expect(s.platform.openWindows.has('break')).toBe(true)
    const content = await s.call('break:get', undefined, 'break')
    expect(content).toMatchObject({ kind: 'check-in', title: QUESTION })
    s.platform.work(3)
    expect(await s.app.handleIpc('check-in:save', { pain: 4, word: '  stiff\nmorning ' }, 'break')).toEqual({
      ok: true,
    })
    expect(s.platform.openWindows.has('break')).toBe(false)
    expect(asked(s)[0]!.closed).toBe(true)
    expect(parseHistory(s.platform.historyStore.value).checkIns).toEqual({
      '2026-03-02': { pain: 4, word: 'stiff morning', at: new Date('2026-03-02T08:03').getTime() },
    })
    expect((await status(s)).checkIn).toEqual({ open: false, today: { pain: 4, word: 'stiff morning' } })
    expect(await s.app.handleIpc('break:get', undefined, 'break')).toBeNull()
    const summary = await history(s)
    expect(summary.days.at(-1)).toMatchObject({ date: '2026-03-02', pain: 4, word: 'stiff morning' })
    expect(summary.weeks?.at(-1)).toMatchObject({ date: '2026-03-02', pain: 4 })
  })

  it('waits in the Today view when the notification is dismissed, until answered or put off', async () => {
    const s = start('2026-03-02T08:00')
    s.platform.answer('closed', asked(s)[0])
    expect((await status(s)).checkIn).toEqual({ open: true })
    await s.app.handleIpc('check-in:dismiss', undefined, 'settings')
    expect((await status(s)).checkIn).toEqual({ open: false })
    s.platform.work(8 * 60)
    expect(asked(s)).toHaveLength(1)
  })

  it('opens the break window itself where the system shows no notifications', async () => {
    useFakeClock('2026-03-02T08:00')
    const platform = new TestPlatform()
    platform.notificationsSupported = false
    await platform.preferencesStore.write({
      ...structuredClone(DEFAULT_PREFERENCES),
      checkIn: { enabled: true },
    })
    run = testApp.again({ platform })
    expect(platform.openWindows.has('break')).toBe(true)
  })

  it('keeps no bidirectional control in the word, so it cannot reorder what is shown after it', async () => {
    const s = start('2026-03-02T08:00')
    // RLO would show "…gnirts" for "string…" in the Today view, the history and the export; each control is dropped.
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F'
    const word = `sore\u202E${controls}ylno`
    expect(await s.app.handleIpc('check-in:save', { pain: 4, word }, 'break')).toEqual({ ok: true })
    expect(parseHistory(s.platform.historyStore.value).checkIns['2026-03-02']?.word).toBe('soreylno')
    expect((await status(s)).checkIn?.today).toEqual({ pain: 4, word: 'soreylno' })
    expect((await history(s)).days.at(-1)?.word).toBe('soreylno')
    // Arabic and Hebrew words keep their letters: they show right to left without any control character.
    await s.app.handleIpc('check-in:save', { pain: 3, word: '\u200Fגב תפוס' }, 'settings')
    expect((await status(s)).checkIn?.today).toEqual({ pain: 3, word: 'גב תפוס' })
  })

  it('drops bidirectional controls from a word kept by an older version, as it reads the history', async () => {
    useFakeClock('2026-03-02T08:00')
    const stored = {
      version: 1,
      days: {},
      log: [],
      checkIns: { '2026-03-01': { pain: 3, word: 'stiff\u2067 neck', at: 1 } },
      sitting: {},
    }
    const s = testApp.again({ platform: new TestPlatform({ history: new MemoryStore(stored) }) })
    expect((await history(s)).days.find((day) => day.date === '2026-03-01')?.word).toBe('stiff neck')
  })

  it('refuses an answer that is not a whole number from 0 to 10, or a word too long', async () => {
    const s = start('2026-03-02T08:00')
    for (const bad of [
      { pain: 11 },
      { pain: -1 },
      { pain: 2.5 },
      { pain: '3' },
      { pain: 3, word: 'x'.repeat(41) },
    ]) {
      expect(await s.app.handleIpc('check-in:save', bad, 'break')).toMatchObject({
        error: expect.any(String),
      })
    }
    expect(parseHistory(s.platform.historyStore.value).checkIns).toEqual({})
    expect((await status(s)).checkIn?.open).toBe(true)
  })

  it('sets an unreadable check-in aside with a copy of the file, and keeps the good ones', () => {
    useFakeClock('2026-03-02T08:00')
    const stored = {
      version: 1,
      days: {},
      log: [],
      checkIns: { '2026-02-27': { pain: 3, at: 1 }, '2026-02-28': { pain: 'bad', at: 2 } },
      sitting: { '2026-02-27': { active: 600, longest: 300 } },
    }
    const platform = new TestPlatform({ history: new MemoryStore(stored) })
    run = testApp.again({ platform })
    expect(platform.historyStore.backups.map((b) => b.label)).toEqual(['unreadable'])
    expect(platform.events('history-set-aside')[0]?.named).toContain('checkIns.2026-02-28')
    run.platform.clickMenu('break-now')
    const kept = parseHistory(platform.historyStore.value)
    expect(kept.checkIns).toEqual({ '2026-02-27': { pain: 3, at: 1 } })
    // A file from before long bouts were counted: read with none.
    expect(kept.sitting['2026-02-27']).toEqual({ active: 600, longest: 300, longBouts: 0 })
  })
})
