// The state file: what the running app keeps across restarts (the planner's state, a running therapy timer, the
// stretch rotation, the sore-back plan and check-in, what the daily limit said today, the reminder on screen and a
// hold, the day's skips). Read once at start, repaired piece by piece, and written after a step only when it
// changed. A piece its schema cannot read is set aside with a copy of the file as it was. Idle detection is not
// kept: each session learns anew whether its idle time can be trusted. docs/timing.md, "Restarts", says what a
// restart makes of each piece.
import Value from 'typebox/value'
import {
  SchedulerStateSchema,
  normalizeSchedulerState,
  type SchedulerState,
} from '../../core/planning/scheduler-state'
import { isActiveUseKind } from '../../core/planning/reminders'
import { readKeptHold, type KeptHold } from '../busy/hold-rules'
import { logEvent } from '../log-events'
import { readKeptOnScreen, type KeptOnScreen } from '../on-screen/kept-on-screen'
import type { RotationState } from '../../core/content'
import type { StoredCheckIn } from '../sore-back/check-in'
import type { Platform } from '../platform'
import type { StoredSoreBack } from '../sore-back/plan'
import { readStoredDayLimit, type StoredDayLimit } from '../day-limit/day-limit'
import { readStore } from './store-read'
import { isRecord } from '../../core/one-of'
import type { StoredTherapy } from '../sore-back/therapy-timer'
import type { StoredSkips } from '../on-screen/firm-break'

interface StoredState {
  version: 1
  scheduler: SchedulerState
  therapy: StoredTherapy | null
  rotation: RotationState
  rotationCount: number
  /** The sore-back plan (sore-back/plan.ts): a restart in the middle keeps it. */
  soreBack: StoredSoreBack
  /** The morning check-in: asked today or not (check-in.ts). */
  checkIn: StoredCheckIn
  /** The daily limit: what was said today (day-limit/day-limit.ts). */
  dayLimit: StoredDayLimit
  /** Breaks skipped today, for firm mode's daily allowance (on-screen/firm-break.ts). */
  skips: StoredSkips | null
  /** The reminder on screen (on-screen/kept-on-screen.ts): shown again after a restart, or recorded missed. */
  onScreen: KeptOnScreen | null
  /** A reminder held while the user is busy (busy/hold-rules.ts): still held after a restart, from its own start. */
  held: KeptHold | null
}

export interface LoadedState {
  scheduler: SchedulerState
  therapy: unknown
  rotation: unknown
  rotationCount: unknown
  soreBack: unknown
  checkIn: unknown
  dayLimit: StoredDayLimit
  skips: unknown
  onScreen: KeptOnScreen | null
  held: KeptHold | null
}

export class StateFile {
  private written = ''
  private last: Omit<StoredState, 'version'> | null = null

  constructor(private readonly platform: Pick<Platform, 'stateStore' | 'log'>) {}

  /**
   * The stored state, repaired. The app was not running, so nothing before `now` counts as active use: the break
   * clocks start now, unless a movement break was held and the hold lasts (`holdLasts`): it stays due, and held,
   * from its own start.
   */
  load(now: number, holdLasts: (held: KeptHold) => boolean): LoadedState {
    const stored = readStore(this.platform, this.platform.stateStore, 'state')
    // Each part reads its own piece back and repairs it (its schema is beside it): a damaged piece loses only itself.
    const record = isRecord(stored) ? stored : {}
    const onScreen = readKeptOnScreen(record.onScreen)
    const dayLimit = readStoredDayLimit(record.dayLimit)
    const read = readKeptHold(record.held)
    const held = read === 'unreadable' || read === null || holdLasts(read) ? read : null
    const scheduler = normalizeSchedulerState(record.scheduler, now)
    const unreadable = [
      // Repaired field by field (normalizeSchedulerState), but the file as it was is kept too.
      ...(record.scheduler !== undefined && !Value.Check(SchedulerStateSchema, record.scheduler)
        ? ['scheduler']
        : []),
      ...(onScreen === 'unreadable' ? ['onScreen'] : []),
      ...(held === 'unreadable' ? ['held'] : []),
      ...(dayLimit === 'unreadable' ? ['dayLimit'] : []),
    ]
    if (unreadable.length > 0) this.setAside(unreadable)
    const movementHeld = held !== 'unreadable' && held !== null && isActiveUseKind(held.kind)
    return {
      scheduler: {
        ...scheduler,
        postureClockStart: movementHeld ? scheduler.postureClockStart : now,
        stretchClockStart: movementHeld ? scheduler.stretchClockStart : now,
        awaySince: null,
      },
      therapy: record.therapy,
      rotation: record.rotation,
      rotationCount: record.rotationCount,
      soreBack: record.soreBack,
      checkIn: record.checkIn,
      dayLimit: dayLimit === 'unreadable' ? null : dayLimit,
      skips: record.skips,
      onScreen: onScreen === 'unreadable' ? null : onScreen,
      held: held === 'unreadable' ? null : held,
    }
  }

  /** Pieces no schema can read are dropped, and the file as it was is kept as a copy first. */
  private setAside(named: readonly string[]): void {
    let kept: string | undefined
    try {
      kept = this.platform.stateStore.backup('unreadable')
    } catch (error) {
      this.platform.log('error', 'could not keep a copy of the state file', error)
    }
    logEvent(this.platform, { event: 'state-set-aside', named, kept })
  }

  save(state: Omit<StoredState, 'version'>): void {
    // Most steps change nothing kept here: the same objects as last time need no comparing as JSON.
    const last = this.last
    if (
      last &&
      last.scheduler === state.scheduler &&
      last.therapy === state.therapy &&
      last.rotation === state.rotation &&
      last.rotationCount === state.rotationCount &&
      last.soreBack === state.soreBack &&
      last.checkIn === state.checkIn &&
      last.dayLimit === state.dayLimit &&
      last.skips === state.skips &&
      last.onScreen === state.onScreen &&
      last.held === state.held
    ) {
      return
    }
    this.last = state
    const stored: StoredState = { version: 1, ...state }
    const json = JSON.stringify(stored)
    if (json === this.written) return
    this.written = json
    try {
      this.platform.stateStore.write(stored)
    } catch (error) {
      this.platform.log('error', 'could not write the scheduler state', error)
    }
  }
}
