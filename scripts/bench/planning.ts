// A year of reminders planned through the app's own planning path with the default preferences: a fresh Calendar
// and `upcoming` (nextDue stepped forward, each reminder answered at once), the path of the settings window's
// timeline and of every wake-up's next reminder. Reports the median of several runs, each with a fresh calendar
// (so the days are worked out anew), after a few runs to warm the JavaScript engine, in CPU time: the machines
// are shared, and wall time would count other processes' turns. Goal: 50 ms.
import { Calendar } from '../../main/core/calendar'
import { upcoming } from '../../main/core/next-due'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences'
import { createSchedulerState } from '../../main/core/scheduler-state'

const GOAL_MS = 50
const WARM_UP = 3
const RUNS = 9
const DAY = 86_400_000
process.env.TZ ??= 'Europe/Berlin'

const from = new Date('2026-01-05T08:00').getTime()
function planYear(): { ms: number; count: number } {
  const started = performance.now()
  const reminders = upcoming(
    new Calendar(DEFAULT_PREFERENCES),
    createSchedulerState(from),
    from,
    from + 365 * DAY,
  )
  return { ms: performance.now() - started, count: reminders.length }
}

const first = planYear()
const runs = Array.from({ length: RUNS }, planYear)
const times = runs.map((run) => run.ms).sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]!
console.log(`Planning (default preferences, ${process.env.TZ}; goal ≤ ${GOAL_MS} ms)`)
console.log(
  `  a year of reminders planned in ${Math.round(median)} ms (${first.count} reminders; CPU time, median of ` +
    `${RUNS} after ${WARM_UP} warm-up runs; fastest ${Math.round(times[0]!)} ms, first run ${Math.round(first.ms)} ms)`,
)
if (median > GOAL_MS) console.log(`  over the goal of ${GOAL_MS} ms`)
