// Counts how often the running app wakes the process, on a virtual clock: an idle hour (user away, screen locked,
// paused) and a working day. Bundled and run by scripts/bench-app.mjs; it replaces the global timers and Date
// before the app loads, so node-schedule and the app run unchanged while time is simulated.

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
  return timer
}
globals.clearTimeout = (timer: VirtualTimer | undefined) => {
  if (timer) timers.delete(timer.id)
}

/** Lets `ms` pass, running each timer at its moment; every timer that runs is one wake-up of the process. */
function advance(ms: number): void {
  const end = mono + ms
  for (;;) {
    let first: VirtualTimer | null = null
    for (const timer of timers.values()) if (timer.at <= end && (!first || timer.at < first.at)) first = timer
    if (!first) break
    timers.delete(first.id)
    wall += first.at - mono
    mono = first.at
    fired++
    first.run()
  }
  wall += end - mono
  mono = end
}

// ─── A minimal platform ─────────────────────────────────────────────────────────────────────────────────────
type Listener<T> = (value: T) => void
const power = new Set<Listener<string>>()
let idle = 0
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
const platform = {
  clock: { now: () => wall, monotonic: () => mono },
  idleSeconds: () => {
    samples++
    return idle
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
  preferencesStore: memory(),
  historyStore: memory(),
  stateStore: memory(),
  setStartAtLogin: () => undefined,
  inform: () => undefined,
  log: (level: string, message: string) => {
    if (level === 'error') console.error(message)
  },
  quit: () => undefined,
  appVersion: 'bench',
}
const emit = (event: string) => {
  for (const listener of [...power]) listener(event)
}

// The app is loaded only now, after the clock is in place.
const { startLimber } = await import('../../main/app/index')
const app = startLimber(platform as unknown as Platform)

function measure(label: string, run: () => void): { label: string; wakeUps: number; samples: number } {
  const before = { fired, samples }
  run()
  return { label, wakeUps: fired - before.fired, samples: samples - before.samples }
}

/** The user sits at the computer for `minutes`; every reminder is answered at once through the break window. */
async function atDesk(minutes: number): Promise<void> {
  for (let m = 0; m < minutes; m++) {
    idle = 0
    advance(MINUTE)
    const content = (await app.handleIpc('break:get', undefined, 'break')) as { id: string } | null
    if (content) await app.handleIpc('reminder:act', { id: content.id, action: 'done' }, 'break')
  }
}
function awayFor(minutes: number): void {
  for (let m = 0; m < minutes; m++) {
    idle += 60
    advance(MINUTE)
  }
  idle = 0
}

await atDesk(60) // settle into the day: 09:00
const results = [
  measure('idle hour, user away from an unlocked computer', () => awayFor(60)),
  measure('idle hour, screen locked', () => {
    emit('lock-screen')
    advance(60 * MINUTE)
    emit('unlock-screen')
  }),
  measure('idle hour, paused', () => {
    void app.handleIpc('pause:start', { duration: '1h' }, 'settings')
    advance(60 * MINUTE)
  }),
]
await atDesk(10)
const dayStart = { fired, samples }
// 10:10 → next day 10:10: desk until 12:30, lunch away, desk until 18:00, locked until 20:00, evening at the
// computer until 23:00, asleep until 08:00, desk until 10:10.
await atDesk(140)
awayFor(45)
await atDesk(285)
emit('lock-screen')
advance(120 * MINUTE)
emit('unlock-screen')
await atDesk(180)
emit('suspend')
wall += 9 * 60 * MINUTE
emit('resume')
await atDesk(130)
const day = { wakeUps: fired - dayStart.fired, samples: samples - dayStart.samples }
app.dispose()

const pad = (text: string, width: number) => text.padEnd(width)
console.log(
  'Timer wake-ups of the main process (virtual clock; goal ≤ 60 per idle hour; a 1 s tick is 3,600 an hour)',
)
for (const r of results) {
  console.log(`  ${pad(r.label, 48)} ${String(r.wakeUps).padStart(5)} wake-ups  (${r.samples} idle samples)`)
}
console.log(
  `  ${pad('working day (24 h: 10.5 h at the desk, lunch, evening, night)', 48)} ${String(day.wakeUps).padStart(5)} wake-ups  (${day.samples} idle samples; 86,400 with a 1 s tick)`,
)
const worstIdle = Math.max(...results.map((r) => r.wakeUps))
if (worstIdle > 60) {
  console.log(`  an idle hour took ${worstIdle} wake-ups, over the goal of 60`)
  process.exitCode = 1
}
