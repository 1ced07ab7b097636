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
  open: boolean
  doctor: { on: DateKey; why: DoctorWhy; pain: number; open: boolean } | null
}

type PlanDay = { day: number; days: number } | null

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
      open: record.open === true,
      doctor: parseDoctor(record.doctor),
    }
  }

  get stored(): StoredCheckIn {
    return this.kept
  }

  /** Whether today's question is due: on, after today's wake time, not asked or answered today. */
  due(now: number, on: boolean, wakeAt: number): boolean {
    const today = dateKeyOf(new Date(now))
    return on && now >= wakeAt && this.kept.askedOn !== today && !this.history.checkInOn(today)
  }

  /** Asks now: a quiet notification (the break window where the system shows none). */
  ask(now: number, plan: PlanDay, prefs: Preferences): void {
    const today = dateKeyOf(new Date(now))
    this.kept = { ...this.kept, askedOn: today, open: true }
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
    this.kept = { ...this.kept, askedOn: today, open: true }
    this.askedAt = now
  }

  /** Keeps today's answer. False when the values are not a pain of 0–10 and a word (the IPC check comes first). */
  save(pain: number, word: string, now: number, reminderOnScreen: boolean): boolean {
    if (!isPain(pain) || typeof word !== 'string') return false
    const today = dateKeyOf(new Date(now))
    const kept = cleanWord(word)
    this.history.saveCheckIn(today, kept === '' ? { pain, at: now } : { pain, word: kept, at: now })
    this.close(today, reminderOnScreen)
    this.suggestDoctor(today, pain)
    return true
  }

  /** The doctor suggestion was read ("Got it"): it goes away until another answer calls for it, another day. */
  putAwayDoctor(): void {
    const doctor = this.kept.doctor
    if (doctor?.open) this.kept = { ...this.kept, doctor: { ...doctor, open: false } }
  }

  /** "Not today": the question goes away until tomorrow morning. */
  dismiss(now: number, reminderOnScreen: boolean): void {
    this.close(dateKeyOf(new Date(now)), reminderOnScreen)
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
  nextMoment(now: number, on: boolean, wakeToday: number, wakeTomorrow: number): number | null {
    if (!on) return null
    if (now < wakeToday) return wakeToday
    const today = dateKeyOf(new Date(now))
    return this.kept.askedOn === today || this.history.checkInOn(today) ? wakeTomorrow : null
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

  private close(today: DateKey, reminderOnScreen: boolean): void {
    this.kept = { ...this.kept, askedOn: today, open: false }
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
