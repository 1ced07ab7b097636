// The planner: from preferences, scheduler state and "now", decides which reminder happens when.
// Pure (no clock, no timers): the app passes "now" in, arms one timer for nextDue's answer and re-plans after every event.
//
// How reminders are decided
// - Active-use reminders (posture, stretch) count minutes of active computer use from their clock's start.
//   A stretch break is also a posture break: when the stretch falls due it resets both clocks, and when a posture
//   break falls due at most `posture.durationSeconds` before a stretch (the posture break's own length, the
//   COINCIDENCE tolerance), only the stretch is shown, at the stretch's time.
// - Active use only counts in "active-use time": outside the sleep window (bedtime → wake time) and, when work
//   hours are on, inside them on work days. Both clocks restart whenever active-use time begins again
//   (at wake time, at the start of work hours), so the first posture break of the day comes one interval after.
// - Wall-clock reminders (wind-down, get-ready, bedtime, activity sessions, custom reminders) happen at local times
//   resolved by ./local-time (DST: skipped hour → first valid instant after the gap; repeated hour → once).
//   Wind-down and get-ready are real elapsed minutes before the bedtime instant. A bedtime before noon (00:30)
//   belongs to the evening before: its key and its per-weekday override are the evening's.
// - Activity sessions and custom reminders are NOT silenced by the sleep window: the user chose their time
//   (a 05:45 yoga session before a 06:30 wake time is deliberate), so the planner keeps them.
// - `bedtime.enabled: false` turns off the bedtime reminders and the quiet time with them; `nextWakeTime` still
//   uses the sleep times (for "pause until tomorrow morning").
//
// The running app (nextDue + the on* transitions)
// - `nextDue(prefs, state, now)` answers the single next reminder; `at <= now` means "show it now", otherwise arm
//   one timer for `at`. Re-plan after every event (each on* transition, a timer firing, prefs/clock changes).
// - Wall-clock occurrences are handled once: `onShown`/`onDone`/`onSkip`/`onSnooze` put their key in
//   `handledKeys`. One that was missed (away, asleep, paused) is shown once afterwards while still relevant:
//   bedtime while that night's sleep window is open, wind-down/get-ready until the bedtime instant,
//   activity/custom up to MISSED_GRACE_MINUTES late. Only the latest missed step is caught up: a get-ready
//   also past replaces the wind-down, a bedtime both (and a later occurrence of the same activity/custom
//   reminder the earlier one). An overdue posture break with a stretch overdue too (or due within the
//   coincidence tolerance) becomes that one stretch. Occurrences at or before `lastCheckedAt` are never caught up
//   (it is set when the state is created and when preferences change, so a time just moved into the past
//   does not fire).
// - While away (`onAway` … `onBack`) nothing is shown to an empty room: active-use clocks stop, wall-clock
//   reminders whose time comes are held until the return. Back after >= naturalBreaks.idleMinutes: a natural
//   break, both clocks restart (a snoozed posture/stretch counts as done). A shorter absence: the clocks continue
//   where they stopped (the time away does not count as active use).
// - While paused nothing at all is shown, bedtime reminders included: they are held and shown at the pause's end
//   if still relevant (a pause until the next wake time therefore drops that night's bedtime). Active-use clocks
//   restart when a pause ends. 'forever' lasts until `onResume`.
// - A snoozed reminder comes back at `until` (after a pause ends, if paused). A snoozed posture or stretch is
//   dropped if it would come back outside active-use time (quiet time, outside work hours); a snoozed wall-clock
//   reminder follows the missed-reminder relevance rules.

import {
  addDays,
  atLocalTime,
  clockMinutes,
  dateKeyOf,
  daysBetween,
  parseDateKey,
  weekdayOf,
  type DateKey,
} from './local-time'
import type { Preferences } from './preferences'
import type { PlannedReminder, ReminderKind } from './reminders'

/** A reminder the running app should show at `at` (when `at <= now`, show it now). */
export interface DueReminder extends PlannedReminder {
  /** When it was originally planned (earlier than `at` when it was missed, held by a pause or snoozed). */
  plannedAt: Date
  /** True when it is shown more than LATE_AFTER_MS after its time because it was missed (away, asleep, paused). */
  late: boolean
  /** True when this is a snoozed reminder coming back. */
  snoozed: boolean
}

/** A snoozed reminder waiting to come back. */
export interface SnoozedReminder {
  kind: ReminderKind
  key: string
  title: string
  ref?: string
  /** Epoch ms of the original planned time. */
  plannedAt: number
  /** Epoch ms when it comes back. */
  until: number
}

/**
 * Everything the running app must remember between events. Plain JSON (epoch milliseconds, no Dates),
 * so it can be persisted as is; `normalizeSchedulerState` repairs anything read back from disk.
 */
export interface SchedulerState {
  /** Epoch ms when the posture clock last restarted; null = not running (nothing of this kind is due). */
  postureClockStart: number | null
  /** Epoch ms when the stretch clock last restarted; null = not running. */
  stretchClockStart: number | null
  /** Epoch ms since when the user is away (idle, locked, asleep); null = at the computer. */
  awaySince: number | null
  /** At most one snoozed reminder; a second snooze replaces the first. */
  snoozed: SnoozedReminder | null
  /** Epoch ms when a pause ends, 'forever' until resumed, null = not paused. An elapsed pause may stay here. */
  pausedUntil: number | 'forever' | null
  /** Keys of wall-clock occurrences already shown, done, snoozed or skipped; pruned to the last few days. */
  handledKeys: string[]
  /** Wall-clock occurrences at or before this epoch ms are never caught up (set at creation and on prefs change). */
  lastCheckedAt: number
}

export interface SleepWindow {
  /** The local date of the evening this night belongs to (the key of its bedtime reminders). */
  evening: DateKey
  bedtime: Date
  wake: Date
  /** Real hours between bedtime and wake (a DST night is an hour shorter or longer). */
  hours: number
}

export interface SleepLengthHint {
  hours: number
  minutes: number
  /** 7–9 hours is the recommended sleep; outside it the settings window warns (it never blocks). */
  withinRecommended: boolean
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Activity and custom reminders missed by more than this are dropped rather than shown late. */
export const MISSED_GRACE_MINUTES = 60
/** A reminder shown more than this after its time is marked `late`. */
export const LATE_AFTER_MS = MINUTE
/** handledKeys keeps at most this many keys, and none older than HANDLED_KEEP_DAYS. */
export const HANDLED_KEYS_LIMIT = 200
const HANDLED_KEEP_DAYS = 3
/** How far back nextDue looks for missed wall-clock reminders (a sleep window lasts under a day). */
const LOOKBACK_MS = 2 * DAY
/** How far ahead nextDue looks (activities and custom reminders are weekly). */
const LOOKAHEAD_MS = 8 * DAY
/**
 * Instants the planner works with (a Date reaches the year 275760; keep clear of its ends, where a few days of
 * lookahead would leave the range). Outside them nothing is planned.
 */
const EARLIEST_MS = Date.UTC(1000, 0, 1)
const LATEST_MS = 8.64e15 - 30 * DAY
/** The clocks only ever need to look this far back: anything older is overdue either way. */
const CLOCK_HORIZON_MS = 36 * HOUR

export const REMINDER_TITLES = {
  posture: 'Posture break',
  stretch: 'Stretch break',
  'wind-down': 'Wind down',
  'get-ready': 'Get ready for bed',
  bedtime: 'Bedtime',
  strength: 'Strength training',
  yoga: 'Yoga',
} as const

/** Tie order when two reminders fall at the same instant: the more time-critical first. */
const PRIORITY: Record<ReminderKind, number> = {
  bedtime: 0,
  'get-ready': 1,
  'wind-down': 2,
  activity: 3,
  custom: 4,
  stretch: 5,
  posture: 6,
}

// ─── Sleep window, work hours, active-use time ───────────────────────────────────────────────────────────────

/** The bedtime and wake time that apply to the night starting on the evening `evening` (overrides included). */
export function sleepTimesFor(prefs: Preferences, evening: DateKey): { bedtime: string; wakeTime: string } {
  const override = prefs.bedtime.overrides[String(weekdayOf(evening))]
  return override ?? { bedtime: prefs.bedtime.bedtime, wakeTime: prefs.bedtime.wakeTime }
}

/**
 * The night that starts on the evening `evening`, whether or not bedtime reminders are on. A bedtime before noon
 * lies on the next calendar day; the wake time is the first one after bedtime (the same reading means no window).
 */
export function sleepWindowFor(prefs: Preferences, evening: DateKey): SleepWindow {
  const times = sleepTimesFor(prefs, evening)
  const bedMinutes = clockMinutes(times.bedtime) ?? 0
  const wakeMinutes = clockMinutes(times.wakeTime) ?? 0
  const bedDate = bedMinutes < 12 * 60 ? addDays(evening, 1) : evening
  const bedtime = atLocalTime(bedDate, times.bedtime)
  let wake: Date
  if (wakeMinutes === bedMinutes) wake = bedtime
  else wake = atLocalTime(wakeMinutes > bedMinutes ? bedDate : addDays(bedDate, 1), times.wakeTime)
  if (wake.getTime() < bedtime.getTime()) wake = bedtime
  return { evening, bedtime, wake, hours: (wake.getTime() - bedtime.getTime()) / HOUR }
}

/** The sleep window containing `instant` (bedtime inclusive, wake exclusive); null outside one or when bedtime is off. */
export function sleepWindowAt(prefs: Preferences, instant: Date): SleepWindow | null {
  if (!prefs.bedtime.enabled) return null
  const t = instant.getTime()
  const today = dateKeyOf(instant)
  for (const offset of [0, -1, -2]) {
    const window = sleepWindowFor(prefs, addDays(today, offset))
    if (window.bedtime.getTime() <= t && t < window.wake.getTime()) return window
  }
  return null
}

/** True between the bedtime and the wake time of the night `instant` belongs to: only bedtime reminders then. */
export function isQuietTime(prefs: Preferences, instant: Date): boolean {
  return sleepWindowAt(prefs, instant) !== null
}

/** The first wake time after `now` (for "pause until tomorrow morning"); uses the sleep times even when bedtime is off. */
export function nextWakeTime(prefs: Preferences, now: Date): Date {
  const today = dateKeyOf(now)
  for (let offset = -2; offset <= 3; offset++) {
    const window = sleepWindowFor(prefs, addDays(today, offset))
    if (window.wake.getTime() > now.getTime() && window.hours > 0) return window.wake
  }
  // Only when bedtime equals wake time: a day from now.
  return new Date(now.getTime() + DAY)
}

/** How long a night from `bedtime` to `wakeTime` ('HH:MM') is on the wall clock, and whether it is 7–9 hours. */
export function sleepLengthHint(bedtime: string, wakeTime: string): SleepLengthHint {
  const bed = clockMinutes(bedtime) ?? 0
  const wake = clockMinutes(wakeTime) ?? 0
  const total = (wake - bed + 24 * 60) % (24 * 60)
  return {
    hours: Math.floor(total / 60),
    minutes: total % 60,
    withinRecommended: total >= 7 * 60 && total <= 9 * 60,
  }
}

/** The work period starting on the local date `day` (null on a day off); an end before the start is the next day. */
function workPeriodFor(prefs: Preferences, day: DateKey): { start: number; end: number } | null {
  const work = prefs.workHours
  if (!work.weekdays.includes(weekdayOf(day))) return null
  const startMinutes = clockMinutes(work.start) ?? 0
  const endMinutes = clockMinutes(work.end) ?? 0
  const start = atLocalTime(day, work.start).getTime()
  const end = atLocalTime(endMinutes > startMinutes ? day : addDays(day, 1), work.end).getTime()
  return { start, end }
}

/** True when posture and stretch reminders may happen: outside the sleep window and, if on, inside work hours. */
export function isActiveUseTime(prefs: Preferences, instant: Date): boolean {
  if (isQuietTime(prefs, instant)) return false
  if (!prefs.workHours.enabled) return true
  const t = instant.getTime()
  const today = dateKeyOf(instant)
  for (const offset of [0, -1]) {
    const period = workPeriodFor(prefs, addDays(today, offset))
    if (period && period.start <= t && t < period.end) return true
  }
  return false
}

interface Timeline {
  allowed(t: number): boolean
  /** The first instant after `t` where active-use time ends (Infinity when it does not end within the range). */
  periodEnd(t: number): number
  /** The first instant after `t` where active-use time begins (null when it does not within the range). */
  nextStart(t: number): number | null
}

/** The local dates from two days before `fromMs` to the day after `untilMs`. */
function daysAround(fromMs: number, untilMs: number): DateKey[] {
  const first = addDays(dateKeyOf(new Date(fromMs)), -2)
  const count = daysBetween(first, addDays(dateKeyOf(new Date(untilMs)), 1))
  return Array.from({ length: count + 1 }, (_, i) => addDays(first, i))
}

/** Active-use time between two instants, as the sorted instants where it may switch on or off. */
function timeline(prefs: Preferences, fromMs: number, untilMs: number): Timeline {
  const edges = new Set<number>()
  for (const day of daysAround(fromMs, untilMs)) {
    if (prefs.bedtime.enabled) {
      const window = sleepWindowFor(prefs, day)
      edges.add(window.bedtime.getTime())
      edges.add(window.wake.getTime())
    }
    if (prefs.workHours.enabled) {
      const period = workPeriodFor(prefs, day)
      if (period) {
        edges.add(period.start)
        edges.add(period.end)
      }
    }
  }
  const sorted = [...edges].sort((a, b) => a - b)
  const allowedAfter = sorted.map((edge) => isActiveUseTime(prefs, new Date(edge)))
  return {
    allowed: (t) => isActiveUseTime(prefs, new Date(t)),
    periodEnd(t) {
      for (let i = 0; i < sorted.length; i++) if (sorted[i]! > t && !allowedAfter[i]) return sorted[i]!
      return Infinity
    },
    nextStart(t) {
      for (let i = 0; i < sorted.length; i++) if (sorted[i]! > t && allowedAfter[i]) return sorted[i]!
      return null
    },
  }
}

// ─── Active-use reminders ────────────────────────────────────────────────────────────────────────────────────

interface Clocks {
  posture: number | null
  stretch: number | null
}

interface ActiveEvent {
  kind: 'posture' | 'stretch'
  at: number
  /** The clocks as they stand just before the event (after any restart at the start of active-use time). */
  clocks: Clocks
}

/** The first posture or stretch reminder the clocks lead to before `limit`, honouring active-use time. */
function nextActiveEvent(
  prefs: Preferences,
  time: Timeline,
  start: Clocks,
  limit: number,
): ActiveEvent | null {
  let posture = prefs.posture.enabled ? start.posture : null
  let stretch = prefs.stretch.enabled ? start.stretch : null
  const postureEvery = prefs.posture.everyMinutes * MINUTE
  const stretchEvery = prefs.stretch.everyMinutes * MINUTE
  const tolerance = prefs.posture.enabled ? prefs.posture.durationSeconds * 1000 : 0
  for (let guard = 0; guard < 1000; guard++) {
    // A clock started outside active-use time starts when active-use time begins.
    if (posture !== null && !time.allowed(posture)) posture = time.nextStart(posture)
    if (stretch !== null && !time.allowed(stretch)) stretch = time.nextStart(stretch)
    if (posture === null && stretch === null) return null
    const postureDue = posture === null ? Infinity : posture + postureEvery
    const stretchDue = stretch === null ? Infinity : stretch + stretchEvery
    const stretchWins = stretchDue <= postureDue + tolerance
    const kind = stretchWins ? 'stretch' : 'posture'
    const at = stretchWins ? stretchDue : postureDue
    if (at >= limit) return null
    const end = time.periodEnd(Math.min(posture ?? Infinity, stretch ?? Infinity))
    const clocks = { posture, stretch }
    if (at < end) return { kind, at, clocks }
    // The stretch would come after active-use time ends, but the posture break it swallowed would not.
    if (stretchWins && postureDue < end) return { kind: 'posture', at: postureDue, clocks }
    // Active-use time ends before anything falls due: both clocks restart when it begins again.
    const restart = time.nextStart(end)
    if (restart === null) return null
    if (posture !== null && posture < restart) posture = restart
    if (stretch !== null && stretch < restart) stretch = restart
  }
  return null
}

function activeReminder(kind: 'posture' | 'stretch', at: number): PlannedReminder {
  return { kind, at: new Date(at), key: kind, title: REMINDER_TITLES[kind] }
}

// ─── Wall-clock reminders ────────────────────────────────────────────────────────────────────────────────────

/** Wall-clock occurrences with `fromMs <= at < untilMs`, unsorted. */
function wallClockOccurrences(prefs: Preferences, fromMs: number, untilMs: number): PlannedReminder[] {
  const found: PlannedReminder[] = []
  const add = (reminder: PlannedReminder) => {
    const t = reminder.at.getTime()
    if (t >= fromMs && t < untilMs) found.push(reminder)
  }
  for (const day of daysAround(fromMs, untilMs)) {
    if (prefs.bedtime.enabled) {
      const { bedtime } = sleepWindowFor(prefs, day)
      add({ kind: 'bedtime', at: bedtime, key: `bedtime:${day}`, title: REMINDER_TITLES.bedtime })
      const { windDownMinutes, getReadyMinutes } = prefs.bedtime
      if (windDownMinutes > 0) {
        const at = new Date(bedtime.getTime() - windDownMinutes * MINUTE)
        add({ kind: 'wind-down', at, key: `wind-down:${day}`, title: REMINDER_TITLES['wind-down'] })
      }
      if (getReadyMinutes > 0) {
        const at = new Date(bedtime.getTime() - getReadyMinutes * MINUTE)
        add({ kind: 'get-ready', at, key: `get-ready:${day}`, title: REMINDER_TITLES['get-ready'] })
      }
    }
    const weekday = weekdayOf(day)
    for (const ref of ['strength', 'yoga'] as const) {
      const session = prefs.activities[ref]
      if (session.enabled && session.weekdays.includes(weekday)) {
        const at = atLocalTime(day, session.time)
        add({ kind: 'activity', at, key: `activity:${ref}:${day}`, title: REMINDER_TITLES[ref], ref })
      }
    }
    for (const custom of prefs.activities.custom) {
      if (custom.enabled && custom.weekdays.includes(weekday)) {
        const at = atLocalTime(day, custom.time)
        add({ kind: 'custom', at, key: `custom:${custom.id}:${day}`, title: custom.title, ref: custom.id })
      }
    }
  }
  return found
}

function byTime(a: PlannedReminder, b: PlannedReminder): number {
  return a.at.getTime() - b.at.getTime() || PRIORITY[a.kind] - PRIORITY[b.kind] || a.key.localeCompare(b.key)
}

/**
 * Every reminder in [from, until), sorted by time, assuming the user is at the computer throughout from `from`
 * on (both active-use clocks start at `from`, or when active-use time next begins) and nothing is paused or
 * snoozed. Each shown reminder is assumed done at once. For the "upcoming" list and the tray's "next" line.
 */
export function planReminders(prefs: Preferences, from: Date, until: Date): PlannedReminder[] {
  const fromMs = Math.max(from.getTime(), EARLIEST_MS)
  const untilMs = Math.min(until.getTime(), LATEST_MS)
  if (!(untilMs > fromMs)) return []
  const reminders = wallClockOccurrences(prefs, fromMs, untilMs)
  const time = timeline(prefs, fromMs, untilMs)
  let clocks: Clocks = { posture: fromMs, stretch: fromMs }
  for (;;) {
    const event = nextActiveEvent(prefs, time, clocks, untilMs)
    if (!event) break
    reminders.push(activeReminder(event.kind, event.at))
    clocks =
      event.kind === 'stretch'
        ? { posture: event.at, stretch: event.at }
        : { posture: event.at, stretch: event.clocks.stretch }
  }
  return reminders.sort(byTime)
}

/** The next `count` wall-clock reminders strictly after `after` (bedtime, activities, custom), sorted. */
export function nextWallClockReminders(prefs: Preferences, after: Date, count: number): PlannedReminder[] {
  const found: PlannedReminder[] = []
  let from = Math.max(after.getTime() + 1, EARLIEST_MS)
  // Weekly reminders repeat within 8 days; look a few weeks ahead at most.
  for (let chunk = 0; chunk < 8 && found.length < count && from + LOOKAHEAD_MS <= LATEST_MS; chunk++) {
    found.push(...wallClockOccurrences(prefs, from, from + LOOKAHEAD_MS).sort(byTime))
    from += LOOKAHEAD_MS
  }
  return found.slice(0, Math.max(0, count))
}

// ─── The running app: next due reminder ──────────────────────────────────────────────────────────────────────

/** The evening (or day) date a wall-clock key ends with, e.g. "bedtime:2026-11-26" → "2026-11-26". */
function keyDate(key: string): DateKey | null {
  const date = key.slice(key.lastIndexOf(':') + 1)
  return parseDateKey(date) ? date : null
}

/** Whether the feature behind a reminder is still on (a snoozed reminder outlives a settings change). */
function stillEnabled(prefs: Preferences, kind: ReminderKind, ref: string | undefined): boolean {
  switch (kind) {
    case 'posture':
      return prefs.posture.enabled
    case 'stretch':
      return prefs.stretch.enabled
    case 'wind-down':
      return prefs.bedtime.enabled && prefs.bedtime.windDownMinutes > 0
    case 'get-ready':
      return prefs.bedtime.enabled && prefs.bedtime.getReadyMinutes > 0
    case 'bedtime':
      return prefs.bedtime.enabled
    case 'activity':
      return (ref === 'strength' || ref === 'yoga') && prefs.activities[ref].enabled
    case 'custom':
      return prefs.activities.custom.some((custom) => custom.id === ref && custom.enabled)
  }
}

/**
 * Whether a wall-clock reminder meant for `dueMs` is still worth showing at `atMs`: bedtime while that night's
 * window is open, wind-down/get-ready before that bedtime, activity/custom up to MISSED_GRACE_MINUTES late.
 */
function stillRelevant(
  prefs: Preferences,
  kind: ReminderKind,
  key: string,
  dueMs: number,
  atMs: number,
): boolean {
  if (kind === 'posture' || kind === 'stretch') return isActiveUseTime(prefs, new Date(atMs))
  if (kind === 'activity' || kind === 'custom') return atMs - dueMs <= MISSED_GRACE_MINUTES * MINUTE
  const evening = keyDate(key)
  if (!evening) return false
  const window = sleepWindowFor(prefs, evening)
  if (kind === 'bedtime') return atMs < window.wake.getTime()
  return atMs < window.bedtime.getTime()
}

/**
 * The steps that stand in for one another when missed: a night's wind-down, get-ready and bedtime, and each
 * activity or custom reminder's occurrences.
 */
function seriesOf(reminder: PlannedReminder): string {
  if (reminder.kind === 'bedtime' || reminder.kind === 'wind-down' || reminder.kind === 'get-ready') {
    return `night:${keyDate(reminder.key) ?? ''}`
  }
  return `${reminder.kind}:${reminder.ref ?? reminder.key}`
}

/**
 * For each series, the latest occurrence at or before `showFrom` (handled or not). Catching up shows only that
 * one: a later step that is also past replaces the earlier ones (get-ready replaces wind-down, bedtime both).
 */
function latestPastPerSeries(occurrences: PlannedReminder[], showFrom: number): Map<string, PlannedReminder> {
  const latest = new Map<string, PlannedReminder>()
  for (const reminder of occurrences) {
    if (reminder.at.getTime() > showFrom) continue
    const series = seriesOf(reminder)
    const current = latest.get(series)
    const t = reminder.at.getTime()
    const later =
      !current ||
      t > current.at.getTime() ||
      // At the same instant the more time-critical step stands for the night (bedtime before get-ready).
      (t === current.at.getTime() && PRIORITY[reminder.kind] < PRIORITY[current.kind])
    if (later) latest.set(series, reminder)
  }
  return latest
}

function due(
  reminder: PlannedReminder,
  atMs: number,
  plannedMs: number,
  snoozed: boolean,
  lateFrom = plannedMs,
) {
  const result: DueReminder = {
    kind: reminder.kind,
    at: new Date(atMs),
    key: reminder.key,
    title: reminder.title,
    plannedAt: new Date(plannedMs),
    late: atMs - lateFrom > LATE_AFTER_MS,
    snoozed,
  }
  if (reminder.ref !== undefined) result.ref = reminder.ref
  return result
}

/**
 * The next reminder for the running app, or null when nothing is ahead (paused forever, everything off).
 * `at <= now`: show it now (then call onShown). Otherwise arm one timer for `at` and call nextDue again then.
 * `at` is never before the end of a pause; while away, nothing whose time has come is returned (it is held
 * until onBack). Ties go to the more time-critical kind (bedtime first, posture last).
 */
export function nextDue(prefs: Preferences, state: SchedulerState, now: Date): DueReminder | null {
  const nowMs = now.getTime()
  if (!(nowMs >= EARLIEST_MS && nowMs <= LATEST_MS) || state.pausedUntil === 'forever') return null
  const pausedUntil = typeof state.pausedUntil === 'number' ? state.pausedUntil : null
  // Nothing is shown before this: the end of a running pause, else now.
  const showFrom = pausedUntil !== null && pausedUntil > nowMs ? pausedUntil : nowMs
  const away = state.awaySince !== null
  const horizon = showFrom + LOOKAHEAD_MS
  const handled = new Set(state.handledKeys)
  const candidates: DueReminder[] = []

  // Wall-clock reminders, including missed ones still worth showing.
  const lookback = Math.max(state.lastCheckedAt + 1, nowMs - LOOKBACK_MS)
  const occurrences = wallClockOccurrences(prefs, lookback, horizon)
  const latestPast = latestPastPerSeries(occurrences, showFrom)
  for (const reminder of occurrences) {
    if (handled.has(reminder.key)) continue
    const t = reminder.at.getTime()
    if (t > showFrom) {
      candidates.push(due(reminder, t, t, false))
    } else if (
      !away &&
      latestPast.get(seriesOf(reminder)) === reminder &&
      stillRelevant(prefs, reminder.kind, reminder.key, t, showFrom)
    ) {
      candidates.push(due(reminder, showFrom, t, false))
    }
  }

  // Active-use reminders: only for someone at the computer; the clocks restart when a pause ends.
  let active: ActiveEvent | null = null
  if (!away) {
    const floor = Math.max(nowMs - CLOCK_HORIZON_MS, pausedUntil ?? -Infinity)
    const clocks: Clocks = {
      posture: state.postureClockStart === null ? null : Math.max(state.postureClockStart, floor),
      stretch: state.stretchClockStart === null ? null : Math.max(state.stretchClockStart, floor),
    }
    const start = Math.min(clocks.posture ?? Infinity, clocks.stretch ?? Infinity)
    if (start !== Infinity) {
      const time = timeline(prefs, Math.min(start, nowMs), horizon)
      active = nextActiveEvent(prefs, time, clocks, horizon)
      if (active && active.at < showFrom) {
        // Overdue. If active-use time began again since (wake time, work hours) the clocks restarted then;
        // if it is not active-use time now, they restart when it next begins.
        let restart: number | null = null
        for (
          let edge = time.nextStart(active.at);
          edge !== null && edge <= showFrom;
          edge = time.nextStart(edge)
        ) {
          restart = edge
        }
        if (!time.allowed(showFrom)) restart = time.nextStart(showFrom) ?? Infinity
        if (restart !== null) {
          const moved = (clock: number | null) => (clock === null ? null : Math.max(clock, restart))
          active =
            restart === Infinity
              ? null
              : nextActiveEvent(
                  prefs,
                  time,
                  { posture: moved(clocks.posture), stretch: moved(clocks.stretch) },
                  horizon,
                )
        }
      }
      if (active && active.kind === 'posture' && active.at < showFrom && active.clocks.stretch !== null) {
        // An overdue posture break counts as due now: if the stretch is overdue too, or due within the
        // coincidence tolerance of now, the stretch stands in for it (never two breaks back to back).
        const stretchDue = active.clocks.stretch + prefs.stretch.everyMinutes * MINUTE
        const tolerance = prefs.posture.durationSeconds * 1000
        if (
          prefs.stretch.enabled &&
          Math.max(stretchDue, showFrom) <= showFrom + tolerance &&
          stretchDue < time.periodEnd(showFrom)
        ) {
          active = { kind: 'stretch', at: stretchDue, clocks: active.clocks }
        }
      }
      if (active) {
        const at = Math.max(active.at, showFrom)
        candidates.push(due(activeReminder(active.kind, active.at), at, active.at, false, at))
      }
    }
  }

  // A snoozed reminder comes back at `until` (or when the pause ends).
  const snoozed = state.snoozed
  if (snoozed && stillEnabled(prefs, snoozed.kind, snoozed.ref)) {
    const at = Math.max(snoozed.until, showFrom)
    const held = away && at <= nowMs
    const swallowed =
      active !== null &&
      (snoozed.kind === 'posture' || snoozed.kind === 'stretch') &&
      (active.kind === 'stretch' || active.kind === snoozed.kind) &&
      active.at <= at + prefs.posture.durationSeconds * 1000
    if (!held && !swallowed && stillRelevant(prefs, snoozed.kind, snoozed.key, snoozed.until, at)) {
      const reminder: PlannedReminder = {
        kind: snoozed.kind,
        at: new Date(snoozed.plannedAt),
        key: snoozed.key,
        title: snoozed.title,
      }
      if (snoozed.ref !== undefined) reminder.ref = snoozed.ref
      candidates.push(due(reminder, at, snoozed.plannedAt, true, snoozed.until))
    }
  }

  candidates.sort(byTime)
  return candidates[0] ?? null
}

// ─── Transitions ─────────────────────────────────────────────────────────────────────────────────────────────

/** A fresh state: the user is at the computer from `now`, nothing paused, snoozed or handled. */
export function createSchedulerState(now: Date): SchedulerState {
  const t = now.getTime()
  return {
    postureClockStart: t,
    stretchClockStart: t,
    awaySince: null,
    snoozed: null,
    pausedUntil: null,
    handledKeys: [],
    lastCheckedAt: t,
  }
}

/** Folds a pause that has ended into the clocks (they restarted at its end), so later shifts apply cleanly. */
function settle(state: SchedulerState, nowMs: number): SchedulerState {
  const next: SchedulerState = { ...state, handledKeys: [...state.handledKeys] }
  if (typeof next.pausedUntil === 'number' && next.pausedUntil <= nowMs) {
    const end = next.pausedUntil
    if (next.postureClockStart !== null) next.postureClockStart = Math.max(next.postureClockStart, end)
    if (next.stretchClockStart !== null) next.stretchClockStart = Math.max(next.stretchClockStart, end)
    next.pausedUntil = null
  }
  return next
}

function isActiveKind(kind: ReminderKind): kind is 'posture' | 'stretch' {
  return kind === 'posture' || kind === 'stretch'
}

/** Adds a handled key, dropping keys older than a few days and keeping the list bounded. */
function withHandled(keys: string[], key: string, nowMs: number): string[] {
  const oldest = addDays(dateKeyOf(new Date(nowMs)), -HANDLED_KEEP_DAYS)
  const kept = keys.filter((existing) => {
    const date = keyDate(existing)
    return existing !== key && (date === null || daysBetween(oldest, date) >= 0)
  })
  kept.push(key)
  return kept.slice(-HANDLED_KEYS_LIMIT)
}

/** The reminder is over (shown, done or skipped): restart the clocks it resets, or mark the occurrence handled. */
function complete(
  state: SchedulerState,
  reminder: PlannedReminder,
  atMs: number,
  nowMs: number,
): SchedulerState {
  const next = settle(state, nowMs)
  if (reminder.kind === 'posture') {
    next.postureClockStart = atMs
  } else if (reminder.kind === 'stretch') {
    // A stretch break is a posture break too.
    next.postureClockStart = atMs
    next.stretchClockStart = atMs
  } else {
    next.handledKeys = withHandled(next.handledKeys, reminder.key, nowMs)
  }
  const snoozed = next.snoozed
  if (
    snoozed &&
    (snoozed.key === reminder.key || (reminder.kind === 'stretch' && snoozed.kind === 'posture'))
  ) {
    next.snoozed = null
  }
  return next
}

/** The reminder was shown (notification or break window): it will not be returned again. */
export function onShown(state: SchedulerState, reminder: PlannedReminder, now: Date): SchedulerState {
  return complete(state, reminder, now.getTime(), now.getTime())
}

/** The user did the break: posture restarts the posture clock, stretch restarts both; others are handled. */
export function onDone(state: SchedulerState, reminder: PlannedReminder, now: Date): SchedulerState {
  return complete(state, reminder, now.getTime(), now.getTime())
}

/** The user skipped it: the same as done for planning (the next one comes a full interval later). */
export function onSkip(state: SchedulerState, reminder: PlannedReminder, now: Date): SchedulerState {
  return complete(state, reminder, now.getTime(), now.getTime())
}

/**
 * The user snoozed it for `minutes`: it comes back then. The original occurrence is handled and the clocks it
 * resets restart now (so it is not due again meanwhile). A second snooze replaces the first.
 */
export function onSnooze(
  state: SchedulerState,
  reminder: PlannedReminder,
  now: Date,
  minutes: number,
): SchedulerState {
  const nowMs = now.getTime()
  const next = complete(state, reminder, nowMs, nowMs)
  const plannedAt = 'plannedAt' in reminder ? (reminder as DueReminder).plannedAt : reminder.at
  const length = Number.isFinite(minutes) && minutes > 0 ? minutes : 5
  next.snoozed = {
    kind: reminder.kind,
    key: reminder.key,
    title: reminder.title,
    ...(reminder.ref !== undefined ? { ref: reminder.ref } : {}),
    plannedAt: plannedAt.getTime(),
    until: nowMs + length * MINUTE,
  }
  return next
}

/**
 * "Skip next" from the tray: the reminder nextDue would show next is skipped ahead of time. A posture or stretch
 * is skipped by restarting its clocks at its planned time; a wall-clock or snoozed one is handled now.
 */
export function onSkipNext(prefs: Preferences, state: SchedulerState, now: Date): SchedulerState {
  const upcoming = nextDue(prefs, state, now)
  if (!upcoming) return state
  if (upcoming.snoozed) return { ...complete(state, upcoming, now.getTime(), now.getTime()), snoozed: null }
  return complete(state, upcoming, upcoming.at.getTime(), now.getTime())
}

/** Pause everything until `until` (a Date) or 'forever'; use nextWakeTime for "until tomorrow morning". */
export function onPause(state: SchedulerState, until: Date | 'forever', now: Date): SchedulerState {
  const next = settle(state, now.getTime())
  const end = until === 'forever' ? 'forever' : until.getTime()
  if (end !== 'forever' && !(end > now.getTime())) return next
  next.pausedUntil = end
  return next
}

/** End a pause now: both active-use clocks restart now. */
export function onResume(state: SchedulerState, now: Date): SchedulerState {
  const t = now.getTime()
  return { ...settle(state, t), pausedUntil: null, postureClockStart: t, stretchClockStart: t }
}

/** The user left (idle, screen locked, system asleep) at `now`: nothing is shown until onBack. */
export function onAway(state: SchedulerState, now: Date): SchedulerState {
  if (state.awaySince !== null) return state
  return { ...settle(state, now.getTime()), awaySince: now.getTime() }
}

/**
 * The user is back after `awayMs` away (the app's measure: idle time, lock or sleep duration; when not a finite
 * number, the time since onAway). At least naturalBreaks.idleMinutes (natural breaks on): a natural break, both
 * clocks restart now and a snoozed posture/stretch counts as done. Shorter: the clocks continue where they stopped.
 */
export function onBack(state: SchedulerState, now: Date, awayMs: number, prefs: Preferences): SchedulerState {
  const t = now.getTime()
  const next = settle(state, t)
  const sinceAway = next.awaySince !== null ? Math.max(0, t - next.awaySince) : 0
  const away = Number.isFinite(awayMs) && awayMs >= 0 ? awayMs : sinceAway
  next.awaySince = null
  if (prefs.naturalBreaks.enabled && away >= prefs.naturalBreaks.idleMinutes * MINUTE) {
    next.postureClockStart = t
    next.stretchClockStart = t
    if (next.snoozed && isActiveKind(next.snoozed.kind)) next.snoozed = null
    return next
  }
  // The time away does not count as active use: move the clock starts forward by it (never past now).
  if (next.postureClockStart !== null) next.postureClockStart = Math.min(t, next.postureClockStart + away)
  if (next.stretchClockStart !== null) next.stretchClockStart = Math.min(t, next.stretchClockStart + away)
  return next
}

/**
 * The wall clock jumped by `deltaMs` (positive: forward) while elapsed time did not (a manual or NTP correction;
 * a time-zone change is not a jump: instants stay, only local readings change, and nextDue re-reads them).
 * Elapsed-time anchors move with it: the clocks, the away start, a snooze and a timed pause keep their length.
 * Missed wall-clock reminders after a forward jump follow the usual catch-up rules.
 */
export function onClockJump(state: SchedulerState, deltaMs: number, now: Date): SchedulerState {
  if (!Number.isFinite(deltaMs) || deltaMs === 0) return state
  const move = (value: number | null) => (value === null ? null : value + deltaMs)
  const next: SchedulerState = {
    ...state,
    handledKeys: [...state.handledKeys],
    postureClockStart: move(state.postureClockStart),
    stretchClockStart: move(state.stretchClockStart),
    awaySince: move(state.awaySince),
    pausedUntil: typeof state.pausedUntil === 'number' ? state.pausedUntil + deltaMs : state.pausedUntil,
    snoozed: state.snoozed ? { ...state.snoozed, until: state.snoozed.until + deltaMs } : null,
  }
  // A backward jump must not leave wall-clock reminders from the "future" marked as already checked.
  next.lastCheckedAt = Math.min(state.lastCheckedAt, now.getTime())
  return next
}

/**
 * Preferences changed: wall-clock times now in the past are not caught up (lastCheckedAt = now), a posture or
 * stretch reminder just switched on starts its clock now, and a snoozed reminder whose feature is off is dropped.
 */
export function onPrefsChanged(
  state: SchedulerState,
  previous: Preferences,
  next: Preferences,
  now: Date,
): SchedulerState {
  const t = now.getTime()
  const result = settle(state, t)
  result.lastCheckedAt = t
  if (next.posture.enabled && (!previous.posture.enabled || result.postureClockStart === null)) {
    result.postureClockStart = t
  }
  if (next.stretch.enabled && (!previous.stretch.enabled || result.stretchClockStart === null)) {
    result.stretchClockStart = t
  }
  if (result.snoozed && !stillEnabled(next, result.snoozed.kind, result.snoozed.ref)) result.snoozed = null
  return result
}

/**
 * Repairs a state read back from disk (or anything else) field by field; never throws. What cannot be kept is
 * reset as createSchedulerState would set it (clocks running from now, nothing paused, snoozed or handled).
 */
export function normalizeSchedulerState(input: unknown, now: Date): SchedulerState {
  const fresh = createSchedulerState(now)
  let source: Record<string, unknown>
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return fresh
    source = input as Record<string, unknown>
    const own = (key: string): unknown =>
      Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined
    const instant = (value: unknown): number | null =>
      typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? value : null
    const clock = (value: unknown, fallback: number): number | null =>
      value === null ? null : (instant(value) ?? fallback)
    const paused = own('pausedUntil')
    const keys = own('handledKeys')
    return {
      postureClockStart: clock(own('postureClockStart'), fresh.postureClockStart!),
      stretchClockStart: clock(own('stretchClockStart'), fresh.stretchClockStart!),
      awaySince: instant(own('awaySince')),
      snoozed: normalizeSnoozed(own('snoozed'), instant),
      pausedUntil: paused === 'forever' ? 'forever' : instant(paused),
      handledKeys: Array.isArray(keys)
        ? [
            ...new Set(keys.filter((key): key is string => typeof key === 'string' && key.length <= 200)),
          ].slice(-HANDLED_KEYS_LIMIT)
        : [],
      lastCheckedAt: instant(own('lastCheckedAt')) ?? fresh.lastCheckedAt,
    }
  } catch {
    // A hostile object (throwing getters, proxies) is not a state.
    return fresh
  }
}

const KINDS: readonly ReminderKind[] = Object.keys(PRIORITY) as ReminderKind[]

function normalizeSnoozed(
  value: unknown,
  instant: (value: unknown) => number | null,
): SnoozedReminder | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  const source = value as Record<string, unknown>
  const kind = source.kind
  const until = instant(source.until)
  if (typeof kind !== 'string' || !KINDS.includes(kind as ReminderKind) || until === null) return null
  if (typeof source.key !== 'string' || typeof source.title !== 'string') return null
  const snoozed: SnoozedReminder = {
    kind: kind as ReminderKind,
    key: source.key.slice(0, 200),
    title: source.title.slice(0, 200),
    plannedAt: instant(source.plannedAt) ?? until,
    until,
  }
  if (typeof source.ref === 'string') snoozed.ref = source.ref.slice(0, 200)
  return snoozed
}
