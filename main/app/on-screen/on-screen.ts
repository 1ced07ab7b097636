// The reminder on screen: where a reminder is shown (a notification, or the break window when the system cannot
// show one or the notification fails), how long it waits for an answer, and how it leaves the screen. Its ten
// minutes run only while the user is there: a reminder shown just before they left waits for their return. A
// break window the user did not ask for waits for a pause in typing and opens without focus (typing-pause.ts).
// The quiet heads-up a little before a break is heads-up.ts's; it never shows over a reminder. Firm mode (firm-break.ts) decides which answers it offers; a
// firm break opens its window at once, stays until its time has passed, and comes back if it is closed. Where the
// window goes among the displays is break-screens.ts's job.
import type { DueReminder } from '../../core/planning/next-due'
import type { Preferences } from '../../core/preferences/index'
import type { Speech } from '../speech'
import type { ReminderKind } from '../../core/planning/reminders'
import type { Routine } from '../../core/routine/format'
import { routineForBreak } from '../../core/routine/shown'
import { breakContent, reminderNotification, type Showing } from './break-content'
import type { HeldFor } from '../busy/hold'
import type { Outcome } from '../records/history'
import type { BreakContent, ReminderAction } from '../ipc-contract'
import type { Disposable, NotificationAction, Platform } from '../platform'
import { firmBreakSeconds, type FirmAnswers } from '../../core/firm/answers'
import { BreakScreens } from './break-screens'
import { answersOf } from './firm-break'
import { HeadsUp } from './heads-up'
import { Rotation } from './rotation'
import { TypingPause } from './typing-pause'

/** A reminder nobody answers is over after this much time with the user present: recorded as timed out. */
const SHOWING_TIMEOUT_MS = 10 * 60_000

export interface OnScreenReminder extends Showing {
  reminder: DueReminder
  /** Present time left before it counts as unanswered. */
  leftMs: number
  /** Wall time since which that time runs down, or null while the user is away. */
  runningSince: number | null
  breakWindowOpen: boolean
  /** Started by the user ("Take a break now"), not by the planner. */
  manual: boolean
  /** The user asked for the break window (a click on the notification, "Take a break now", "Show the break"). */
  userAsked: boolean
  /** A firm break's window has opened: its time runs from then, and a window closed comes back. */
  firmOpened: boolean
}

export interface OnScreenHooks {
  /** The preferences in force (gentler during a sore-back plan). */
  prefs(): Preferences
  /** The words reminders are written in now (the language in use). */
  speech(): Speech
  /** A sore-back plan runs: easy walks, gentle stretches only, each with "stop at the first sign of pain". */
  gentle(now: number): boolean
  /**
   * The routine from a physiotherapist a reminder does: for a 'routine' reminder, the one it names; for a stretch
   * break, the one used for breaks (instead of the automatic choice). Null: none.
   */
  routine(kind: ReminderKind, ref: string | undefined): Routine | null
  /** Records what became of a reminder. */
  record(kind: ReminderKind, outcome: Outcome, at: number): void
  /** The user answered from the notification. */
  answer(id: string, action: ReminderAction): void
  /** Something changed that the app should take a step for (a window opened from a notification). */
  changed(): void
  /** Runs a callback from the outside world (a notification's answer), never throwing back into the shell. */
  guard(run: () => void): void
  /** Breaks the user skipped today (firm mode's daily allowance). */
  skipsToday(now: number): number
}

export class OnScreen implements Disposable {
  private showing: OnScreenReminder | null = null
  private shown = 0
  /** Which stretches come next, and how many reminders were shown (it picks each one's tip). */
  readonly rotation: Rotation
  /** A break window that opened by itself waits here for a pause in typing. */
  private readonly typing: TypingPause
  /** Where the break window goes among the displays, with its dimmed screens. */
  readonly screens: BreakScreens
  /** The quiet notice a little before a break. */
  readonly headsUp: HeadsUp

  constructor(
    private readonly platform: Platform,
    private readonly hooks: OnScreenHooks,
    stored: { rotation?: unknown; rotationCount?: unknown },
  ) {
    this.rotation = new Rotation(stored)
    this.typing = new TypingPause(platform)
    this.screens = new BreakScreens(platform, { prefs: hooks.prefs, guard: hooks.guard })
    this.headsUp = new HeadsUp(platform, { ...hooks, showing: () => this.showing !== null })
  }

  dispose(): void {
    this.screens.dispose()
  }

  /** The answers the reminder on screen offers now (all of them when firm mode leaves it be). */
  answers(now: number): FirmAnswers | null {
    const showing = this.showing
    if (!showing) return null
    return answersOf(showing, this.hooks.prefs().firmMode, this.hooks.skipsToday(now))
  }

  /** The reminder on screen now, or null. */
  get current(): Readonly<OnScreenReminder> | null {
    return this.showing
  }

  /**
   * Puts `due` on screen: as a notification when `notify` and the system can show one; else in the break window,
   * which the user asked for when `notify` is false ("Take a break now") and opens by itself otherwise. `held`: it
   * waited while the user was busy, and says so.
   */
  show(due: DueReminder, now: number, notify: boolean, held: HeldFor | null = null): void {
    const prefs = this.hooks.prefs()
    const gentle = this.hooks.gentle(now)
    this.headsUp.close()
    const chosen =
      due.kind === 'stretch' || due.kind === 'routine' ? this.hooks.routine(due.kind, due.ref) : null
    // A sore back leaves out what is not gentle or is done on the floor; when nothing is left, the automatic choice.
    const routine = chosen ? { routine: chosen, ...routineForBreak(chosen, gentle) } : undefined
    const ownStretches = routine !== undefined && routine.items.length > 0
    // The rotation picks library stretches for a stretch break, and for a routine none of whose stretches fit today.
    const picks = (due.kind === 'stretch' || routine !== undefined) && !ownStretches
    const id = `${due.kind}:${now.toString(36)}:${++this.shown}`
    this.showing = {
      id,
      kind: due.kind,
      key: due.key,
      title: due.title,
      ...(due.ref !== undefined ? { ref: due.ref } : {}),
      startedAt: now,
      // A stretch break doing a routine's own stretches picks none of the library's: what it shows is the routine.
      ...this.rotation.next(picks ? 'stretch' : ownStretches ? 'routine' : due.kind, prefs, gentle, now),
      reminder: due,
      leftMs: SHOWING_TIMEOUT_MS,
      runningSince: now,
      breakWindowOpen: false,
      manual: !notify,
      userAsked: !notify,
      firmOpened: false,
      held,
      ...(gentle ? { gentle } : {}),
      ...(routine ? { routine } : {}),
    }
    const answers = this.answers(now)
    // A firm break is not a notification to wave away: its window opens at once (by itself, without the keyboard).
    const shown =
      notify &&
      !answers?.stays &&
      this.platform.notify(
        reminderNotification(this.showing, prefs, this.hooks.speech(), answers),
        (action) => this.hooks.guard(() => this.onAction(id, action)),
      )
    if (!shown) this.openBreakWindow(now, !notify)
    this.platform.broadcast('break:changed', this.contentNow(now))
  }

  /** The reminder on screen is over with `outcome`: record it and take it off the screen. */
  end(outcome: Outcome, now: number): void {
    const showing = this.showing
    if (!showing) return
    this.showing = null
    this.typing.cancel()
    this.hooks.record(showing.kind, outcome, now)
    this.platform.closeNotification(showing.id)
    if (showing.breakWindowOpen) this.screens.closeBreak()
    this.platform.broadcast('break:changed', null)
  }

  /**
   * Opens the break window for the reminder on screen. One the user asked for opens at once and takes focus; one
   * that opens by itself waits for a pause in typing (at most a minute) and never takes the keyboard.
   */
  openBreakWindow(now: number, userAsked = true): void {
    const showing = this.showing
    if (!showing) return
    if (userAsked) {
      this.typing.cancel()
      const changed = !showing.userAsked
      showing.userAsked = true
      this.openNow(now, true)
      // The window's keys act from now on.
      if (changed) this.platform.broadcast('break:changed', this.contentNow(now))
      return
    }
    if (showing.breakWindowOpen || this.typing.active) return
    if (this.typing.begin(now)) this.openNow(now, false)
  }

  /** A break window waiting for a pause in typing opens once the pause has come, or after a minute. */
  openWhenTypingPauses(now: number): void {
    if (this.showing && this.typing.come(now)) this.openNow(now, false)
  }

  /** Wall time to look for a pause in typing again, or null when no window waits for one. */
  get windowLookAt(): number | null {
    return this.showing ? this.typing.lookAt : null
  }

  private openNow(now: number, focus: boolean): void {
    const showing = this.showing
    if (!showing) return
    showing.breakWindowOpen = true
    const prefs = this.hooks.prefs()
    const firm = this.answers(now)?.stays === true
    if (firm && !showing.firmOpened) {
      // A firm break stays for its own time from the moment its window opens, then ends on its own.
      showing.firmOpened = true
      showing.leftMs = firmBreakSeconds(showing.kind, prefs, this.routineOf(now)) * 1000
    } else if (!firm) {
      // The user is on it now: give them the whole break before it counts as unanswered.
      const length = showing.kind === 'posture' ? prefs.posture.durationSeconds * 1000 : 0
      showing.leftMs = Math.max(showing.leftMs - this.ranFor(now), SHOWING_TIMEOUT_MS + length)
    } else {
      showing.leftMs = Math.max(0, showing.leftMs - this.ranFor(now))
    }
    if (showing.runningSince !== null) showing.runningSince = now
    this.screens.openBreak({ focus, firm })
  }

  windowClosed(now: number): void {
    this.screens.closed()
    const showing = this.showing
    if (!showing) return
    // A break window closed without an answer leaves the reminder open until it times out; a firm break's comes
    // back (without the keyboard): it ends by Done, its time, a pause or the emergency way out.
    showing.breakWindowOpen = false
    if (this.answers(now)?.stays) this.openNow(now, false)
  }

  /** What a reminder that timed out counts as: a firm break that held the screen for its whole time was taken. */
  get timeoutOutcome(): Outcome {
    return this.showing?.firmOpened && this.showing.breakWindowOpen ? 'done' : 'timed-out'
  }

  /** When the reminder on screen counts as unanswered, or null (nothing on screen, or the user is away). */
  get timesOutAt(): number | null {
    const showing = this.showing
    if (!showing || showing.runningSince === null) return null
    return showing.runningSince + showing.leftMs
  }

  /** The user left: the reminder waits for them, its time stands still. */
  userLeft(at: number): void {
    const showing = this.showing
    if (!showing || showing.runningSince === null) return
    showing.leftMs = Math.max(0, showing.leftMs - this.ranFor(at))
    showing.runningSince = null
    this.headsUp.close()
  }

  /** The user is back: the reminder's time runs again from where it stood. */
  userBack(at: number): void {
    if (this.showing && this.showing.runningSince === null) this.showing.runningSince = at
  }

  /** The wall clock moved by `skew` without time passing: what is measured in elapsed time moves with it. */
  shift(skew: number): void {
    const showing = this.showing
    if (!showing) return
    showing.startedAt += skew
    if (showing.runningSince !== null) showing.runningSince += skew
    this.typing.shift(skew)
  }

  content(): BreakContent | null {
    return this.contentNow(this.platform.clock.now())
  }

  private contentNow(now: number): BreakContent | null {
    const showing = this.showing
    const answers = this.answers(now)
    if (!showing || !answers) return null
    return breakContent(showing, this.hooks.prefs(), this.hooks.speech(), answers)
  }

  /** The stretches and moves the break window plays, as it gets them (their words, holds and seconds). */
  private routineOf(now: number): { stretches: BreakContent['stretches']; moves: { seconds: number }[] } {
    const content = this.contentNow(now)
    const moves = (content?.routine ?? []).flatMap((entry) => (entry.kind === 'move' ? [entry.move] : []))
    return { stretches: content?.stretches ?? [], moves }
  }

  private ranFor(now: number): number {
    const since = this.showing?.runningSince
    return since === null || since === undefined ? 0 : Math.max(0, now - since)
  }

  private onAction(id: string, action: NotificationAction): void {
    if (!this.showing || this.showing.id !== id) return
    switch (action) {
      // A click on the notification or its Start button: the user asked for the window.
      case 'open':
      case 'start':
        this.openBreakWindow(this.platform.clock.now(), true)
        this.hooks.changed()
        return
      // The notification could not be shown, and the reminder must not time out unseen: the window opens by itself.
      case 'failed':
        this.openBreakWindow(this.platform.clock.now(), false)
        this.hooks.changed()
        return
      case 'snooze':
      case 'skip':
        this.hooks.answer(id, action)
        return
      case 'closed':
        // Dismissed or moved to the notification centre: still unanswered, it times out as usual.
        return
    }
  }
}
