// An honest end to the day: an optional limit on time at the computer, counted as the sitting figures count it
// (records/sitting.ts: time at the computer, not wall time; time away is never counted), per local day. Told once
// when it is reached ("You've been at the computer 8 hours today") and gently at each further whole hour at the
// computer; while it is reached the tray icon is the quieter one. Its notices come only when a prompt may
// (sore-back/prompts.ts: someone at the computer, nothing on screen, not paused, not sleep time, not busy), so the
// bedtime steps speak alone at night. What was said today is kept in the state file: a restart neither repeats
// nor forgets it.
import { Integer, Object as TObject, String as TString, type Static } from 'typebox'
import Value from 'typebox/value'
import { dateKeyOf } from '../../core/local-time'
import type { Preferences } from '../../core/preferences/index'
import { nextLocalMidnight } from '../../core/sore-back/days'
import type { Platform } from '../platform'
import type { Sitting } from '../records/sitting'
import type { Speech } from '../speech'

const HOUR_S = 3600
const LOOK_AGAIN_MS = 60_000

/** What was said today: the local date, and the seconds at the computer that day when the last notice came. */
const StoredDayLimitSchema = TObject({
  date: TString({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  toldAtSeconds: Integer({ minimum: 0 }),
})
export type StoredDayLimit = Static<typeof StoredDayLimitSchema> | null

/** The state file's piece read back: nothing said yet, what was said today, or one this version cannot read. */
export function readStoredDayLimit(value: unknown): StoredDayLimit | 'unreadable' {
  if (value === undefined || value === null) return null
  return Value.Check(StoredDayLimitSchema, value) ? value : 'unreadable'
}

export interface DayLimitPort {
  platform: Pick<Platform, 'notify'>
  sitting: Pick<Sitting, 'activeToday'>
  /** The stored preferences: the limit and whether notices make a sound. */
  prefs(): Preferences
  speech(): Speech
}

export class DayLimit {
  private kept: StoredDayLimit

  constructor(
    private readonly port: DayLimitPort,
    stored: StoredDayLimit,
  ) {
    this.kept = stored
  }

  get stored(): StoredDayLimit {
    return this.kept
  }

  /** The limit in seconds, or null when it is off. */
  private limit(): number | null {
    const limit = this.port.prefs().dayLimit
    return limit.enabled ? limit.hours * HOUR_S : null
  }

  /** Seconds at the computer today when the last notice came, or null when none came today at this limit. */
  private toldToday(now: number, limit: number): number | null {
    const told = this.kept?.date === dateKeyOf(new Date(now)) ? this.kept.toldAtSeconds : null
    // A limit raised past what was said is a new limit, not yet reached.
    return told === null || told < limit ? null : told
  }

  /** Seconds at the computer today at which the next notice is due, or null when none is. */
  private nextAtSeconds(now: number): number | null {
    const limit = this.limit()
    if (limit === null) return null
    const told = this.toldToday(now, limit)
    if (told === null) return limit
    // Each further whole hour past the limit, however late the last notice came.
    return limit + HOUR_S * (Math.floor((told - limit) / HOUR_S) + 1)
  }

  /** Today's time at the computer has reached the limit (the tray's quieter icon). */
  reached(now: number): boolean {
    const limit = this.limit()
    return limit !== null && this.port.sitting.activeToday(now).seconds >= limit
  }

  /** A notice is due now (the step looks at the user first, and asks whether a prompt may come). */
  due(now: number): boolean {
    const next = this.nextAtSeconds(now)
    return next !== null && this.port.sitting.activeToday(now).seconds >= next
  }

  /** Says it: the first time today that the limit is reached, after that that the user is still here. */
  tell(now: number): void {
    const limit = this.limit()
    if (limit === null) return
    const seconds = this.port.sitting.activeToday(now).seconds
    const first = this.toldToday(now, limit) === null
    this.kept = { date: dateKeyOf(new Date(now)), toldAtSeconds: seconds }
    const speech = this.port.speech()
    const words = speech.texts.app.dayLimit
    const hours = Math.floor(seconds / HOUR_S)
    this.port.platform.notify(
      {
        id: `day-limit-${now}`,
        title: first ? words.reachedTitle({ hours }) : words.againTitle({ hours }),
        body: first ? words.reachedBody : words.againBody({ limit: speech.format.minutes(limit / 60) }),
        actions: false,
        urgency: 'low',
        silent: !this.port.prefs().notifications.sound,
      },
      () => undefined,
    )
  }

  /**
   * When the app should look again: the moment the next notice falls due if the user stays at the computer (it moves
   * when they leave), and the midnight that ends a reached day (the tray's icon changes back).
   */
  nextMoment(now: number): number | null {
    const next = this.nextAtSeconds(now)
    if (next === null) return null
    const today = this.port.sitting.activeToday(now)
    const midnight = nextLocalMidnight(now)
    // A notice already due waits for a moment a prompt may come (a pause's end, a busy state's end, the morning):
    // looked at again each minute rather than at once, so the timer never spins.
    const notice = !today.present
      ? null
      : today.seconds >= next
        ? now + LOOK_AGAIN_MS
        : now + (next - today.seconds) * 1000
    if (this.reached(now)) return Math.min(notice ?? midnight, midnight)
    return notice === null ? null : Math.min(notice, midnight)
  }

  /** The limit for the windows, or null when it is off. */
  status(now: number): { hours: number; reached: boolean } | null {
    const limit = this.port.prefs().dayLimit
    return limit.enabled ? { hours: limit.hours, reached: this.reached(now) } : null
  }
}
