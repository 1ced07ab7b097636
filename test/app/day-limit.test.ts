// An honest end to the day: the optional daily limit of time at the computer, told once when it is reached and
// gently every further hour at the computer, with a quieter tray icon; counted as the sitting figures count it (time
// away is not counted), kept across a restart, begun afresh at the local midnight, and quiet in the sleep hours.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES, type Preferences } from '../../main/core/preferences/index'
import { MemoryStore, TestPlatform, inTimeZone, stopFakeClock } from './test-platform'
import { answerDoneOnShow, hhmm, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()

function withLimit(hours: number, change?: (prefs: Preferences) => void): Preferences {
  const prefs = structuredClone(DEFAULT_PREFERENCES) as Preferences
  prefs.dayLimit = { enabled: true, hours }
  change?.(prefs)
  return prefs
}

/** A platform whose stores outlive one run of the app (a restart). */
function platformWith(
  stores: { history: MemoryStore; state: MemoryStore },
  prefs: Preferences,
): TestPlatform {
  return new TestPlatform({ ...stores, preferences: new MemoryStore(structuredClone(prefs)) })
}

function start(at: string, prefs: Preferences, platform?: TestPlatform): Started {
  const s = testApp.start(at, { preferences: prefs, platform })
  // A diligent user: every break is done at once, so nothing on screen stands in the limit's way.
  answerDoneOnShow(s)
  return s
}

/** The daily limit's notices so far, as "HH:MM title". */
const limitNotices = (s: Started) =>
  s.platform.notifications.filter((n) => n.id.startsWith('day-limit-')).map((n) => `${hhmm(n.at)} ${n.title}`)

describe('the daily limit', () => {
  it('is off by default: a long day brings no notice and keeps the usual icon', async () => {
    const s = testApp.start('2026-03-02T08:00')
    answerDoneOnShow(s)
    s.platform.work(9 * 60)
    expect(limitNotices(s)).toEqual([])
    expect(s.platform.tray.icon).toBe('active')
    expect((await s.call('status:get', undefined, 'settings')).dayLimit).toBeNull()
  })

  it('says once that the limit is reached, then gently at every further hour at the computer', async () => {
    const s = start('2026-03-02T08:00', withLimit(2))
    s.platform.work(119)
    expect(limitNotices(s)).toEqual([])
    expect(s.platform.tray.icon).toBe('active')
    s.platform.work(2)
    expect(limitNotices(s)).toEqual(['10:00 You’ve been at the computer 2 hours today'])
    // The quieter icon, and the menu says why.
    expect(s.platform.tray.icon).toBe('rest')
    expect(s.platform.menuLabels).toContain('Today’s limit reached (2 hr)')
    expect((await s.call('status:get', undefined, 'settings')).dayLimit).toEqual({ hours: 2, reached: true })
    s.platform.work(58)
    expect(limitNotices(s)).toHaveLength(1)
    s.platform.work(2)
    s.platform.work(60)
    expect(limitNotices(s)).toEqual([
      '10:00 You’ve been at the computer 2 hours today',
      '11:00 Still at the computer: 3 hours today',
      '12:00 Still at the computer: 4 hours today',
    ])
    // Gentle: no buttons, no sound unless sounds are on.
    const notice = s.platform.notifications.find((n) => n.id.startsWith('day-limit-'))
    expect(notice).toMatchObject({ actions: false, silent: true })
  })

  it('does not count time away from the computer', async () => {
    const s = start('2026-03-02T08:00', withLimit(2))
    s.platform.work(60)
    // Away for 45 minutes: idle tells it five minutes late, and those minutes are taken back.
    s.platform.away(45)
    s.platform.work(58)
    expect(limitNotices(s)).toEqual([])
    s.platform.work(5)
    const [notice] = s.platform.notifications.filter((n) => n.id.startsWith('day-limit-'))
    // Two hours at the computer: 60 before the walk and 60 after it (its return seen within a minute).
    expect(hhmm(notice!.at)).toMatch(/^10:4[5-7]$/)
    expect((await s.call('status:get', undefined, 'settings')).sitting?.activeMinutes).toBeLessThanOrEqual(
      123,
    )
  })

  it('counts across a restart, and neither repeats nor forgets what it said', () => {
    const stores = { history: new MemoryStore(), state: new MemoryStore() }
    const prefs = withLimit(2)
    const first = start('2026-03-02T08:00', prefs, platformWith(stores, prefs))
    first.platform.work(90)
    first.app.dispose()
    stopFakeClock()
    const second = start('2026-03-02T11:00', prefs, platformWith(stores, prefs))
    second.platform.work(29)
    expect(limitNotices(second)).toEqual([])
    second.platform.work(2)
    expect(limitNotices(second)).toEqual(['11:30 You’ve been at the computer 2 hours today'])
    second.app.dispose()
    stopFakeClock()
    const third = start('2026-03-02T13:00', prefs, platformWith(stores, prefs))
    expect(third.platform.tray.icon).toBe('rest')
    // 121 minutes so far today: the next word comes at three hours, 59 minutes from here.
    third.platform.work(57)
    expect(limitNotices(third)).toEqual([])
    third.platform.work(2)
    expect(limitNotices(third)).toEqual(['13:59 Still at the computer: 3 hours today'])
  })

  it('sets aside a record of what it said that it cannot read, with a copy of the file, and keeps counting', () => {
    const stores = { history: new MemoryStore(), state: new MemoryStore() }
    const prefs = withLimit(2)
    const first = start('2026-03-02T08:00', prefs, platformWith(stores, prefs))
    first.platform.work(121)
    expect(limitNotices(first)).toHaveLength(1)
    first.app.dispose()
    stopFakeClock()
    const stored = JSON.parse(JSON.stringify(stores.state.value)) as Record<string, unknown>
    const damaged = { ...stored, dayLimit: { date: 'today', toldAtSeconds: -1 } }
    stores.state.value = damaged
    const platform = platformWith(stores, prefs)
    const second = start('2026-03-02T11:00', prefs, platform)
    expect(stores.state.backups).toEqual([{ label: 'unreadable', value: damaged }])
    expect(platform.events('state-set-aside')[0]?.named).toEqual(['dayLimit'])
    // What it said is lost with the damaged piece, so it says it again at once; today's time at the computer is not.
    second.platform.work(1)
    expect(limitNotices(second)).toEqual(['11:00 You’ve been at the computer 2 hours today'])
    expect(second.platform.tray.icon).toBe('rest')
  })

  it('begins afresh at the local midnight', async () => {
    const s = start(
      '2026-03-02T21:00',
      withLimit(2, (prefs) => {
        prefs.bedtime.enabled = false
      }),
    )
    s.platform.work(121)
    expect(limitNotices(s)).toEqual(['23:00 You’ve been at the computer 2 hours today'])
    s.platform.work(60)
    // A new day: nothing sat yet, the usual icon back.
    expect(s.platform.tray.icon).toBe('active')
    expect((await s.call('status:get', undefined, 'settings')).dayLimit).toEqual({ hours: 2, reached: false })
    // No "still here" at midnight: the new day's count starts at nothing, and is told when it reaches the limit.
    s.platform.work(118)
    expect(limitNotices(s)).toHaveLength(1)
    s.platform.work(3)
    expect(limitNotices(s)).toEqual([
      '23:00 You’ve been at the computer 2 hours today',
      '02:00 You’ve been at the computer 2 hours today',
    ])
  })

  it('says a raised limit is reached when the new one is; a lowered one keeps the hourly word', async () => {
    const s = start('2026-03-02T08:00', withLimit(2))
    s.platform.work(121)
    await s.call('prefs:set', { dayLimit: { hours: 3 } }, 'settings')
    expect(s.platform.tray.icon).toBe('active')
    s.platform.work(58)
    expect(limitNotices(s)).toHaveLength(1)
    s.platform.work(2)
    expect(limitNotices(s)).toEqual([
      '10:00 You’ve been at the computer 2 hours today',
      '11:00 You’ve been at the computer 3 hours today',
    ])
    await s.call('prefs:set', { dayLimit: { hours: 1 } }, 'settings')
    s.platform.work(1)
    // Said already today, and past it by more than an hour: the next word comes at the next whole hour.
    expect(limitNotices(s)).toHaveLength(2)
    s.platform.work(60)
    expect(limitNotices(s).at(-1)).toBe('12:00 Still at the computer: 4 hours today')
  })

  it('keeps quiet in the sleep hours, when the bedtime reminders speak', () => {
    // Reached at 22:45, after the bedtime of 22:30.
    const s = start('2026-03-02T20:45', withLimit(2))
    s.platform.work(3 * 60)
    expect(limitNotices(s)).toEqual([])
    // Reached all the same: the icon says so, quietly.
    expect(s.platform.tray.icon).toBe('rest')
    expect(s.platform.notifications.map((n) => n.title)).toContain('Bedtime')
  })
})
