// What changes from one reminder to the next: which stretches a stretch break shows (each in turn, none twice
// before the others, within what the preferences and a sore-back day allow), and how many reminders were shown in
// all, which picks each one's tip and suggestions. Both are kept in the state file across restarts.
import {
  STRETCHES,
  orderByPlace,
  parseRotationState,
  pickStretches,
  type RotationState,
  type Stretch,
} from '../../core/content'
import type { ReminderKind } from '../../core/planning/reminders'
import type { Preferences } from '../../core/preferences/index'
import { stretchChoices } from '../../core/sore-back'

export class Rotation {
  private stretches: RotationState
  private shown: number

  constructor(stored: { rotation?: unknown; rotationCount?: unknown }) {
    this.stretches = parseRotationState(stored.rotation)
    this.shown =
      typeof stored.rotationCount === 'number' && Number.isSafeInteger(stored.rotationCount)
        ? stored.rotationCount
        : 0
  }

  /** What the state file keeps of the stretch rotation (a new object after every change). */
  get state(): RotationState {
    return this.stretches
  }

  /** How many reminders were shown in all. */
  get count(): number {
    return this.shown
  }

  /**
   * The next reminder's place in the rotation, and for a stretch break the stretches it shows (none when no
   * stretch is left to choose from). `gentle`: a sore-back day, gentle stretches only.
   */
  next(
    kind: ReminderKind,
    prefs: Preferences,
    gentle: boolean,
    now: number,
  ): { rotation: number; stretches: readonly Stretch[] } {
    let stretches: readonly Stretch[] = []
    if (kind === 'stretch') {
      const picked = pickStretches(
        stretchChoices(STRETCHES, prefs, { soreDay: gentle, now }),
        prefs.stretch.disabledStretches,
        prefs.stretch.stretchesPerBreak,
        this.stretches,
      )
      if (picked.ok) {
        // Desk, then standing, then the floor: as few changes of position as the stretches allow.
        stretches = orderByPlace(picked.picks)
        this.stretches = picked.state
      }
    }
    return { rotation: this.shown++, stretches }
  }
}
