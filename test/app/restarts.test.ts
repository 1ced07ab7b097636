// Restarts, lived as a user lives them: Limber quits (an update, a crash, a log-out) and starts again on the same
// files, sometimes minutes later, sometimes the next morning. Nothing is lost and nothing is doubled: a reminder on
// screen comes back or is recorded missed, a held reminder stays held and says how long since it fell due, and a
// restart across the evening records what passed the same way a sleep does.
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { MemoryStore, POSTURE, TestPlatform, inTimeZone } from './test-platform'
import type { LimberApp } from '../../main/app/index'
import { answerDoneOnShow, outcomes, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const MINUTE = 60_000
const WIND_DOWN = 'Time to wind down'
const testApp = useTestApp()

/**
 * Limber quits, `minutes` pass with it not running, and it starts again on the same files. `diligent`: the user
 * answers every reminder the moment it appears, from the first one the new start shows.
 */
function restart(started: Started, minutes = 0, diligent = false): Started {
  started.app.dispose()
  vi.setSystemTime(Date.now() + minutes * MINUTE)
  const before = started.platform
  const platform = new TestPlatform({
    preferences: before.preferencesStore,
    history: before.historyStore,
    state: before.stateStore,
    firstRun: before.firstRunStore,
  })
  platform.busy = [...before.busy]
  let app: LimberApp | null = null
  if (diligent) {
    platform.onNotified = (n) => {
      if (n.actions && app) void app.handleIpc('reminder:act', { id: n.id, action: 'done' }, 'break')
    }
  }
  const again = testApp.again({ platform })
  app = again.app
  return again
}

const reminders = (...runs: Started[]) => runs.flatMap((run) => shownReminders(run.platform))

describe('a restart while a reminder is on screen', () => {
  it('shows an unanswered wind-down again, and it ends with one outcome', async () => {
    const first = testApp.start('2026-03-02T20:00')
    first.platform.work(35) // the wind-down came at 20:30, unanswered
    const second = restart(first, 5) // 20:40
    expect(reminders(first, second)).toEqual([`20:30 ${WIND_DOWN}`, `20:40 ${WIND_DOWN}`])
    expect(second.platform.stateStore.backups).toEqual([]) // the state file read back whole
    const id = second.platform.openNotifications.at(-1)?.id ?? ''
    await second.call('reminder:act', { id, action: 'done' }, 'break')
    second.platform.work(5)
    expect(outcomes(second)['wind-down']).toEqual({ done: 1 })
  })

  it('records it missed when its moment is gone by the time Limber is back', () => {
    const first = testApp.start('2026-03-02T20:00')
    first.platform.work(35)
    const second = restart(first, 95) // 22:10: get-ready's time has come, the wind-down's is over
    answerDoneOnShow(second)
    second.platform.work(1)
    expect(outcomes(second)['wind-down']).toEqual({ missed: 1 })
    expect(reminders(second)).toEqual(['22:10 Get ready for bed'])
  })

  it('shows a posture break again after a quick restart, and records it missed after a long one', () => {
    const first = testApp.start('2026-03-02T10:00')
    first.platform.work(32) // the posture break came at 10:30, unanswered
    const second = restart(first, 1) // 10:33
    expect(reminders(second)).toEqual([`10:33 ${POSTURE}`])
    const third = restart(second, 3 * 60) // 13:33: long gone
    expect(reminders(third)).toEqual([])
    expect(outcomes(third).posture).toEqual({ missed: 1 })
  })
})

describe('a restart during a hold', () => {
  it('keeps a held posture break held, and counts "Held" from when it fell due', () => {
    const first = testApp.start('2026-03-02T10:00')
    first.platform.work(29)
    first.platform.busy = ['call']
    first.platform.work(10) // held since 10:30; 10:39
    const second = restart(first, 1) // 10:40, still in the call
    second.platform.work(10)
    expect(reminders(first, second)).toEqual([])
    second.platform.busy = []
    second.platform.work(1)
    expect(reminders(second)).toEqual([`10:51 ${POSTURE}`])
    expect(second.platform.notifications.at(-1)?.body).toMatch(/^Held 21 min while you were in a call\. /)
  })

  it('keeps a held wind-down held through a restart: "Held 21 min", not 11', () => {
    const preferences = structuredClone(DEFAULT_PREFERENCES)
    preferences.posture.enabled = false
    const first = testApp.start('2026-03-02T20:00', { preferences })
    answerDoneOnShow(first)
    first.platform.work(29)
    first.platform.busy = ['call']
    first.platform.work(10) // the wind-down fell due at 20:30
    const second = restart(first, 1) // 20:40
    second.platform.work(10)
    second.platform.busy = []
    second.platform.work(1)
    expect(reminders(second)).toEqual([`20:51 ${WIND_DOWN}`])
    expect(second.platform.notifications.at(-1)?.body).toMatch(/^Held 21 min while you were in a call\. /)
  })
})

describe('a restart long after a hold', () => {
  it('does not bring back a break held yesterday: the clocks start afresh', () => {
    const first = testApp.start('2026-03-02T10:00')
    first.platform.work(29)
    first.platform.busy = ['call']
    first.platform.work(5) // the posture break held from 10:30
    const second = restart(first, 21 * 60) // 07:34 the next morning, the call long over
    second.platform.busy = []
    answerDoneOnShow(second)
    second.platform.work(31)
    expect(reminders(second)).toEqual([`08:04 ${POSTURE}`])
    expect(second.platform.notifications.some((n) => n.body.startsWith('Held'))).toBe(false)
  })
})

describe('a restart across the evening', () => {
  /** The same evening three ways: a sleep the system reports, a sleep it loses entirely, and Limber not running. */
  function evening(gone: (started: Started) => Started): {
    shown: string[]
    outcomes: ReturnType<typeof outcomes>
  } {
    const first = testApp.start('2026-03-02T20:00')
    answerDoneOnShow(first)
    first.platform.work(105) // 21:45; the wind-down came at 20:30
    const after = gone(first)
    if (after === first) answerDoneOnShow(after)
    const back = Date.now()
    after.platform.work(65)
    return {
      shown: shownReminders(after.platform, back),
      outcomes: outcomes(after),
    }
  }

  it.each([
    [
      9.5 * 60,
      'the next morning: the evening steps missed',
      { 'get-ready': { missed: 1 }, bedtime: { missed: 1 } },
    ],
    [105, 'at 23:30: the bedtime still shown, late', { 'get-ready': { missed: 1 }, bedtime: { done: 1 } }],
  ])(
    'records and shows the same whether the machine slept or Limber was not running (%i min, %s)',
    (minutes, _, passed) => {
      const slept = evening((s) => {
        s.platform.sleep(minutes)
        return s
      })
      const lost = evening((s) => {
        s.platform.idle = minutes * 60
        vi.setSystemTime(Date.now() + minutes * MINUTE)
        s.platform.emit('time-zone-changed') // any wake-up will do; idle time still shows no input since 21:45
        return s
      })
      const restarted = evening((s) => restart(s, minutes, true))
      expect(slept.outcomes).toMatchObject(passed)
      expect(lost.outcomes).toEqual(slept.outcomes)
      expect(restarted).toEqual(slept)
    },
  )
})

describe('a state file this version cannot read', () => {
  it('sets the unreadable pieces aside with a copy of the file, and keeps the rest', () => {
    const first = testApp.start('2026-03-02T10:00')
    first.platform.work(32) // a posture break on screen
    first.app.dispose()
    const stored = JSON.parse(JSON.stringify(first.platform.stateStore.value))
    const damaged = {
      ...stored,
      scheduler: { ...stored.scheduler, pausedUntil: 'soon' },
      onScreen: { reminder: 'posture' },
      held: { since: 'noon' },
    }
    const platform = new TestPlatform({ state: new MemoryStore(damaged) })
    const second = testApp.again({ platform })
    expect(platform.stateStore.backups).toEqual([{ label: 'unreadable', value: damaged }])
    expect(platform.events('state-set-aside')[0]?.named).toEqual(['scheduler', 'onScreen', 'held'])
    expect(reminders(second)).toEqual([])
    second.platform.work(31)
    expect(reminders(second)).toEqual([`11:02 ${POSTURE}`])
  })
})
