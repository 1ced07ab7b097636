// The reminder on screen: where a reminder is shown (a notification, or the break window when the system cannot
// show one or the notification fails), how long it waits for an answer, and how it leaves the screen. Its ten
// minutes run only while the user is there: a reminder shown just before they left waits for their return. A
// break window the user did not ask for waits for a pause in typing and opens without focus (typing-pause.ts).
// Also the quiet heads-up a little before a break.
import {
  STRETCHES,
  orderByPlace,
  parseRotationState,
  pickStretches,
  type RotationState,
  type Stretch,
} from '../../core/content'
import type { DueReminder } from '../../core/planning/next-due'
import type { Preferences } from '../../core/preferences/index'
import type { Speech } from '../speech'
import { isActiveUseKind, type ReminderKind } from '../../core/planning/reminders'
import { stretchChoices } from '../../core/sore-back'
import { breakContent, headsUpNotification, reminderNotification, type Showing } from './break-content'
import type { HeldFor } from '../busy/hold'
import type { Outcome } from '../records/history'
import type { BreakContent, ReminderAction } from '../ipc-contract'
import type { NotificationAction, Platform } from '../platform'
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
}

export interface OnScreenHooks {
  /** The preferences in force (gentler during a sore-back plan). */
  prefs(): Preferences
  /** The words reminders are written in now (the language in use). */
  speech(): Speech
  /** A sore-back plan runs: easy walks, gentle stretches only, each with "stop at the first sign of pain". */
  gentle(now: number): boolean
  /** Records what became of a reminder. */
  record(kind: ReminderKind, outcome: Outcome, at: number): void
  /** The user answered from the notification. */
  answer(id: string, action: ReminderAction): void
  /** Something changed that the app should take a step for (a window opened from a notification). */
  changed(): void
  /** Runs a callback from the outside world (a notification's answer), never throwing back into the shell. */
  guard(run: () => void): void
}

export class OnScreen {
  private showing: OnScreenReminder | null = null
  /** Which stretches come next, and how many reminders were shown (it picks each one's tip): kept in the state file. */
  private rotationState: RotationState
  private showings: number
  private headsUp: { mark: string; id: string } | null = null
  private shown = 0
  /** A break window that opened by itself waits here for a pause in typing. */
  private readonly typing: TypingPause

  constructor(
    private readonly platform: Platform,
    private readonly hooks: OnScreenHooks,
    stored: { rotation?: unknown; rotationCount?: unknown },
  ) {
    this.rotationState = parseRotationState(stored.rotation)
    this.showings =
      typeof stored.rotationCount === 'number' && Number.isSafeInteger(stored.rotationCount)
        ? stored.rotationCount
        : 0
    this.typing = new TypingPause(platform)
  }

  /** The reminder on screen now, or null. */
  get current(): Readonly<OnScreenReminder> | null {
    return this.showing
  }

  /** What the state file keeps of the stretch rotation (a new object after every change). */
  get rotation(): RotationState {
    return this.rotationState
  }

  /** How many reminders were shown in all (each one's tip and suggestions follow from it). */
  get rotationCount(): number {
    return this.showings
  }

  /**
   * Puts `due` on screen: as a notification when `notify` and the system can show one; else in the break window,
   * which the user asked for when `notify` is false ("Take a break now") and opens by itself otherwise. `held`: it
   * waited while the user was busy, and says so.
   */
  show(due: DueReminder, now: number, notify: boolean, held: HeldFor | null = null): void {
    const prefs = this.hooks.prefs()
    const gentle = this.hooks.gentle(now)
    this.closeHeadsUp()
    let stretches: readonly Stretch[] = []
    if (due.kind === 'stretch') {
      const picked = pickStretches(
        stretchChoices(STRETCHES, prefs, { soreDay: gentle, now }),
        prefs.stretch.disabledStretches,
        prefs.stretch.stretchesPerBreak,
        this.rotationState,
      )
      if (picked.ok) {
        // Desk, then standing, then the floor: as few changes of position as the stretches allow.
        stretches = orderByPlace(picked.picks)
        this.rotationState = picked.state
      }
    }
    const id = `${due.kind}:${now.toString(36)}:${++this.shown}`
    this.showing = {
      id,
      kind: due.kind,
      key: due.key,
      title: due.title,
      ...(due.ref !== undefined ? { ref: due.ref } : {}),
      startedAt: now,
      stretches,
      rotation: this.showings++,
      reminder: due,
      leftMs: SHOWING_TIMEOUT_MS,
      runningSince: now,
      breakWindowOpen: false,
      manual: !notify,
      userAsked: !notify,
      held,
      ...(gentle ? { gentle } : {}),
    }
    const shown =
      notify &&
      this.platform.notify(reminderNotification(this.showing, prefs, this.hooks.speech()), (action) =>
        this.hooks.guard(() => this.onAction(id, action)),
      )
    if (!shown) this.openBreakWindow(now, !notify)
    this.platform.broadcast('break:changed', breakContent(this.showing, prefs, this.hooks.speech()))
  }

  /** The reminder on screen is over with `outcome`: record it and take it off the screen. */
  end(outcome: Outcome, now: number): void {
    const showing = this.showing
    if (!showing) return
    this.showing = null
    this.typing.cancel()
    this.hooks.record(showing.kind, outcome, now)
    this.platform.closeNotification(showing.id)
    if (showing.breakWindowOpen) this.platform.closeWindow('break')
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
      if (changed)
        this.platform.broadcast(
          'break:changed',
          breakContent(showing, this.hooks.prefs(), this.hooks.speech()),
        )
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
    // The user is on it now: give them the whole break before it counts as unanswered.
    const prefs = this.hooks.prefs()
    const length = showing.kind === 'posture' ? prefs.posture.durationSeconds * 1000 : 0
    showing.leftMs = Math.max(showing.leftMs - this.ranFor(now), SHOWING_TIMEOUT_MS + length)
    if (showing.runningSince !== null) showing.runningSince = now
    this.platform.openWindow('break', { fullScreen: prefs.breakWindow.fullScreen, focus })
  }

  windowClosed(): void {
    // A break window closed without an answer leaves the reminder open until it times out.
    if (this.showing) this.showing.breakWindowOpen = false
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
    this.closeHeadsUp()
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
    return this.showing ? breakContent(this.showing, this.hooks.prefs(), this.hooks.speech()) : null
  }

  /** When the heads-up for `due` would come, or null for none (only posture and stretch breaks get one). */
  headsUpAt(due: DueReminder): number | null {
    const seconds = this.hooks.prefs().notifications.headsUpSeconds
    if (seconds <= 0 || !isActiveUseKind(due.kind) || due.snoozed) return null
    if (this.headsUp?.mark === `${due.key}@${due.at}`) return null
    return due.at - seconds * 1000
  }

  /** Gives the quiet notice before a break when its time has come (never to an empty room, never over a reminder). */
  maybeHeadsUp(due: DueReminder | null, now: number, away: boolean): void {
    if (!due || this.showing || away) return
    const at = this.headsUpAt(due)
    if (at === null || now < at || now >= due.at) return
    const mark = `${due.key}@${due.at}`
    this.headsUp = { mark, id: `heads-up-${mark}` }
    const seconds = Math.round((due.at - now) / 1000)
    this.platform.notify(
      headsUpNotification(this.headsUp.id, due.kind, seconds, this.hooks.speech()),
      () => undefined,
    )
  }

  closeHeadsUp(): void {
    if (this.headsUp) this.platform.closeNotification(this.headsUp.id)
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
