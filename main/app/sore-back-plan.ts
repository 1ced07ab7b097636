// The sore-back plan in the running app: started from the tray, the Today view or the command line (all through
// commands.ts), it makes the preferences in force gentler for a few local days (core/sore-back.ts), and ends by
// itself at the midnight after its last day, or when the user ends it. Starting one shows when to see a doctor
// (once a day) in the settings window, and says once when plans keep coming back. While it runs, the brace
// reminder counts wear time from the plan's start and from each plan day's first minute at the computer (or from
// "I just put it on"). Kept in the state file, so a restart in the middle keeps the plan.
import { addDays, dateKeyOf, isDateKey, type DateKey } from '../core/local-time'
import type { Preferences } from '../core/preferences'
import { isActiveUseKind, kindEnabled } from '../core/reminders'
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
} from '../core/sore-back'
import type { AppCore } from './app-core'
import type { SoreBackStatus } from './ipc-contract'

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

export class SoreBackPlan {
  private kept: StoredSoreBack

  constructor(
    private readonly app: AppCore,
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
    const app = this.app
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
      brace: app.prefs.soreBack.braceReminder ? { since: now, told: false } : null,
      morningOn: today,
    }
    app.replan(now)
    // The plan begins now: the first easy walk comes one interval from here, not at once.
    app.state = { ...app.state, postureClockStart: now }
    // A strength or yoga reminder on screen waits for a better day.
    const showing = app.screen.current
    if (
      showing &&
      !isActiveUseKind(showing.kind) &&
      !kindEnabled(app.calendar.prefs, showing.kind, showing.ref)
    )
      app.screen.end('withdrawn', now)
    app.checkIn.askWithoutNotice(now)
    // The settings window is where the notices are read, at the top of Today (see the README's "Sore-back days").
    if (doctorNotice || saysOften) app.platform.openWindow('settings')
    const notices = [doctorNotice ? 'when to see a doctor' : '', saysOften ? 'plans keep coming back' : '']
    const shown = notices.filter(Boolean).join(' and ')
    app.platform.log('info', `sore-back plan started for ${days} days${shown ? `; showed ${shown}` : ''}`)
    return { doctorNotice }
  }

  /** Ends the running plan now; false when none was running. */
  end(now: number): boolean {
    const plan = this.running(now)
    if (!plan) return false
    this.finish(plan, dateKeyOf(new Date(now)), now)
    this.app.platform.log('info', 'sore-back plan ended early')
    return true
  }

  /** Ends a plan whose last day is over (it ends by itself at the midnight after it). */
  expire(now: number): void {
    const plan = this.kept.plan
    if (!plan || planDay(plan, now)) return
    this.finish(plan, addDays(plan.firstDay, plan.days - 1), now)
    this.app.platform.log('info', 'sore-back plan ended by itself')
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
    const brace = this.app.prefs.soreBack.braceReminder ? { since: now, told: false } : this.kept.brace
    this.kept = { ...this.kept, morningOn: today, brace }
  }

  /** When the reminder to take the brace off is due (null: none to come, or it was given). */
  braceDueAt(now: number): number | null {
    const { brace } = this.kept
    const prefs = this.app.prefs.soreBack
    if (!brace || brace.told || !prefs.braceReminder || !this.running(now)) return null
    return brace.since + prefs.braceMinutes * MINUTE
  }

  /** Gives the brace reminder (a notification); once per wear. */
  tellBrace(now: number): void {
    const brace = this.kept.brace
    if (!brace) return
    this.kept = { ...this.kept, brace: { ...brace, told: true } }
    const braceOff = this.app.speech().texts.content.soreBack.braceOff
    this.app.platform.notify(
      {
        id: `brace-${now}`,
        title: braceOff.title,
        body: braceOff.body,
        actions: false,
        urgency: 'normal',
        silent: !this.app.prefs.notifications.sound,
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
    const braceOn = this.app.prefs.soreBack.braceReminder
    const words = this.app.speech().texts.content
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
    this.app.replan(now)
  }
}

function parseStored(stored: unknown): StoredSoreBack {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>
  const doctor = record.doctor as Record<string, unknown> | null | undefined
  const frequent = (record.frequent ?? {}) as Record<string, unknown>
  const brace = record.brace as Record<string, unknown> | null | undefined
  return {
    plan: parsePlanRun(record.plan),
    past: parsePlanDays(record.past),
    doctor:
      doctor && isDateKey(doctor.shownOn) ? { shownOn: doctor.shownOn, open: doctor.open === true } : null,
    frequent: {
      said: frequent.said === true,
      open: frequent.open === true,
      days: typeof frequent.days === 'number' && Number.isInteger(frequent.days) ? frequent.days : 0,
    },
    brace:
      brace && typeof brace.since === 'number' && Number.isFinite(brace.since)
        ? { since: brace.since, told: brace.told === true }
        : null,
    morningOn: isDateKey(record.morningOn) ? record.morningOn : null,
  }
}
