// Clock and zone changes nobody announces, lived as a user lives them: the clock set forward or back while nothing
// samples idle time (evenings, outside work hours, paused, or for someone who uses only the bedtime reminders),
// and travel or a zone correction the shell never reports. Each is acted on within five minutes.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { POSTURE, inTimeZone } from './test-platform'
import { answerDoneOnShow, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const MINUTE = 60_000
const defaults = structuredClone(DEFAULT_PREFERENCES)
const workHours = {
  ...defaults,
  workHours: { enabled: true, start: '09:00', end: '17:30', weekdays: [1, 2, 3, 4, 5] },
}
const bedtimeOnly = {
  ...defaults,
  posture: { ...defaults.posture, enabled: false },
  stretch: { ...defaults.stretch, enabled: false },
}
const EVENING = ['20:30 Time to wind down', '22:00 Get ready for bed', '22:30 Bedtime']

const testApp = useTestApp()
let run: Started | null = null
/** Starts Limber at a local time (in `zone` when given) with a user who does every reminder at once. */
function start(at: string, preferences?: unknown, zone?: string): Started {
  if (zone) process.env.TZ = zone
  run = testApp.start(at, { preferences })
  answerDoneOnShow(run)
  return run
}

describe('a clock set forward or back with nothing sampling idle time', () => {
  it('clock +1 h at 18:00 with work hours on: the wind-down still comes at 20:30 on the wall clock', () => {
    const { platform } = start('2026-03-02T18:00', workHours) // Monday, after work
    platform.jumpClock(60) // 18:00 → 19:00, no event
    const syncs = platform.zoneSyncs
    platform.work(150) // to 21:30 on the new clock
    expect(shownReminders(platform)).toEqual(['20:30 Time to wind down'])
    // Nothing samples idle time here, yet the app looked at the clocks (and asked for the zone) every 5 minutes.
    // Idle time is read once more, at the jump: a jump forward with no input all along would be a lost sleep.
    expect(platform.zoneSyncs - syncs).toBeGreaterThanOrEqual(150 / 5 - 1)
    expect(platform.idleSamples).toBeLessThanOrEqual(2)
    expect(platform.events('clock-moved')).toContainEqual({ event: 'clock-moved', seconds: 3600 })
  })

  it('a 2-hour pause with the clock set back an hour still lasts two hours', () => {
    const { platform } = start('2026-03-02T10:00')
    platform.clickMenu('pause-2h')
    expect(platform.menuLabels).toContain('Paused until 12:00')
    platform.work(10)
    platform.jumpClock(-60) // 10:10 → 09:10
    platform.work(5)
    // Two hours from 10:00 is 11:00 on the corrected clock.
    expect(platform.menuLabels).toContain('Paused until 11:00')
    platform.work(140) // to 11:35
    expect(shownReminders(platform)).toEqual([`11:30 ${POSTURE}`])
  })

  it('for someone who uses only the bedtime reminders, the wind-down comes on time after the clock is set back', () => {
    const { platform } = start('2026-03-02T18:00', bedtimeOnly)
    platform.work(30)
    platform.jumpClock(-60) // 18:30 → 17:30
    platform.work(5 * 60) // to 22:35
    expect(shownReminders(platform)).toEqual(EVENING)
  })
})

describe('a time zone that changes without an event', () => {
  it('New York → Berlin overnight with no zone event: the first break at 07:00 local', () => {
    const { platform } = start('2026-03-02T20:00', undefined, 'America/New_York')
    platform.work(165) // the evening in New York, to 22:45
    platform.emit('lock-screen')
    platform.away(30) // 23:15 in New York
    platform.moveZone('Europe/Berlin') // 05:15 in Berlin: the laptop's zone follows, no event
    platform.away(10)
    // Noticed within five minutes: the tray already speaks of the Berlin night.
    expect(platform.menuLabels).toContain('Sleep time until 06:30')
    platform.away(65) // 06:30 in Berlin
    const back = Date.now()
    platform.emit('unlock-screen')
    platform.work(45)
    expect(shownReminders(platform, back)).toEqual([`07:00 ${POSTURE}`])
  })

  it('the zone corrected to New York in the evening: that night has its wind-down, get-ready and bedtime', () => {
    // The machine says Berlin, but its user is in New York: the evening's reminders came in their afternoon.
    const { platform } = start('2026-03-02T20:00', bedtimeOnly)
    platform.work(165) // to 22:45 in Berlin, 16:45 in New York
    expect(shownReminders(platform)).toEqual(EVENING)
    const corrected = Date.now()
    platform.moveZone('America/New_York')
    platform.work(6 * 60) // to 22:45 in New York
    expect(shownReminders(platform, corrected)).toEqual(EVENING)
    expect(Date.now() - corrected).toBe(6 * 60 * MINUTE)
  })
})
