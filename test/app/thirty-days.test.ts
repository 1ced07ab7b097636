// Thirty simulated days of a realistic routine: the app never holds more than its two timers (one node-schedule job
// and the idle sampler), never gains listeners, and its history counts exactly what the user answered.
import { afterEach, expect, it, vi } from 'vitest'
import { parseHistory, type Outcome } from '../../main/app/records/history'
import { dateKeyOf } from '../../main/core/local-time'
import { liveJobs, stopFakeClock, useFakeClock, inTimeZone } from './test-platform'
import { hhmm, startTestApp } from './test-app'

inTimeZone('Europe/Berlin')
afterEach(() => stopFakeClock())

it('runs 30 days with at most two live timers (one job), no listener growth and exact history counts', async () => {
  useFakeClock('2026-03-02T08:00')
  const { platform, app, call } = startTestApp()
  const listeners = platform.listenerCount
  const tally = new Map<string, number>()
  const count = (date: string, kind: string, outcome: Outcome) => {
    const key = `${date} ${kind} ${outcome}`
    tally.set(key, (tally.get(key) ?? 0) + 1)
  }
  // The user mostly does the break, sometimes snoozes, sometimes skips.
  const answers = ['done', 'done', 'snooze', 'done', 'skip', 'done', 'done'] as const
  let answered = 0
  const bedtimeSnoozes: number[] = []
  platform.onNotified = (n) => {
    if (!n.actions) return
    const action = answers[answered++ % answers.length]!
    if (n.title === 'Bedtime' && action === 'snooze') bedtimeSnoozes.push(n.at)
    const kind = n.id.split(':')[0]!
    const date = dateKeyOf(new Date())
    void app.handleIpc('reminder:act', { id: n.id, action }, 'break').then((answer) => {
      expect(answer).toEqual({ ok: true })
      count(date, kind, action === 'done' ? 'done' : action === 'snooze' ? 'snoozed' : 'skipped')
    })
  }

  let maxJobs = 0
  let maxTimers = 0
  const pass = (minutes: number, idle: boolean) => {
    for (let t = 0; t < minutes; t += 5) {
      if (idle) platform.idle += 300
      else platform.idle = 0
      vi.advanceTimersByTime(5 * 60_000)
      maxJobs = Math.max(maxJobs, liveJobs())
      // Every pending setTimeout (node-schedule's included) but the test user's own reactions to notifications.
      maxTimers = Math.max(maxTimers, vi.getTimerCount() - platform.pendingReactions)
    }
    platform.idle = 0
  }

  for (let day = 0; day < 30; day++) {
    pass(4 * 60 + 30, false) // 08:00–12:30 at the computer
    pass(45, true) // lunch, away
    pass(4 * 60 + 45, false) // 13:15–18:00
    platform.emit('lock-screen')
    pass(120, true) // 18:00–20:00 locked
    platform.emit('unlock-screen')
    pass(3 * 60, false) // 20:00–23:00: wind-down, get-ready, bedtime
    platform.sleep(9 * 60) // 23:00 → 08:00 asleep
    await Promise.resolve()
  }
  await Promise.resolve()

  expect(maxJobs).toBe(1)
  // Both kinds were alive at once at some point (the job and the sampler), and never more.
  expect(maxTimers).toBe(2)
  expect(platform.listenerCount).toBe(listeners)
  expect(platform.logs.filter((entry) => entry.level === 'error')).toEqual([])

  // History: every answer counted once, on the right day, for the right kind.
  const history = parseHistory(platform.historyStore.value)
  const recorded = new Map<string, number>()
  for (const [date, kinds] of Object.entries(history.days)) {
    for (const [kind, outcomes] of Object.entries(kinds)) {
      for (const [outcome, n] of Object.entries(outcomes ?? {})) {
        if (outcome === 'done' || outcome === 'snoozed' || outcome === 'skipped')
          recorded.set(`${date} ${kind} ${outcome}`, n)
      }
    }
  }
  expect(Object.fromEntries(recorded)).toEqual(Object.fromEntries(tally))
  expect(answered).toBeGreaterThan(30 * 20)
  // The lunch and the locked evening each count as a break taken away from the desk: two a day.
  const away = Object.values(history.days).map((kinds) =>
    Object.values(kinds).reduce((sum, outcomes) => sum + (outcomes?.away ?? 0), 0),
  )
  expect(away).toEqual(new Array(30).fill(2))
  // Each evening's bedtime reminder was shown at its time, and again only when the user snoozed it.
  const bedtimes = platform.notifications.filter((n) => n.title === 'Bedtime')
  expect(bedtimes.filter((n) => hhmm(n.at) === '22:30')).toHaveLength(30)
  expect(bedtimes.filter((n) => hhmm(n.at) !== '22:30').map((n) => dateKeyOf(new Date(n.at)))).toEqual(
    bedtimeSnoozes.map((at) => dateKeyOf(new Date(at))),
  )
  expect(new Set(bedtimes.filter((n) => hhmm(n.at) !== '22:30').map((n) => hhmm(n.at)))).toEqual(
    new Set(bedtimeSnoozes.length > 0 ? ['22:35'] : []),
  )
  // One reminder at a time: never two in the same minute.
  const minutes = platform.notifications.filter((n) => n.actions).map((n) => Math.floor(n.at / 60_000))
  expect(new Set(minutes).size).toBe(minutes.length)
  const summary = await call('history:get', undefined, 'settings')
  expect(summary.days).toHaveLength(14)
  expect(summary.streak).toBe(30)
  app.dispose()
  expect(liveJobs()).toBe(0)
  expect(vi.getTimerCount() - platform.pendingReactions).toBe(0)
  expect(platform.listenerCount).toBe(0)
}, 120_000)
