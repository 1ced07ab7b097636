// A reminder whose time has come: it waits for the one on screen, is held while the user is busy, or is shown,
// replacing an unanswered one. This is the one place a reminder is held back before showing, and what is held
// here is shown later.
import { isActiveUseKind } from '../../core/planning/reminders'
import type { DueReminder } from '../../core/planning/next-due'
import type { BusyHold, HeldFor } from '../busy/hold'
import type { OnScreen } from '../on-screen/on-screen'
import type { Outcome } from '../records/history'
import type { Schedule } from './schedule'

export class DueNow {
  constructor(
    private readonly port: {
      schedule: Pick<Schedule, 'apply'>
      screen: Pick<OnScreen, 'current' | 'end' | 'show' | 'headsUp'>
      busy: Pick<BusyHold, 'holding' | 'holds'>
      now(): number
    },
  ) {}

  /**
   * Shows `due` now; one reminder on screen at a time, so a newer one replaces an unanswered one. `held`: it was
   * held while the user was busy, and says so.
   */
  show(due: DueReminder, now: number, notify: boolean, held: HeldFor | null = null): void {
    const { screen } = this.port
    const current = screen.current
    if (current) {
      const outcome: Outcome =
        isActiveUseKind(current.kind) && isActiveUseKind(due.kind) ? 'done' : 'timed-out'
      screen.end(outcome, now)
    }
    this.port.schedule.apply({ type: 'shown', reminder: due }, now)
    screen.show(due, now, notify, held)
  }

  /**
   * Whether a reminder that is due waits for now:
   * - One reminder on screen at a time (waitsForScreen).
   * - While the user is busy (a call, a presentation, a full-screen app, Do Not Disturb), as their settings say:
   *   busy/hold.ts, which asks the system when a look is due. `ask: false` decides from what is already known.
   */
  heldBack(due: DueReminder, ask = true): boolean {
    if (this.waitsForScreen(due)) return true
    const { busy } = this.port
    const wasHolding = busy.holding
    const held = busy.holds(due, this.port.now(), ask)
    // A heads-up given before this break must not stay on screen while it waits.
    if (held && !wasHolding && busy.holding) this.port.screen.headsUp.close()
    return held
  }

  /**
   * Whether a due reminder waits for the one on screen: its answer (or its time-out), except that a wall-clock
   * reminder replaces an unanswered posture or stretch break.
   */
  waitsForScreen(due: DueReminder): boolean {
    const showing = this.port.screen.current
    if (!showing) return false
    return !(isActiveUseKind(showing.kind) && !isActiveUseKind(due.kind))
  }
}
