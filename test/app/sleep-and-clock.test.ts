// Faults of time: the machine sleeping across bedtime, someone setting the clock an hour forward or back, and a
// change of time zone. Each gets exactly the right next reminder: no burst of stale ones, no duplicates.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { inTimeZone, POSTURE, STRETCH } from './test-platform'
import { hhmm, shownReminders, useTestApp, type Started, answerDoneOnShow } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at: string, preferences?: unknown): Started {
  run = testApp.start(at, { preferences })
  const started = run
  answerDoneOnShow(started)
  return started
}
/** Epoch ms of today (2 March 2026) at "HH:MM" local time. */
function at(time: string): number {
  return new Date(`2026-03-02T${time}`).getTime()
}
/** When each reminder (not heads-ups or therapy notices) was shown, to the second (answers come a tick later). */
function reminderTimes(platform: Started['platform']): number[] {
  return platform.notifications.filter((n) => n.actions).map((n) => Math.floor(n.at / 1000) * 1000)
}

describe('sleeping across bedtime', () => {
  it('shows no bedtime reminder the next morning when the machine wakes after wake time', () => {
    const { platform } = start('2026-03-02T20:00')
    platform.work(105) // 21:45; the wind-down came at 20:30
    const before = Date.now()
    platform.sleep(9 * 60 + 30) // wakes Tuesday 07:15
    expect(hhmm(Date.now())).toBe('07:15')
    platform.work(65)
    // Nothing from last night; the clocks restarted at the return: posture 07:45, stretch 08:15.
    expect(shownReminders(platform, before)).toEqual([`07:45 ${POSTURE}`, `08:15 ${STRETCH}`])
  })

  it('shows the bedtime reminder once when the machine wakes before wake time', () => {
    const { platform } = start('2026-03-02T20:00')
    platform.work(105) // 21:45
    const before = Date.now()
    platform.sleep(105) // wakes 23:30, past bedtime, the night still running
    platform.work(8 * 60) // to 07:30
    expect(shownReminders(platform, before)).toEqual([
      '23:30 Bedtime',
      `07:00 ${POSTURE}`,
      `07:30 ${STRETCH}`,
    ])
  })

  it('shows a therapy phase that ended during sleep once, not every switch it slept through', () => {
    const { platform, app } = start('2026-03-02T10:00')
    void app.handleIpc('therapy:start', { mode: 'ice' }, 'settings')
    expect(platform.notifications.at(-1)?.title).toBe('Ice on')
    platform.sleep(45) // slept through "off" (10:20) into the second "on" (10:40)
    const therapy = platform.notifications.filter((n) => n.id.startsWith('therapy'))
    expect(therapy.map((n) => n.title)).toEqual(['Ice on', 'Ice on'])
    expect(therapy[1]?.body).toMatch(/cloth/)
  })
})

describe('clock changes', () => {
  it('keeps the break rhythm when the clock jumps an hour forward, with no burst', () => {
    const { platform } = start('2026-03-02T10:00')
    platform.work(10)
    platform.jumpClock(60) // 10:10 → 11:10
    const after = Date.now()
    platform.work(55)
    // 30 and 60 minutes of real use after 10:00: 11:30 and 12:00 on the new clock. Nothing stale in between.
    expect(shownReminders(platform, after)).toEqual([`11:30 ${POSTURE}`, `12:00 ${STRETCH}`])
    expect(reminderTimes(platform)).toEqual([at('11:30'), at('12:00')])
  })

  it('shows nothing twice when the clock jumps an hour back, whatever event comes meanwhile', () => {
    const { platform } = start('2026-03-02T10:00')
    platform.work(40) // posture at 10:30
    platform.jumpClock(-60) // 10:40 → 09:40
    platform.work(5)
    platform.emit('unlock-screen') // an event in between changes nothing
    platform.work(55)
    // 60 and 90 minutes of real use after 10:00 are 10:00 and 10:30 on the new clock; the 10:30 posture break is
    // not shown again just because the clock reads 10:30 once more.
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`, `10:00 ${STRETCH}`, `10:30 ${POSTURE}`])
  })

  it('without any event, a clock set back an hour is noticed by the next idle sample: the right reminder on time', () => {
    const { platform } = start('2026-03-02T10:00')
    platform.work(40) // posture at 10:30
    platform.jumpClock(-60) // 10:40 → 09:40, with a wake-up job armed for a wall-clock time now an hour away
    platform.work(1) // the idle sampler (a monotonic timer) notices within a minute and re-arms the job
    expect(platform.events('clock-moved')).toContainEqual({ event: 'clock-moved', seconds: -3600 })
    platform.work(94) // to 11:15
    // 60, 90 and 120 minutes of real use after 10:00 are 10:00, 10:30 and 11:00 on the new clock: on time, once each.
    expect(shownReminders(platform)).toEqual([
      `10:30 ${POSTURE}`,
      `10:00 ${STRETCH}`,
      `10:30 ${POSTURE}`,
      `11:00 ${STRETCH}`,
    ])
    expect(reminderTimes(platform).slice(1)).toEqual([at('10:00'), at('10:30'), at('11:00')])
  })

  it('a clock set forward an hour is noticed by the next idle sample too: what fell due comes once, no burst', () => {
    const { platform } = start('2026-03-02T10:00')
    platform.work(25)
    platform.jumpClock(60) // 10:25 → 11:25; the posture break (10:30 by elapsed use) is 5 minutes away
    platform.work(40) // to 12:05
    expect(shownReminders(platform)).toEqual([`11:30 ${POSTURE}`, `12:00 ${STRETCH}`])
    expect(reminderTimes(platform)).toEqual([at('11:30'), at('12:00')])
  })

  it('does not repeat an evening reminder when the clock is set back over it', () => {
    const { platform } = start('2026-03-02T22:20')
    platform.work(15) // bedtime at 22:30
    platform.jumpClock(-30) // 22:35 → 22:05: get-ready (22:00) and bedtime (22:30) already handled
    platform.work(60)
    expect(
      shownReminders(platform).filter((line) => !line.includes('posture') && !line.includes('stretch')),
    ).toEqual(['22:30 Bedtime'])
  })
})

describe('time-zone change', () => {
  const evenings = {
    ...structuredClone(DEFAULT_PREFERENCES),
    posture: { ...DEFAULT_PREFERENCES.posture, enabled: false },
    stretch: { ...DEFAULT_PREFERENCES.stretch, enabled: false },
  }

  it('moving west: the wind-down comes at 20:30 local time in the new zone, once', () => {
    const { platform } = start('2026-03-02T20:00', evenings) // Berlin
    process.env.TZ = 'Europe/London' // 19:00 in London
    platform.emit('time-zone-changed')
    expect(hhmm(Date.now())).toBe('19:00')
    platform.work(4 * 60)
    expect(shownReminders(platform)).toEqual([
      '20:30 Time to wind down',
      '22:00 Get ready for bed',
      '22:30 Bedtime',
    ])
    expect(platform.menuLabels.some((label) => label.startsWith('Sleep time until'))).toBe(true)
  })

  it('moving east past the wind-down: shown once at once, then the rest at their new local times', () => {
    process.env.TZ = 'Europe/London'
    const { platform } = start('2026-03-02T19:00', evenings) // London
    platform.work(45)
    process.env.TZ = 'Europe/Berlin' // 20:45 in Berlin: the wind-down (20:30 here) has just passed
    platform.emit('time-zone-changed')
    platform.work(3 * 60)
    expect(shownReminders(platform)).toEqual([
      '20:45 Time to wind down',
      '22:00 Get ready for bed',
      '22:30 Bedtime',
    ])
  })
})
