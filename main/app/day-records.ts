// The per-day records kept with the history (history.ts): the morning check-ins ("How is your back today?") and
// the sitting figures (time at the computer, longest stretch without a break). Their shape, how a stored file is
// read back (what cannot be read is named, so the file is copied aside first, as for the rest of the history),
// and their bound: one entry a day, the newest DAY_RECORDS_MAX days kept.
import { isDateKey, type DateKey } from '../core/local-time'
import type { SittingDay } from '../core/sitting'
import { withoutBidiControls } from './plain-text'

export interface CheckIn {
  /** Back pain from 0 (none) to 10 (the worst). */
  pain: number
  /** An optional word or two. */
  word?: string
  /** Epoch ms it was given. */
  at: number
}

export const PAIN_MAX = 10
export const CHECK_IN_WORD_MAX = 40
/** About thirteen months of days: enough for a year's look back, and a bound on the file. */
export const DAY_RECORDS_MAX = 400

/**
 * A word as it is kept: one line, no control characters (bidirectional ones included: plain-text.ts), trimmed and
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
  const kept = dates.sort().slice(-DAY_RECORDS_MAX)
  return Object.fromEntries(kept.map((date) => [date, days[date] as T]))
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
    if (
      !isDateKey(date) ||
      !isRecord(entry) ||
      !isPain(entry.pain) ||
      typeof entry.at !== 'number' ||
      !Number.isFinite(entry.at) ||
      (entry.word !== undefined && typeof entry.word !== 'string')
    ) {
      drop(`checkIns.${short(date)}`)
      continue
    }
    const word = typeof entry.word === 'string' ? cleanWord(entry.word) : ''
    out[date] = word === '' ? { pain: entry.pain, at: entry.at } : { pain: entry.pain, word, at: entry.at }
  }
  return boundDays(out)
}

/** Reads stored sitting figures; each one that is not a real date with two whole, non-negative seconds is named. */
export function readSitting(stored: unknown, drop: Drop): Record<DateKey, SittingDay> {
  const out: Record<DateKey, SittingDay> = {}
  if (stored === undefined) return out
  if (!isRecord(stored)) {
    drop('sitting is not an object')
    return out
  }
  const seconds = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
  for (const [date, entry] of Object.entries(stored)) {
    if (!isDateKey(date) || !isRecord(entry) || !seconds(entry.active) || !seconds(entry.longest)) {
      drop(`sitting.${short(date)}`)
      continue
    }
    out[date] = { active: entry.active, longest: entry.longest }
  }
  return boundDays(out)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function short(key: string): string {
  return key.length > 20 ? `${key.slice(0, 20)}…` : key
}
