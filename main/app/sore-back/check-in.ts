// The morning check-in, "How is your back today?": once a day, at the first minute at the computer after wake time,
// when the preference is on or a sore-back plan runs. A quiet notification asks; clicking it opens the small break
// window with the question (0–10 and an optional word), which the Today view also shows for the rest of the day.
// A day the user is away throughout is skipped, never caught up. Answers are kept with the history
// (history-file.ts, same file and backups) and never leave the computer. An answer of 8 or more, or pain that
// rose at three check-ins in a row (core/pain-trend.ts), suggests a doctor with the warning signs, at the top of
// Today, once a day at most: the settings window opens for it, as it does when a sore-back plan starts.
import { checkInNotice } from '../../core/content'
import { dateKeyOf, isDateKey, type DateKey } from '../../core/local-time'
import { isOneOf, isRecord } from '../../core/one-of'
import { painCallsForDoctor, type DoctorWhy } from '../../core/pain-trend'
import type { Preferences } from '../../core/preferences/index'
import { cleanWord, isPain } from '../records/day-records'
import type { HistoryFile } from '../records/history-file'
import type { BreakContent, CheckInStatus } from '../ipc-contract'
import type { NotificationAction, Platform } from '../platform'
import type { Speech } from '../speech'

/**
 * What the state file keeps: the day last asked, and whether that day's question still waits for an answer; and
 * the last doctor suggestion: its day, why, the pain that day, and whether it is still up (not put away).
 */
export interface StoredCheckIn {
  askedOn: DateKey | null
  /**
   * The instant it was last asked: the question comes once per waking period as the user lives it, so a time-zone
   * correction that moves the local date back does not ask again the same day (null: a state from before this).
   */
  askedAt: number | null
  open: boolean
  doctor: { on: DateKey; why: DoctorWhy; pain: number; open: boolean } | null
}

type PlanDay = { day: number; days: number } | null

/** Today's waking period: it began when last night did (its bedtime), and the question comes from its wake time. */
export interface WakingDay {
  /** Last night's bedtime: an ask or an answer since then belongs to this waking period. */
  since: number
  /** Today's wake time: not asked before it. */
  wakeAt: number
}

export class MorningCheckIn {
  private kept: StoredCheckIn
  /** The break window was opened for the question (so answering closes it). */
  private windowOpen = false
  /** False while the window opened by itself (no notification could be shown): it took no focus. */
  private userAsked = true
  private askedAt = 0

  constructor(
    private readonly platform: Platform,
    private readonly history: HistoryFile,
    stored: unknown,
    private readonly hooks: { changed(): void; guard(run: () => void): void; speech(): Speech },
  ) {
    const record = isRecord(stored) ? stored : {}
    this.kept = {
      askedOn: isDateKey(record.askedOn) ? record.askedOn : null,
      askedAt: typeof record.askedAt === 'number' && Number.isFinite(record.askedAt) ? record.askedAt : null,
      open: record.open === true,
      doctor: parseDoctor(record.doctor),
    }
  }

  get stored(): StoredCheckIn {
    return this.kept
  }

  /** Whether today's question is due: on, after today's wake time, not asked or answered this waking period. */
  due(now: number, on: boolean, day: WakingDay): boolean {
    return on && now >= day.wakeAt && !this.settled(now, day)
  }

  /**
   * Asked or answered in this waking period. By instants, not by dates: a zone correction moving the local date
   * back a day (Kolkata → New York) leaves the morning's question asked, while the next morning asks again.
   */
  private settled(now: number, day: WakingDay): boolean {
    const today = dateKeyOf(new Date(now))
    const { askedOn, askedAt } = this.kept
    const asked = askedAt === null ? askedOn === today : askedAt >= day.since
    const answer = this.history.checkInOn(today)
    return asked || (answer !== undefined && answer.at >= day.since)
  }

  /** Asks now: a quiet notification (the break window where the system shows none). */
  ask(now: number, plan: PlanDay, prefs: Preferences): void {
    const today = dateKeyOf(new Date(now))
    this.kept = { ...this.kept, askedOn: today, askedAt: now, open: true }
    this.askedAt = now
    const notice = checkInNotice(this.hooks.speech().texts.content, plan)
    const id = `check-in:${today}`
    const shown = this.platform.notify(
      {
        id,
        title: notice.title,
        body: notice.body,
        actions: false,
        urgency: 'normal',
        silent: !prefs.notifications.sound,
      },
      (action) => this.hooks.guard(() => this.onAction(action)),
    )
    if (!shown) this.openWindow(false)
  }

  /** A sore-back plan started: today's question waits in the Today view (the settings window), no notification. */
  askWithoutNotice(now: number): void {
    const today = dateKeyOf(new Date(now))
    if (this.history.checkInOn(today) || (this.kept.askedOn === today && !this.kept.open)) return
    this.kept = { ...this.kept, askedOn: today, askedAt: now, open: true }
    this.askedAt = now
  }

  /** Keeps today's answer. False when the values are not a pain of 0–10 and a word (the IPC check comes first). */
  save(pain: number, word: string, now: number, reminderOnScreen: boolean): boolean {
    if (!isPain(pain) || typeof word !== 'string') return false
    const today = dateKeyOf(new Date(now))
    const kept = cleanWord(word)
    this.history.saveCheckIn(today, kept === '' ? { pain, at: now } : { pain, word: kept, at: now })
    this.close(today, now, reminderOnScreen)
    this.suggestDoctor(today, pain)
    return true
  }

  /** The doctor suggestion was read ("Got it"): it goes away until another answer calls for it, another day. */
  putAwayDoctor(): void {
    const doctor = this.kept.doctor
    if (doctor?.open) this.kept = { ...this.kept, doctor: { ...doctor, open: false } }
  }

  /** The wall clock moved by `skew` without time passing: when it was asked moves with it. */
  shift(skew: number): void {
    const { askedAt } = this.kept
    if (askedAt !== null) this.kept = { ...this.kept, askedAt: askedAt + skew }
  }

  /** "Not today": the question goes away until tomorrow morning. */
  dismiss(now: number, reminderOnScreen: boolean): void {
    this.close(dateKeyOf(new Date(now)), now, reminderOnScreen)
  }

  /** Whether today's question waits for an answer. */
  isOpen(now: number): boolean {
    return this.kept.open && this.kept.askedOn === dateKeyOf(new Date(now))
  }

  /** What the break window shows for the question (when no reminder is on screen). */
  content(now: number, plan: PlanDay, prefs: Preferences): BreakContent | null {
    if (!this.isOpen(now)) return null
    const speech = this.hooks.speech()
    const words = speech.texts.content.soreBack
    return {
      language: speech.language,
      id: `check-in:${this.kept.askedOn}`,
      kind: 'check-in',
      title: words.checkIn.question,
      message: plan ? words.planDay(plan) : '',
      startedAt: this.askedAt || now,
      durationSeconds: 0,
      stretches: [],
      cue: '',
      tips: plan ? [words.iceOrHeat] : [],
      sound: false,
      fullScreen: false,
      snoozeMinutes: prefs.snoozeMinutes,
      userAsked: this.userAsked,
      held: null,
      ...(plan ? { soreDay: true } : {}),
    }
  }

  status(now: number, on: boolean): CheckInStatus | null {
    const today = dateKeyOf(new Date(now))
    const answer = this.history.checkInOn(today)
    const doctor = this.kept.doctor
    const suggests = doctor !== null && doctor.open && doctor.on === today
    if (!on && !answer && !this.isOpen(now) && !suggests) return null
    return {
      open: this.isOpen(now),
      ...(answer
        ? { today: answer.word ? { pain: answer.pain, word: answer.word } : { pain: answer.pain } }
        : {}),
      ...(suggests ? { doctor: { why: doctor.why, pain: doctor.pain } } : {}),
    }
  }

  /** The next moment to wake for the question: today's wake time, or tomorrow's once today's was asked. */
  nextMoment(now: number, on: boolean, day: WakingDay, wakeTomorrow: number): number | null {
    if (!on) return null
    if (now < day.wakeAt) return day.wakeAt
    return this.settled(now, day) ? wakeTomorrow : null
  }

  windowClosed(): void {
    this.windowOpen = false
  }

  /**
   * An answer that calls for a doctor (core/pain-trend.ts) brings the suggestion, with the warning signs, to the top
   * of Today, and the settings window opens for it: once a day at most, so answering again changes nothing.
   */
  private suggestDoctor(today: DateKey, pain: number): void {
    const why = painCallsForDoctor(this.history.data.checkIns, today)
    if (!why || this.kept.doctor?.on === today) return
    this.kept = { ...this.kept, doctor: { on: today, why, pain, open: true } }
    this.platform.openWindow('settings')
    this.platform.log(
      'info',
      `check-in: suggested a doctor (${why === 'high' ? 'pain of 8 or more' : 'pain rising'})`,
    )
  }

  private close(today: DateKey, now: number, reminderOnScreen: boolean): void {
    // Answered or put away without being asked today (from the Today view): it counts as asked now.
    const askedAt = this.kept.askedOn === today ? this.kept.askedAt : now
    this.kept = { ...this.kept, askedOn: today, askedAt, open: false }
    this.platform.closeNotification(`check-in:${today}`)
    // The break window is the question's only while no reminder took it over.
    if (this.windowOpen && !reminderOnScreen) {
      this.platform.closeWindow('break')
      this.platform.broadcast('break:changed', null)
    }
    this.windowOpen = false
  }

  /**
   * Opens the break window with the question. One that opens by itself (no notification could be shown) takes no
   * focus, and its keys wait for the user to reach for it, as a break window's do (on-screen.ts).
   */
  private openWindow(userAsked: boolean): void {
    this.windowOpen = true
    this.userAsked = userAsked
    if (userAsked) this.platform.openWindow('break')
    else this.platform.openWindow('break', { focus: false })
  }

  private onAction(action: NotificationAction): void {
    if (action === 'open' || action === 'start' || action === 'failed') {
      if (!this.kept.open) return
      // A click on the notification is the user asking; a notification that failed opens the window by itself.
      this.openWindow(action !== 'failed')
      this.hooks.changed()
    }
    // Closed or dismissed: the question waits in the Today view for the rest of the day.
  }
}

const DOCTOR_WHYS: readonly DoctorWhy[] = ['high', 'rising']

function parseDoctor(value: unknown): StoredCheckIn['doctor'] {
  if (!isRecord(value)) return null
  const { on, why, pain } = value
  if (!isDateKey(on) || !isOneOf(DOCTOR_WHYS, why) || !isPain(pain)) return null
  return { on, why, pain, open: value.open === true }
}
