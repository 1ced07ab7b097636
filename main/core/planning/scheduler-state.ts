// What the planner remembers between events, as plain JSON (epoch milliseconds, no Dates) so the app can store it
// as is: the two active-use clocks, away, pause, the one snoozed reminder, and which wall-clock occurrences are
// handled. `normalizeSchedulerState` repairs anything read back from disk.
import Type from 'typebox'
import { isOneOf, isRecord } from '../one-of'
import { REMINDER_KINDS, type ReminderKind } from './reminders'

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
  /**
   * Epoch ms it was snoozed: a different reminder shown after this keeps its distance from it (the snooze's own
   * showing does not: the user chose when it comes back).
   */
  snoozedAt: number
  /** Wall-clock reminders: not brought back at or after this (the next step of its night has come); else null. */
  relevantUntil: number | null
}

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
  /**
   * Keys of wall-clock occurrences already shown, answered, skipped, missed or passed over, oldest first: each key
   * names its step and the instant it was due ("bedtime:2026-03-02@…"). Pruned to the last few days.
   */
  handledKeys: string[]
  /** Wall-clock occurrences at or before this epoch ms are never caught up (set when the state is created). */
  lastCheckedAt: number
  /** Epoch ms the last reminder was shown: the next one keeps a few minutes' distance from it. */
  lastShownAt: number | null
}

const INSTANT = Type.Number({ minimum: -8.64e15, maximum: 8.64e15 })
const MAYBE_INSTANT = Type.Union([INSTANT, Type.Null()])
const TEXT = Type.String({ maxLength: 200 })

/**
 * The scheduler state as a stored file should hold it. A state that does not match is repaired field by field
 * (normalizeSchedulerState), and the app keeps a copy of the file as it was.
 */
export const SchedulerStateSchema = Type.Object({
  postureClockStart: MAYBE_INSTANT,
  stretchClockStart: MAYBE_INSTANT,
  awaySince: MAYBE_INSTANT,
  snoozed: Type.Union([
    Type.Object({
      kind: Type.Enum(REMINDER_KINDS),
      key: TEXT,
      title: TEXT,
      ref: Type.Optional(TEXT),
      plannedAt: INSTANT,
      until: INSTANT,
      // Older files have none: read as the snooze's return time.
      snoozedAt: Type.Optional(INSTANT),
      relevantUntil: MAYBE_INSTANT,
    }),
    Type.Null(),
  ]),
  pausedUntil: Type.Union([INSTANT, Type.Literal('forever'), Type.Null()]),
  handledKeys: Type.Array(TEXT, { maxItems: 200 }),
  lastCheckedAt: INSTANT,
  lastShownAt: MAYBE_INSTANT,
})

/** handledKeys keeps at most this many keys, and none due more than HANDLED_KEEP_MS ago. */
export const HANDLED_KEYS_LIMIT = 200
const HANDLED_KEEP_MS = 3 * 86_400_000
const KEY_MAX = 200

/** A fresh state: the user is at the computer from `now`, nothing paused, snoozed or handled. */
export function createSchedulerState(now: number): SchedulerState {
  return {
    postureClockStart: now,
    stretchClockStart: now,
    awaySince: null,
    snoozed: null,
    pausedUntil: null,
    handledKeys: [],
    lastCheckedAt: now,
    lastShownAt: null,
  }
}

/** A copy to change: written out field by field, so every state has the same shape (and copying stays cheap). */
export function copyState(state: SchedulerState): SchedulerState {
  return {
    postureClockStart: state.postureClockStart,
    stretchClockStart: state.stretchClockStart,
    awaySince: state.awaySince,
    snoozed: state.snoozed,
    pausedUntil: state.pausedUntil,
    handledKeys: state.handledKeys,
    lastCheckedAt: state.lastCheckedAt,
    lastShownAt: state.lastShownAt,
  }
}

/** The step part of a handled key ("bedtime:2026-03-02"): the same step of the same night at any instant. */
function stepOf(key: string): string {
  const at = key.lastIndexOf('@')
  return at < 0 ? key : key.slice(0, at)
}

/** The instant a handled key names, or null for a key from before keys named instants. */
function instantOf(key: string): number | null {
  const at = key.lastIndexOf('@')
  if (at < 0) return null
  const value = Number(key.slice(at + 1))
  return Number.isFinite(value) ? value : null
}

/** Adds handled keys, dropping keys due long ago and keeping the list bounded. The input is not changed. */
export function withHandled(keys: readonly string[], added: readonly string[], now: number): string[] {
  const oldest = now - HANDLED_KEEP_MS
  // Keys are added in time order, so the old ones are at the front: drop from there (keys from before keys named
  // their instant stay until the length bound drops them).
  let first = 0
  while (first < keys.length && (instantOf(keys[first]!) ?? oldest) < oldest) first++
  const fresh = added.filter((key, i) => added.indexOf(key) === i)
  const kept: string[] = []
  for (let i = first; i < keys.length; i++) if (!fresh.includes(keys[i]!)) kept.push(keys[i]!)
  kept.push(...fresh)
  return kept.length > HANDLED_KEYS_LIMIT ? kept.slice(-HANDLED_KEYS_LIMIT) : kept
}

/** The handled keys as sets (remembered per list: most transitions keep the same list). */
class Handled {
  readonly keys: Set<string>
  private stepSet: Set<string> | null = null
  constructor(private readonly list: readonly string[]) {
    this.keys = new Set(list)
  }
  /** The steps handled at any instant (asked only about missed reminders, so made on demand). */
  get steps(): Set<string> {
    this.stepSet ??= new Set(this.list.map(stepOf))
    return this.stepSet
  }
}
/** The last list asked about and its sets: nextDue asks about one state many times in a row. */
let remembered: { list: readonly string[]; handled: Handled } | null = null

export function handledOf(state: SchedulerState): Handled {
  if (remembered?.list !== state.handledKeys) {
    remembered = { list: state.handledKeys, handled: new Handled(state.handledKeys) }
  }
  return remembered.handled
}

/**
 * Repairs a state read back from disk (or anything else) field by field; never throws. What cannot be kept is
 * reset as createSchedulerState would set it (clocks running from now, nothing paused, snoozed or handled).
 */
export function normalizeSchedulerState(input: unknown, now: number): SchedulerState {
  const fresh = createSchedulerState(now)
  try {
    if (!isRecord(input)) return fresh
    const source = input
    const own = (key: string): unknown =>
      Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined
    const clock = (value: unknown, fallback: number): number | null =>
      value === null ? null : (instant(value) ?? fallback)
    const paused = own('pausedUntil')
    const keys = own('handledKeys')
    return {
      postureClockStart: clock(own('postureClockStart'), now),
      stretchClockStart: clock(own('stretchClockStart'), now),
      awaySince: instant(own('awaySince')),
      snoozed: normalizeSnoozed(own('snoozed')),
      pausedUntil: paused === 'forever' ? 'forever' : instant(paused),
      handledKeys: Array.isArray(keys)
        ? [
            ...new Set(keys.filter((key): key is string => typeof key === 'string' && key.length <= KEY_MAX)),
          ].slice(-HANDLED_KEYS_LIMIT)
        : [],
      lastCheckedAt: instant(own('lastCheckedAt')) ?? fresh.lastCheckedAt,
      lastShownAt: instant(own('lastShownAt')),
    }
  } catch {
    // A hostile object (throwing getters, proxies) is not a state.
    return fresh
  }
}

function instant(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? value : null
}

function normalizeSnoozed(value: unknown): SnoozedReminder | null {
  if (!isRecord(value)) return null
  const source = value
  const kind = source.kind
  const until = instant(source.until)
  if (!isOneOf(REMINDER_KINDS, kind) || until === null) return null
  if (typeof source.key !== 'string' || typeof source.title !== 'string') return null
  const active = kind === 'posture' || kind === 'stretch'
  const snoozed: SnoozedReminder = {
    kind,
    key: source.key.slice(0, KEY_MAX),
    title: source.title.slice(0, KEY_MAX),
    plannedAt: instant(source.plannedAt) ?? until,
    until,
    // A state from before snoozes knew when they began: only a reminder shown after its return time spaces it.
    snoozedAt: instant(source.snoozedAt) ?? until,
    // A state from before snoozes knew their end: an hour's grace, as for any wall-clock reminder.
    relevantUntil: active ? null : (instant(source.relevantUntil) ?? until + 3_600_000),
  }
  if (typeof source.ref === 'string') snoozed.ref = source.ref.slice(0, KEY_MAX)
  return snoozed
}
