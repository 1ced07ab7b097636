// A year of reminders planned through the app's own planning path with the default preferences: a fresh Calendar
// and `upcoming` (nextDue stepped forward, each reminder answered at once), the path of the settings window's
// timeline and of every wake-up's next reminder. Each run has a fresh calendar (so the days are worked out anew);
// a few runs warm the JavaScript engine first. Times are CPU time, and the headline is the fastest run: the
// machines are shared, and slower runs measure other processes' interference more than this code (the median and
// the cold first run are printed beside it). Goal: 50 ms.
import { Calendar } from '../../main/core/planning/calendar'
import { upcoming } from '../../main/core/planning/next-due'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { createSchedulerState } from '../../main/core/planning/scheduler-state'

const GOAL_MS = 50
const WARM_UP = 10
const RUNS = 15
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
const fastest = times[0]!
const median = times[Math.floor(times.length / 2)]!
console.log(`Planning (default preferences, ${process.env.TZ}; goal ≤ ${GOAL_MS} ms)`)
console.log(
  `  a year of reminders planned in ${Math.round(fastest)} ms (${first.count} reminders; CPU time, fastest of ` +
    `${RUNS} after ${WARM_UP} warm-up runs; median ${Math.round(median)} ms, cold first run ${Math.round(first.ms)} ms)`,
)
if (fastest > GOAL_MS) console.log(`  over the goal of ${GOAL_MS} ms`)
