// Counts how often the running app wakes the process, on a virtual clock: an idle hour (user away, screen locked,
// paused), an idle hour for someone who uses only the bedtime reminders, a working day, and a held hour (at the
// desk in a call, a reminder waiting all hour: the system asked at most once a minute). Bundled and run by
// scripts/bench-app.mjs; it replaces the global timers and Date before the app loads, so node-schedule and the app
// run unchanged while time is simulated. Every virtual timer that runs is a wake-up: the node-schedule job's
// (including its re-waits) and the watch's (idle samples and the clock watch); the app's own counts split them by
// kind, and the most timers alive at once is checked against the app's limit of two.

// Types only: the app itself is imported below, after the virtual clock is installed.
import type { Platform } from '../../main/app/platform'

const MINUTE = 60_000

// ─── A virtual clock: wall time (Date) and monotonic time (timers, performance.now) ─────────────────────────
interface VirtualTimer {
  id: number
  at: number
  run: () => void
  unref(): VirtualTimer
  ref(): VirtualTimer
  hasRef(): boolean
}
const RealDate = Date
let wall = new RealDate('2026-03-02T08:00:00').getTime()
let mono = 0
let fired = 0
let maxLive = 0
let nextId = 1
const timers = new Map<number, VirtualTimer>()

class VirtualDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(wall)
    else super(...(args as [number]))
  }
  static override now(): number {
    return wall
  }
}
const globals = globalThis as unknown as Record<string, unknown>
globals.Date = VirtualDate
globals.setTimeout = (run: () => void, delay = 0) => {
  const timer: VirtualTimer = {
    id: nextId++,
    at: mono + Math.max(1, Number(delay) || 0),
    run,
    unref: () => timer,
    ref: () => timer,
    hasRef: () => true,
  }
  timers.set(timer.id, timer)
  maxLive = Math.max(maxLive, timers.size)
  return timer
}
globals.clearTimeout = (timer: VirtualTimer | undefined) => {
  if (timer) timers.delete(timer.id)
}

/** The timer due first, at or before `end`. */
function firstDue(end: number): VirtualTimer | null {
  let first: VirtualTimer | null = null
  for (const timer of timers.values()) if (timer.at <= end && (!first || timer.at < first.at)) first = timer
  return first
}
function runTimer(timer: VirtualTimer): void {
  timers.delete(timer.id)
  wall += timer.at - mono
  mono = timer.at
  fired++
  timer.run()
}

/** Lets `ms` pass, running each timer at its moment; every timer that runs is one wake-up of the process. */
function advance(ms: number): void {
  const end = mono + ms
  for (let first = firstDue(end); first; first = firstDue(end)) runTimer(first)
  wall += end - mono
  mono = end
}

/**
 * As advance, but after each wake-up lets promises settle (on the real event loop; no virtual time passes), so an
 * answer the platform gives later, as Electron's busy check does, reaches the app as it would.
 */
async function advanceSettling(ms: number): Promise<void> {
  const end = mono + ms
  for (let first = firstDue(end); first; first = firstDue(end)) {
    runTimer(first)
    await new Promise((settled) => setImmediate(settled))
  }
  wall += end - mono
  mono = end
}

// ─── A minimal platform ─────────────────────────────────────────────────────────────────────────────────────
type Listener<T> = (value: T) => void
const power = new Set<Listener<string>>()
/** Monotonic time of the user's last keyboard or mouse input: idle time grows from it, as the OS reports it. */
let lastInput = 0
let samples = 0
const memory = () => {
  let value: unknown
  return {
    read: () => ({ value, corrupt: false }),
    write: (next: unknown) => {
      value = next
    },
    backup: () => undefined,
  }
}
const stores = { preferences: memory(), history: memory(), state: memory() }
/** What the user is busy with, as the system's busy check answers it. */
let busy: string[] = []
let busyChecks = 0
/**
 * The check answers later, as a promise, as Electron's does (the held hour, whose clock lets promises settle); the
 * rest of the bench runs its clock without awaiting, so there the check answers at once (no timer either way).
 */
let answersLater = false
const platform = {
  clock: { now: () => wall, monotonic: () => mono },
  idleSeconds: () => {
    samples++
    return Math.floor((mono - lastInput) / 1000)
  },
  onPowerEvent: (listener: Listener<string>) => {
    power.add(listener)
    return { dispose: () => power.delete(listener) }
  },
  setTray: () => undefined,
  onMenuAction: () => ({ dispose: () => undefined }),
  notify: () => true,
  closeNotification: () => undefined,
  openWindow: () => undefined,
  closeWindow: () => undefined,
  broadcast: () => undefined,
  preferencesStore: stores.preferences,
  historyStore: stores.history,
  stateStore: stores.state,
  setStartAtLogin: () => undefined,
  inform: () => undefined,
  log: (level: string, message: string) => {
    if (level === 'error') console.error(message)
  },
  quit: () => undefined,
  appVersion: 'bench',
  busyReasons: () => {
    busyChecks++
    return answersLater ? Promise.resolve([...busy]) : [...busy]
  },
}
const emit = (event: string) => {
  for (const listener of [...power]) listener(event)
}

// The app is loaded only now, after the clock is in place (the Limber class itself, for its per-timer counts).
const { Limber } = await import('../../main/app/limber')
const { DEFAULT_PREFERENCES } = await import('../../main/core/preferences/index')
let app = new Limber(platform as unknown as Platform)

interface Counts {
  wakeUps: number
  job: number
  watch: number
  samples: number
  busyChecks: number
}
function counts(): Counts {
  const { job, watch } = app.wakeUps
  return { wakeUps: fired, job, watch, samples, busyChecks }
}
function since(before: Counts): Counts {
  const now = counts()
  return {
    wakeUps: now.wakeUps - before.wakeUps,
    job: now.job - before.job,
    watch: now.watch - before.watch,
    samples: now.samples - before.samples,
    busyChecks: now.busyChecks - before.busyChecks,
  }
}
function measure(
  label: string,
  budget: number | null,
  run: () => void,
): Counts & { label: string; budget: number | null } {
  const before = counts()
  run()
  return { label, budget, ...since(before) }
}

/** The user sits at the computer for `minutes`, touching it all the time; every reminder is answered at once. */
function atDesk(minutes: number): void {
  for (let m = 0; m < minutes; m++) {
    for (let s = 0; s < 60; s += 10) {
      lastInput = mono
      advance(10_000)
    }
    const content = app.breakContent()
    if (content) app.run({ type: 'answer', id: content.id, action: 'done' })
  }
}
/** Nobody touches the computer for `minutes` (idle time grows), then the user is back. */
function awayFor(minutes: number): void {
  advance(minutes * MINUTE)
  lastInput = mono
}

atDesk(60) // settle into the day: 09:00
const results = [
  measure('idle hour, user away from an unlocked computer', 60, () => awayFor(60)),
  measure('idle hour, screen locked', 12, () => {
    emit('lock-screen')
    advance(60 * MINUTE)
    emit('unlock-screen')
  }),
  measure('idle hour, paused', 12, () => {
    app.run({ type: 'pause', duration: '1h' })
    advance(60 * MINUTE)
  }),
]
atDesk(10)
const dayStart = counts()
// 10:10 → next day 10:10: desk until 12:30, lunch away, desk until 18:00, locked until 20:00, evening at the
// computer until 23:00, asleep until 08:00, desk until 10:10.
function workingDay(): void {
  atDesk(140)
  awayFor(45)
  atDesk(285)
  emit('lock-screen')
  advance(120 * MINUTE)
  emit('unlock-screen')
  atDesk(180)
  emit('suspend')
  wall += 9 * 60 * MINUTE
  emit('resume')
  atDesk(130)
}
workingDay()
const day = since(dayStart)

/** At the desk for `minutes`, touching the computer all the time, letting the busy check's answers land. */
async function atDeskSettling(minutes: number): Promise<void> {
  for (let s = 0; s < minutes * 60; s += 10) {
    lastInput = mono
    await advanceSettling(10_000)
  }
}
// In a call at the desk: the next reminder falls due and is held; then a whole hour of holding it.
busy = ['call']
answersLater = true
const checksBefore = busyChecks
while (busyChecks === checksBefore) await atDeskSettling(1)
const heldBefore = counts()
await atDeskSettling(60)
const heldHour = { label: 'held hour, in a call at the desk', budget: 60, ...since(heldBefore) }
const heldShown = app.breakContent() !== null
busy = []
app.dispose()

// Someone who uses only the bedtime reminders: posture and stretch breaks off.
stores.preferences.write({
  ...structuredClone(DEFAULT_PREFERENCES),
  posture: { ...DEFAULT_PREFERENCES.posture, enabled: false },
  stretch: { ...DEFAULT_PREFERENCES.stretch, enabled: false },
})
app = new Limber(platform as unknown as Platform)
const bedtimeOnly = [
  measure('idle hour, only bedtime reminders on', 12, () => awayFor(60)),
  measure('working day, only bedtime reminders on', null, workingDay),
]
app.dispose()
const leftAfterDispose = timers.size

const pad = (text: string, width: number) => text.padEnd(width)
console.log(
  'Timer wake-ups of the main process (virtual clock; a 1 s tick would be 3,600 an hour and 86,400 a day)',
)
const line = (label: string, c: Counts, extra = '') =>
  console.log(
    `  ${pad(label, 48)} ${String(c.wakeUps).padStart(5)} wake-ups  (job ${c.job}, watch ${c.watch}; ${c.samples} idle samples${extra})`,
  )
for (const r of [...results, bedtimeOnly[0]!]) line(r.label, r, `; goal ≤ ${r.budget}`)
line(heldHour.label, heldHour, `; ${heldHour.busyChecks} busy checks; goal ≤ ${heldHour.budget} of each`)
line('working day (24 h: 10.5 h at the desk, lunch, evening, night)', day)
line(bedtimeOnly[1]!.label, bedtimeOnly[1]!)
console.log(`  most timers alive at once: ${maxLive} (limit 2); left after dispose: ${leftAfterDispose}`)
if (heldShown || heldHour.busyChecks > 60 || heldHour.busyChecks < 59) {
  console.log(
    '  held hour: the reminder was not held all hour, or the system was asked more than once a minute',
  )
  process.exitCode = 1
}
for (const r of [...results, bedtimeOnly[0]!, heldHour]) {
  if (r.budget !== null && r.wakeUps > r.budget) {
    console.log(`  ${r.label}: ${r.wakeUps} wake-ups, over the goal of ${r.budget}`)
    process.exitCode = 1
  }
}
if (maxLive > 2 || leftAfterDispose > 0) {
  console.log('  the app held more than its two timers, or left one behind')
  process.exitCode = 1
}
