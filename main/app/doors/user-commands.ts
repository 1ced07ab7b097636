// What each of the user's commands does to the running app (commands.ts routes them here from the tray, the
// command line and the windows), and the settings window's preference changes: applied live, re-planned, and a
// reminder on screen whose kind was just turned off is withdrawn.
import type { DueReminder } from '../../core/planning/next-due'
import {
  DEFAULT_PREFERENCES,
  mergePreferences,
  validatePreferences,
  type Preferences,
} from '../../core/preferences/index'
import { kindEnabled, REMINDER_NAMES } from '../../core/planning/reminders'
import type { PlanLength } from '../../core/sore-back'
import type { AppParts } from '../parts'
import type { CommandResult, CommandTarget } from './commands'
import type { PauseDuration, ReminderAction, SetPreferencesResult, TherapyMode } from '../ipc-contract'
import { checkPlainData } from './ipc-check'
import { answersOf } from '../on-screen/firm-break'
import { logEvent } from '../log-events'
import { withoutBidiControls } from '../../core/plain-text'

const MINUTE = 60_000
const PAUSE_MINUTES = { '30m': 30, '1h': 60, '2h': 120 } as const

/** The parts the user's commands act on. */
export type CommandParts = Pick<
  AppParts,
  | 'platform'
  | 'prefs'
  | 'schedule'
  | 'screen'
  | 'dueNow'
  | 'history'
  | 'therapy'
  | 'soreBack'
  | 'checkIn'
  | 'replan'
  | 'language'
  | 'breakContent'
  | 'routineDoors'
  | 'speech'
  | 'skips'
  | 'updates'
>

export class UserCommands implements CommandTarget {
  constructor(private readonly app: CommandParts) {}

  private now(): number {
    return this.app.platform.clock.now()
  }

  /**
   * Done / snooze / skip for the reminder on screen; `id` must name the current showing. Firm mode may take Snooze
   * or Skip away (on-screen/firm-break.ts): a Skip it took away is a Snooze while Snooze is offered ("Skip turns into
   * Snooze"), else refused, as is a Snooze it took away.
   */
  answer(id: string, asked: ReminderAction): boolean {
    const app = this.app
    const showing = app.screen.current
    if (!showing || showing.id !== id) return false
    const now = this.now()
    const answers = app.screen.answers(now)
    const action = asked === 'skip' && answers && !answers.skip ? 'snooze' : asked
    if (action === 'snooze' && answers && !answers.snooze) return false
    if (action === 'skip') app.skips.count(showing.kind, now)
    if (action === 'snooze') {
      app.schedule.apply(
        { type: 'snoozed', reminder: showing.reminder, minutes: app.prefs.value.snoozeMinutes },
        now,
      )
      app.screen.end('snoozed', now)
    } else {
      app.schedule.apply({ type: 'answered', reminder: showing.reminder }, now)
      app.screen.end(action === 'done' ? 'done' : 'skipped', now)
    }
    return true
  }

  /**
   * The emergency way out of a break without Skip (Esc held for three seconds): it ends at once and the history
   * records it as skipped. Always allowed: firm mode is never a trap.
   */
  emergencyExit(id: string): boolean {
    const app = this.app
    const showing = app.screen.current
    if (!showing || showing.id !== id) return false
    const now = this.now()
    app.skips.count(showing.kind, now)
    logEvent(app.platform, { event: 'emergency-exit', kind: showing.kind })
    app.schedule.apply({ type: 'answered', reminder: showing.reminder }, now)
    app.screen.end('skipped', now)
    return true
  }

  pause(duration: PauseDuration): void {
    const app = this.app
    const now = this.now()
    const until =
      duration === 'forever'
        ? 'forever'
        : duration === 'until-morning'
          ? app.schedule.calendar.nextWakeTime(now)
          : now + PAUSE_MINUTES[duration] * MINUTE
    // Pausing while a reminder is on screen is the user's answer to it: skipped.
    if (app.screen.current) app.screen.end('skipped', now)
    app.screen.headsUp.close()
    app.schedule.apply({ type: 'paused', until }, now)
  }

  resume(): void {
    this.app.schedule.apply({ type: 'resumed' }, this.now())
  }

  skipNext(): 'skipped' | 'none' | 'kept' {
    const app = this.app
    const now = this.now()
    const next = app.schedule.next(now)
    if (!next) return 'none'
    if (!this.nextSkippable(now)) return 'kept'
    app.schedule.apply({ type: 'skipped-next', reminder: next }, now)
    app.history.record(next.kind, 'skipped', now)
    app.skips.count(next.kind, now)
    return 'skipped'
  }

  /** "Take a break now" / "Start a stretch now": shown at once, in the break window. */
  breakNow(kind: 'posture' | 'stretch'): boolean {
    const now = this.now()
    const reminder: DueReminder = {
      kind,
      at: now,
      key: kind,
      title: REMINDER_NAMES[kind].title,
      plannedAt: now,
      late: false,
      snoozed: false,
      relevantUntil: null,
      absorbs: null,
    }
    this.app.dueNow.show(reminder, now, false)
    return true
  }

  /** Whether "Skip next" may skip the reminder coming next: firm mode's rules, as for that break on screen. */
  nextSkippable(now: number): boolean {
    const app = this.app
    const next = app.schedule.next(now)
    if (!next) return false
    const prefs = app.schedule.calendar.prefs
    return answersOf(
      {
        kind: next.kind,
        reminder: next,
        manual: false,
        gentle: app.soreBack.running(now) !== null,
        stretches: [],
      },
      prefs.firmMode,
      app.skips.today(now),
    ).skip
  }

  startTherapy(mode: TherapyMode): void {
    this.app.therapy.start(mode, this.app.prefs.value, this.now())
  }

  stopTherapy(): void {
    this.app.therapy.stop(this.now(), this.app.prefs.value.notifications.sound)
  }

  showBreak(): void {
    this.app.screen.openBreakWindow(this.now(), true)
  }

  openSettings(): void {
    this.app.platform.openWindow('settings')
  }

  startSoreBack(days: PlanLength): { doctorNotice: boolean } {
    return this.app.soreBack.start(days, this.now())
  }

  endSoreBack(): boolean {
    return this.app.soreBack.end(this.now())
  }

  putAwaySoreBackNotices(): void {
    this.app.soreBack.putAwayNotices()
    this.app.checkIn.putAwayDoctor()
  }

  setBrace(on: boolean): boolean {
    return this.app.soreBack.setBrace(on, this.now())
  }

  checkIn(pain: number, word: string): boolean {
    return this.app.checkIn.save(pain, word, this.now(), this.app.screen.current !== null)
  }

  dismissCheckIn(): void {
    this.app.checkIn.dismiss(this.now(), this.app.screen.current !== null)
  }

  checkForUpdates(): void {
    void this.app.updates.check()
  }

  installUpdate(): boolean {
    return this.app.updates.restart()
  }

  setPreferences(patch: unknown): SetPreferencesResult {
    const plain = checkPlainData(patch)
    if (plain) return { ok: false, errors: [plain] }
    const merged = validatePreferences(mergePreferences(this.app.prefs.value, patch))
    if (!merged.ok) return merged
    // Titles are shown beside Limber's own words (tray, notifications): no bidirectional controls in them. Checked
    // again, since a title made only of such controls is blank.
    const checked = validatePreferences(withPlainTitles(merged.value))
    if (!checked.ok) return checked
    this.applyPreferences(checked.value)
    return { ok: true, value: structuredClone(this.app.prefs.value) }
  }

  resetPreferences(): Preferences {
    this.applyPreferences(structuredClone(DEFAULT_PREFERENCES))
    return structuredClone(this.app.prefs.value)
  }

  private applyPreferences(next: Preferences): void {
    const app = this.app
    const now = this.now()
    const previous = { prefs: app.prefs.value, language: app.language() }
    app.prefs.replace(next)
    // A held or waiting reminder stays; only times the change itself moved into the past are passed over.
    app.replan(now)
    // Turning a kind off withdraws its reminder on screen (a break the user started is theirs to finish).
    const showing = app.screen.current
    if (
      showing &&
      !showing.manual &&
      !kindEnabled(app.schedule.calendar.prefs, showing.kind, showing.ref, app.schedule.calendar.routines)
    ) {
      app.screen.end('withdrawn', now)
    }
    app.screen.headsUp.close()
    if (previous.prefs.startAtLogin !== next.startAtLogin) {
      try {
        app.platform.setStartAtLogin(next.startAtLogin)
      } catch (error) {
        app.platform.log('error', 'could not change the login item', error)
      }
    }
    app.platform.broadcast('prefs:changed', structuredClone(app.prefs.value))
    // A new language applies at once: the break window re-renders what it shows in it (the tray and the status,
    // which carry the language too, are published with the next update).
    const language = app.language()
    if (language.code !== previous.language.code || language.locale !== previous.language.locale) {
      const content = app.breakContent(now)
      if (content) app.platform.broadcast('break:changed', content)
    }
  }

  importRoutine(path: string, cwd: string | undefined): CommandResult {
    const result = this.app.routineDoors.importFile(path, cwd, 'command-line')
    const words = this.app.speech().texts.app.routines
    const message = result.ok ? result.message : [result.message, ...result.problems].join('\n')
    this.app.platform.inform(result.ok ? words.importedTitle : words.notImportedTitle, message)
    return { ok: result.ok, message, told: true }
  }
}

function withPlainTitles(prefs: Preferences): Preferences {
  const custom = prefs.activities.custom.map((reminder) => ({
    ...reminder,
    title: withoutBidiControls(reminder.title),
  }))
  return { ...prefs, activities: { ...prefs.activities, custom } }
}
