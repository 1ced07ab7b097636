// The evening's wind-down, get-ready and bedtime, lived as a user lives them: bedtime moved after its reminder, a
// pause holding a reminder through a settings change, a reminder shown just before the user left, and a night
// with the screen locked. A reminder the user never saw is not answered for them.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { inTimeZone } from './test-platform'
import { answerDoneOnShow, hhmm, outcomes, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const defaults = structuredClone(DEFAULT_PREFERENCES)
/** Evenings only, so the bedtime reminders are all there is to see. */
const evenings = {
  ...defaults,
  posture: { ...defaults.posture, enabled: false },
  stretch: { ...defaults.stretch, enabled: false },
}

const testApp = useTestApp()
let run: Started | null = null
function start(at: string, preferences: unknown = evenings): Started {
  run = testApp.start(at, { preferences })
  return run
}

describe('a bedtime reminder is the one due at that instant', () => {
  it('bedtime moved from 22:30 to 23:30 after the 22:30 one was shown: a bedtime reminder at 23:30', async () => {
    const started = start('2026-03-02T20:00')
    answerDoneOnShow(started)
    started.platform.work(155) // 22:35: wind-down, get-ready and bedtime done
    await started.app.handleIpc('prefs:set', { bedtime: { bedtime: '23:30', wakeTime: '07:30' } }, 'settings')
    started.platform.work(60)
    expect(shownReminders(started.platform)).toEqual([
      '20:30 Time to wind down',
      '22:00 Get ready for bed',
      '22:30 Bedtime',
      '23:00 Get ready for bed',
      '23:30 Bedtime',
    ])
  })
})

describe('a settings change never forgets a held reminder', () => {
  it('a 1-hour pause from 20:00 shows the wind-down at 21:00, even after the sound is turned on at 20:45', async () => {
    const started = start('2026-03-02T20:00')
    answerDoneOnShow(started)
    started.platform.clickMenu('pause-1h')
    started.platform.work(45)
    await started.app.handleIpc('prefs:set', { notifications: { sound: true } }, 'settings')
    started.platform.work(30)
    expect(shownReminders(started.platform)).toEqual(['21:00 Time to wind down'])
    expect(started.platform.notifications[0]!.silent).toBe(false)
  })
})

describe('unseen is not answered', () => {
  it('a wind-down shown just before the user left waits for their return', () => {
    const { platform } = start('2026-03-02T20:00')
    platform.work(32) // the wind-down at 20:30, not answered yet
    platform.emit('lock-screen') // 20:32
    platform.work(30)
    // Still there when they come back, not timed out while the room was empty.
    expect(platform.openNotifications.map((n) => n.title)).toEqual(['Time to wind down'])
    platform.emit('unlock-screen') // 21:02
    platform.work(7)
    expect(platform.openNotifications.map((n) => n.title)).toEqual(['Time to wind down'])
    // Its ten minutes count only while the user is there: two before they left, eight after.
    platform.work(2)
    expect(platform.openNotifications).toEqual([])
    expect(outcomes(run!)['wind-down']).toEqual({ 'timed-out': 1 })
  })

  it('back after bedtime, the wind-down left on screen is recorded missed and the bedtime comes instead', () => {
    const { platform } = start('2026-03-02T20:00')
    platform.work(32)
    platform.emit('lock-screen') // 20:32, the wind-down unanswered
    platform.work(130)
    const back = Date.now()
    platform.emit('unlock-screen') // 22:42
    platform.work(1)
    expect(shownReminders(platform, back)).toEqual(['22:42 Bedtime'])
    expect(outcomes(run!)['wind-down']).toEqual({ missed: 1 })
    expect(outcomes(run!)['get-ready']).toEqual({ missed: 1 })
  })

  it('no "Bedtime" catch-up at 06:15 after a night with the screen locked; the evening is recorded missed', () => {
    const { platform } = start('2026-03-02T20:00')
    platform.emit('lock-screen')
    platform.away(10 * 60 + 15) // to 06:15
    const back = Date.now()
    platform.emit('unlock-screen')
    platform.work(30)
    expect(hhmm(back)).toBe('06:15')
    expect(shownReminders(platform)).toEqual([])
    expect(outcomes(run!)).toEqual({
      'wind-down': { missed: 1 },
      'get-ready': { missed: 1 },
      bedtime: { missed: 1 },
    })
  })
})
