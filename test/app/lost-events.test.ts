// Events lost or bent on the way, lived as a user lives them: a screen unlocked after the user went idle, a clock
// set while a reminder is held, a time-zone correction right after the morning check-in, a snooze coming back
// just after another reminder, and a snooze that would outlive the night.
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { POSTURE, STRETCH, inTimeZone, type TestPlatform } from './test-platform'
import { answerDoneOnShow, outcomes, shownReminders, useTestApp } from './test-app'

inTimeZone('Europe/Berlin')

const MINUTE = 60_000
const testApp = useTestApp()

function prefs(change: (p: typeof DEFAULT_PREFERENCES) => void = () => undefined): unknown {
  const copy = structuredClone(DEFAULT_PREFERENCES)
  change(copy)
  return copy
}

/** The user is not at the keyboard for `minutes`: idle time grows from where it stands, and stays. */
function idle(platform: TestPlatform, minutes: number): void {
  for (let i = 0; i < minutes; i++) {
    platform.idle += 60
    vi.advanceTimersByTime(MINUTE)
  }
}

describe('an unlock', () => {
  it('ends an away that idle time started, at once: the next break counts from the unlock', () => {
    const started = testApp.start('2026-03-02T12:00')
    const { platform } = started
    answerDoneOnShow(started)
    platform.work(10)
    idle(platform, 15) // idle from 12:10: away by idle at 12:15's sample
    platform.emit('lock-screen') // the screen locks itself at 12:25 and stays locked over lunch
    idle(platform, 35) // 13:00
    platform.idle = 0 // the password typed
    const back = Date.now()
    platform.emit('unlock-screen')
    platform.work(35)
    expect(shownReminders(platform, back)).toEqual([`13:30 ${POSTURE}`])
  })
})

describe('a lost suspend and resume (lid closed, neither event delivered)', () => {
  /** The machine sleeps `minutes` with no power event at all: wall time jumps, idle time shows no input since. */
  function lostSleep(platform: TestPlatform, minutes: number): void {
    platform.idle += minutes * 60
    vi.setSystemTime(Date.now() + minutes * MINUTE)
  }

  it('is sleep, not a clock change: a pause keeps its real end, the night is a break', async () => {
    const started = testApp.start('2026-03-02T20:00')
    const { platform } = started
    answerDoneOnShow(started)
    platform.work(60) // the wind-down at 20:30
    platform.clickMenu('pause-1h') // 21:00, until 22:00
    platform.work(10)
    lostSleep(platform, 10 * 60) // 21:10 → 07:10
    idle(platform, 2) // the machine wakes; nobody has touched it yet
    expect(platform.events('clock-moved')).toEqual([])
    expect((await started.call('status:get')).paused).toBeNull()
    const back = Date.now()
    platform.work(65)
    expect(shownReminders(platform, back)).toEqual([`07:42 ${POSTURE}`, `08:12 ${STRETCH}`])
    // The evening's steps that passed asleep are missed, as for a sleep the system reported.
    expect(outcomes(started)['get-ready']).toEqual({ missed: 1 })
    expect(outcomes(started).bedtime).toEqual({ missed: 1 })
  })

  it('is sleep too when only the resume comes: the hour asleep is a break, not a burst', () => {
    const started = testApp.start('2026-03-02T10:00')
    const { platform } = started
    answerDoneOnShow(started)
    platform.work(50) // the posture break at 10:30; the next one due 11:00
    vi.setSystemTime(Date.now() + 60 * MINUTE) // 10:50 → 11:50, the suspend lost
    platform.emit('resume')
    const back = Date.now()
    platform.work(35)
    expect(platform.events('clock-moved')).toEqual([])
    expect(shownReminders(platform, back)).toEqual([`12:20 ${POSTURE}`])
  })

  it('is still a clock change for a user at the keyboard', () => {
    const started = testApp.start('2026-03-02T10:00')
    const { platform } = started
    platform.work(10)
    platform.jumpClock(10 * 60) // idle time reads 0: someone set the clock
    platform.work(1)
    expect(platform.events('clock-moved')).toHaveLength(1)
  })
})

describe('a clock change during a hold', () => {
  it('counts the hold in elapsed minutes: "Held 21 min", not an hour more', async () => {
    const started = testApp.start('2026-03-02T10:00')
    const { platform } = started
    platform.work(29)
    platform.busy = ['call']
    platform.work(10) // the posture break fell due at 10:30 and waits; 10:39
    platform.jumpClock(60) // someone sets the clock an hour forward: 11:39
    platform.work(11.5) // the call ends at 11:50:30
    expect((await started.call('status:get')).held?.since).toBe(new Date('2026-03-02T11:30').getTime())
    platform.busy = []
    platform.work(1)
    expect(shownReminders(platform)).toEqual([`11:51 ${POSTURE}`])
    expect(platform.notifications.at(-1)?.body).toMatch(/^Held 21 min while you were in a call\. /)
  })
})

describe('a time-zone correction right after the morning check-in', () => {
  it('never asks twice in the same waking period, answered or not', async () => {
    for (const answer of [true, false]) {
      process.env.TZ = 'Asia/Kolkata'
      const started = testApp.start('2026-03-03T08:00', {
        preferences: prefs((p) => (p.checkIn.enabled = true)),
      })
      const { platform } = started
      platform.work(1)
      const asked = () => platform.notifications.filter((n) => n.id.startsWith('check-in:'))
      expect(asked()).toHaveLength(1)
      if (answer) await started.call('check-in:save', { pain: 3, word: '' }, 'break')
      platform.moveZone('America/New_York') // 08:01 in Kolkata is 21:31 the day before in New York
      platform.work(12 * 60) // through the New York night to 09:31 on the 3rd
      // Asked again only at the next New York morning's wake time.
      expect(asked().map((n) => n.at)).toEqual([Date.UTC(2026, 2, 3, 2, 30), Date.UTC(2026, 2, 3, 11, 30)])
      started.app.dispose()
    }
  })
})

describe('spacing between different reminders', () => {
  it('keeps five minutes between an own reminder and a snooze coming back 30 seconds after it', () => {
    const started = testApp.start('2026-03-02T20:20', {
      preferences: prefs((p) => {
        p.posture.enabled = false
        p.stretch.enabled = false
        p.bedtime.enabled = false
        p.snoozeMinutes = 10
        p.activities.custom = [
          { id: 'mum', enabled: true, title: 'Call Mum', time: '20:25', weekdays: [1] },
          { id: 'plants', enabled: true, title: 'Water the plants', time: '20:35', weekdays: [1] },
        ]
      }),
    })
    const { platform } = started
    platform.work(5.5) // "Call Mum" came at 20:25
    platform.answer('snooze') // 20:25:30, back at 20:35:30
    answerDoneOnShow(started)
    platform.work(20)
    expect(shownReminders(platform)).toEqual(['20:25 Call Mum', '20:35 Water the plants', '20:40 Call Mum'])
  })

  it('lets a snooze shorter than the spacing come back when asked, when nothing came in between', () => {
    const started = testApp.start('2026-03-02T10:00', { preferences: prefs((p) => (p.snoozeMinutes = 1)) })
    const { platform } = started
    platform.work(30.5) // the posture break at 10:30
    platform.answer('snooze') // 10:30:30, back at 10:31:30
    answerDoneOnShow(started)
    platform.work(2)
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`, `10:31 ${POSTURE}`])
  })
})

describe('a snooze and the night', () => {
  it('does not bring back the next morning a stretch snoozed into the sleep window', () => {
    const started = testApp.start('2026-03-02T21:15')
    const { platform } = started
    platform.work(60.5) // the stretch at 22:15 (get-ready came at 22:00)
    platform.answer('snooze') // back at 22:20, when bedtime is near and breaks are over for the night
    answerDoneOnShow(started)
    const snoozed = Date.now()
    platform.work(9 * 60) // at the computer all night, to 07:15
    expect(shownReminders(platform, snoozed)).toEqual(['22:30 Bedtime', `07:00 ${POSTURE}`])
  })

  it('nor one snoozed to bedtime itself: the bedtime stands for it', () => {
    const started = testApp.start('2026-03-02T21:15', { preferences: prefs((p) => (p.snoozeMinutes = 15)) })
    const { platform } = started
    platform.work(60.5)
    platform.answer('snooze') // back at 22:30, with the bedtime
    answerDoneOnShow(started)
    const snoozed = Date.now()
    platform.work(9 * 60)
    expect(shownReminders(platform, snoozed)).toEqual(['22:30 Bedtime', `07:00 ${POSTURE}`])
    expect(outcomes(started).stretch).toEqual({ snoozed: 1 })
  })
})
