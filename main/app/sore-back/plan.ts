// The sore-back plan in the running app: started from the tray, the Today view or the command line (all through
// commands.ts), it makes the preferences in force gentler for a few local days (core/sore-back.ts), and ends by
// itself at the midnight after its last day, or when the user ends it. Starting one shows when to see a doctor
// (once a day) in the settings window, and says once when plans keep coming back. While it runs, the brace
// reminder counts wear time from the plan's start and from each plan day's first minute at the computer (or from
// "I just put it on"). Kept in the state file, so a restart in the middle keeps the plan.
import { logEvent } from '../log-events'
import { Integer, Number as TNumber, Object as TObject, String as TString } from 'typebox'
import Value from 'typebox/value'
import { addDays, dateKeyOf, isDateKey, type DateKey } from '../../core/local-time'
import { isRecord } from '../../core/one-of'
import type { Preferences } from '../../core/preferences/index'
import {
  FREQUENT_DAYS,
  FREQUENT_WINDOW_DAYS,
  daysWithPlan,
  gentlerPreferences,
  nextLocalMidnight,
  parsePlanDays,
  parsePlanRun,
  planDay,
  planEndsAt,
  rememberPlan,
  type PlanDays,
  type PlanLength,
  type PlanRun,
} from '../../core/sore-back'
import type { Platform } from '../platform'
import type { Speech } from '../speech'
import type { SoreBackStatus } from '../ipc-contract'

const MINUTE = 60_000

/** What the state file keeps of the plan. */
export interface StoredSoreBack {
  plan: PlanRun | null
  /** The days earlier plans were in force (for "it keeps coming back"). */
  past: PlanDays[]
  /** The day the doctor notice was last shown, and whether it is still up (not put away). */
  doctor: { shownOn: DateKey; open: boolean } | null
  /** "It keeps coming back": said (not again while it holds), still up, and on how many days. */
  frequent: { said: boolean; open: boolean; days: number }
  /** The brace: worn since (epoch ms), and whether the reminder to take it off was given for this wear. */
  brace: { since: number; told: boolean } | null
  /** The plan day whose first minute at the computer was seen (the brace's wear counts from then). */
  morningOn: DateKey | null
}

/** What the plan tells the app, and reads of it. */
export interface SoreBackHooks {
  /** The stored preferences (the brace reminder's settings). */
  prefs(): Preferences
  speech(): Speech
  /**
   * The plan began at `now`: the preferences in force are gentler from now, its first easy walk comes one interval
   * from here, a strength or yoga reminder on screen waits for a better day, and today's check-in waits in Today.
   */
  began(now: number): void
  /** The plan is over at `now`: the stored preferences are in force again. */
  ended(now: number): void
}

export class SoreBackPlan {
  private kept: StoredSoreBack

  constructor(
    private readonly platform: Pick<Platform, 'openWindow' | 'log' | 'notify'>,
    private readonly hooks: SoreBackHooks,
    stored: unknown,
  ) {
    this.kept = parseStored(stored)
  }

  /** What the state file keeps (a new object after every change). */
  get stored(): StoredSoreBack {
    return this.kept
  }

  /** The plan running at `now`, or null. */
  running(now: number): PlanRun | null {
    const plan = this.kept.plan
    return plan && planDay(plan, now) ? plan : null
  }

  day(now: number): { day: number; days: number } | null {
    const plan = this.kept.plan
    return plan ? planDay(plan, now) : null
  }

  /** The preferences in force: the stored ones, gentler while a plan runs. */
  inForce(prefs: Preferences, now: number): Preferences {
    return this.running(now) ? gentlerPreferences(prefs) : prefs
  }

  /** Starts a plan of `days` from today (a running one gives way to it). Answers whether the doctor notice shows. */
  start(days: PlanLength, now: number): { doctorNotice: boolean } {
    const today = dateKeyOf(new Date(now))
    const old = this.running(now)
    let past = this.kept.past
    if (old) past = rememberPlan(past, { from: old.firstDay, to: today }, now)
    const plan: PlanRun = { firstDay: today, days, startedAt: now }
    const count = daysWithPlan(past, plan, now)
    const frequent = this.kept.frequent
    const often = count > FREQUENT_DAYS
    const saysOften = often && !frequent.said
    const doctorNotice = this.kept.doctor?.shownOn !== today
    this.kept = {
      ...this.kept,
      plan,
      past,
      doctor: doctorNotice ? { shownOn: today, open: true } : this.kept.doctor,
      // Said once; said again only after plans stopped coming so often and then came back.
      frequent: often
        ? { said: true, open: frequent.open || saysOften, days: count }
        : { said: false, open: false, days: count },
      brace: this.hooks.prefs().soreBack.braceReminder ? { since: now, told: false } : null,
      morningOn: today,
    }
    this.hooks.began(now)
    // The settings window is where the notices are read, at the top of Today (see the README's "Sore-back days").
    if (doctorNotice || saysOften) this.platform.openWindow('settings')
    const shown = [doctorNotice ? 'when to see a doctor' : '', saysOften ? 'plans keep coming back' : '']
    logEvent(this.platform, { event: 'sore-back-started', days, shown: shown.filter(Boolean) })
    return { doctorNotice }
  }

  /** Ends the running plan now; false when none was running. */
  end(now: number): boolean {
    const plan = this.running(now)
    if (!plan) return false
    this.finish(plan, dateKeyOf(new Date(now)), now)
    logEvent(this.platform, { event: 'sore-back-ended', by: 'user' })
    return true
  }

  /** Ends a plan whose last day is over (it ends by itself at the midnight after it). */
  expire(now: number): void {
    const plan = this.kept.plan
    if (!plan || planDay(plan, now)) return
    this.finish(plan, addDays(plan.firstDay, plan.days - 1), now)
    logEvent(this.platform, { event: 'sore-back-ended', by: 'itself' })
  }

  /** The user read the notices: they are put away (the doctor notice comes back with tomorrow's start). */
  putAwayNotices(): void {
    const { doctor, frequent } = this.kept
    this.kept = {
      ...this.kept,
      doctor: doctor ? { ...doctor, open: false } : null,
      frequent: { ...frequent, open: false },
    }
  }

  /** "I just put it on" (true) or "It is off" (false): the brace's wear counts from now, or not at all. */
  setBrace(on: boolean, now: number): boolean {
    if (!this.running(now)) return false
    this.kept = { ...this.kept, brace: on ? { since: now, told: false } : null }
    return true
  }

  /** A plan day's first minute at the computer: the brace's wear counts from here. */
  morning(now: number): void {
    const today = dateKeyOf(new Date(now))
    if (!this.running(now) || this.kept.morningOn === today) return
    const brace = this.hooks.prefs().soreBack.braceReminder ? { since: now, told: false } : this.kept.brace
    this.kept = { ...this.kept, morningOn: today, brace }
  }

  /** When the reminder to take the brace off is due (null: none to come, or it was given). */
  braceDueAt(now: number): number | null {
    const { brace } = this.kept
    const prefs = this.hooks.prefs().soreBack
    if (!brace || brace.told || !prefs.braceReminder || !this.running(now)) return null
    return brace.since + prefs.braceMinutes * MINUTE
  }

  /** Gives the brace reminder (a notification); once per wear. */
  tellBrace(now: number): void {
    const brace = this.kept.brace
    if (!brace) return
    this.kept = { ...this.kept, brace: { ...brace, told: true } }
    const braceOff = this.hooks.speech().texts.content.soreBack.braceOff
    this.platform.notify(
      {
        id: `brace-${now}`,
        title: braceOff.title,
        body: braceOff.body,
        actions: false,
        urgency: 'normal',
        silent: !this.hooks.prefs().notifications.sound,
      },
      () => undefined,
    )
  }

  /** The next moment the plan needs a wake-up: its next day (or its end), and the brace reminder. */
  nextMoment(now: number): number | null {
    if (!this.running(now)) return null
    const brace = this.braceDueAt(now)
    const midnight = nextLocalMidnight(now)
    return brace !== null && brace > now && brace < midnight ? brace : midnight
  }

  status(now: number): SoreBackStatus | null {
    const plan = this.kept.plan
    const day = plan ? planDay(plan, now) : null
    if (!plan || !day) return null
    const today = dateKeyOf(new Date(now))
    const { doctor, frequent, brace } = this.kept
    const braceOn = this.hooks.prefs().soreBack.braceReminder
    const words = this.hooks.speech().texts.content
    return {
      day: day.day,
      days: day.days,
      title: words.soreBack.planDay(day),
      endsAt: planEndsAt(plan),
      doctor: { open: doctor !== null && doctor.open && doctor.shownOn === today },
      frequent: frequent.open
        ? words.soreBack.frequent({ days: frequent.days, window: FREQUENT_WINDOW_DAYS })
        : null,
      brace: braceOn
        ? { since: brace?.since ?? null, remindAt: brace && !brace.told ? this.braceDueAt(now) : null }
        : null,
    }
  }

  /** The wall clock moved by `skew` without time passing: the brace's wear keeps its length. */
  shift(skew: number): void {
    const brace = this.kept.brace
    if (brace) this.kept = { ...this.kept, brace: { ...brace, since: brace.since + skew } }
  }

  private finish(plan: PlanRun, lastDay: DateKey, now: number): void {
    this.kept = {
      ...this.kept,
      plan: null,
      past: rememberPlan(this.kept.past, { from: plan.firstDay, to: lastDay }, now),
      brace: null,
    }
    this.hooks.ended(now)
  }
}

/** The pieces of a stored plan that can be read back; each is checked on its own, so a damaged one loses only itself. */
const STORED = {
  doctor: TObject({ shownOn: TString() }),
  frequent: TObject({ days: Integer() }),
  brace: TObject({ since: TNumber() }),
}
const isTrue = (record: object, key: string): boolean => key in record && Reflect.get(record, key) === true

function parseStored(stored: unknown): StoredSoreBack {
  const record = isRecord(stored) ? stored : {}
  const { doctor, frequent, brace } = record
  const often = isRecord(frequent) ? frequent : {}
  return {
    plan: parsePlanRun(record.plan),
    past: parsePlanDays(record.past),
    doctor:
      Value.Check(STORED.doctor, doctor) && isDateKey(doctor.shownOn)
        ? { shownOn: doctor.shownOn, open: isTrue(doctor, 'open') }
        : null,
    frequent: {
      said: isTrue(often, 'said'),
      open: isTrue(often, 'open'),
      days: Value.Check(STORED.frequent, often) ? often.days : 0,
    },
    brace: Value.Check(STORED.brace, brace) ? { since: brace.since, told: isTrue(brace, 'told') } : null,
    morningOn: isDateKey(record.morningOn) ? record.morningOn : null,
  }
}
