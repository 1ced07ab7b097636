// The per-day records kept with the history (history.ts): the morning check-ins ("How is your back today?") and
// the sitting figures (time at the computer, longest stretch without a break, long sitting bouts). Their shape, how a stored file is
// read back (what cannot be read is named, so the file is copied aside first, as for the rest of the history),
// and their bound: one entry a day, the newest DAY_RECORDS_MAX days kept.
import {
  Integer,
  Number as TNumber,
  Object as TObject,
  Optional,
  String as TString,
  type Static,
} from 'typebox'
import Value from 'typebox/value'
import { isDateKey, type DateKey } from '../../core/local-time'
import { isRecord } from '../../core/one-of'
import type { SittingDay } from '../../core/sitting'
import { withoutBidiControls } from '../../core/plain-text'

export const PAIN_MAX = 10
export const CHECK_IN_WORD_MAX = 40
/** About thirteen months of days: enough for a year's look back, and a bound on the file. */
export const DAY_RECORDS_MAX = 400

/** One morning's check-in, as the history file keeps it. */
export const CheckInSchema = TObject({
  /** Back pain from 0 (none) to 10 (the worst). */
  pain: Integer({ minimum: 0, maximum: PAIN_MAX }),
  /** An optional word or two. */
  word: Optional(TString()),
  /** Epoch ms it was given. */
  at: TNumber(),
})
export type CheckIn = Static<typeof CheckInSchema>

/** One day's sitting figures: whole non-negative seconds, and a count (absent from files written before it). */
const Seconds = Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
export const SittingDaySchema = TObject({ active: Seconds, longest: Seconds, longBouts: Optional(Seconds) })

/**
 * A word as it is kept: one line, no control characters (bidirectional ones included: core/plain-text.ts), trimmed and
 * at most CHECK_IN_WORD_MAX characters.
 */
export function cleanWord(word: string): string {
  return withoutBidiControls(word)
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, CHECK_IN_WORD_MAX)
}

export function isPain(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= PAIN_MAX
}

/** The newest `DAY_RECORDS_MAX` dates of a per-day map (dates sort as text). */
export function boundDays<T>(days: Record<DateKey, T>): Record<DateKey, T> {
  const dates = Object.keys(days)
  if (dates.length <= DAY_RECORDS_MAX) return days
  const kept = new Set(dates.sort().slice(-DAY_RECORDS_MAX))
  const newest = Object.entries(days).filter(([date]) => kept.has(date))
  return Object.fromEntries(newest.sort(([a], [b]) => (a < b ? -1 : 1)))
}

type Drop = (what: string) => void

/** Reads stored check-ins; each one that is not a real date with a pain of 0–10 is named to `drop`. */
export function readCheckIns(stored: unknown, drop: Drop): Record<DateKey, CheckIn> {
  const out: Record<DateKey, CheckIn> = {}
  if (stored === undefined) return out
  if (!isRecord(stored)) {
    drop('checkIns is not an object')
    return out
  }
  for (const [date, entry] of Object.entries(stored)) {
    if (!isDateKey(date) || !Value.Check(CheckInSchema, entry)) {
      drop(`checkIns.${short(date)}`)
      continue
    }
    const word = typeof entry.word === 'string' ? cleanWord(entry.word) : ''
    out[date] = word === '' ? { pain: entry.pain, at: entry.at } : { pain: entry.pain, word, at: entry.at }
  }
  return boundDays(out)
}

/** Reads stored sitting figures; each one that is not a real date with whole, non-negative figures is named. */
export function readSitting(stored: unknown, drop: Drop): Record<DateKey, SittingDay> {
  const out: Record<DateKey, SittingDay> = {}
  if (stored === undefined) return out
  if (!isRecord(stored)) {
    drop('sitting is not an object')
    return out
  }
  for (const [date, entry] of Object.entries(stored)) {
    if (!isDateKey(date) || !Value.Check(SittingDaySchema, entry)) {
      drop(`sitting.${short(date)}`)
      continue
    }
    out[date] = { active: entry.active, longest: entry.longest, longBouts: entry.longBouts ?? 0 }
  }
  return boundDays(out)
}

function short(key: string): string {
  return key.length > 20 ? `${key.slice(0, 20)}…` : key
}
