// The state file: what the running app keeps across restarts (the planner's state, a running therapy timer, the
// stretch rotation). Read once at start, repaired field by field, and written after a step only when it changed.
// Idle detection is not kept: each session learns anew whether its idle time can be trusted.
import { normalizeSchedulerState, type SchedulerState } from '../../core/planning/scheduler-state'
import type { RotationState } from '../../core/content'
import type { StoredCheckIn } from '../sore-back/check-in'
import type { Platform } from '../platform'
import type { StoredSoreBack } from '../sore-back/plan'
import { readStore } from './store-read'
import { isRecord } from '../../core/one-of'
import type { StoredTherapy } from '../sore-back/therapy-timer'

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
}

export interface LoadedState {
  scheduler: SchedulerState
  therapy: unknown
  rotation: unknown
  rotationCount: unknown
  soreBack: unknown
  checkIn: unknown
}

export class StateFile {
  private written = ''
  private last: Omit<StoredState, 'version'> | null = null

  constructor(private readonly platform: Pick<Platform, 'stateStore' | 'log'>) {}

  /** The stored state, repaired. The app was not running, so nothing before `now` counts as active use. */
  load(now: number): LoadedState {
    const stored = readStore(this.platform, this.platform.stateStore, 'state')
    // Each part reads its own piece back and repairs it (its schema is beside it): a damaged piece loses only itself.
    const record = isRecord(stored) ? stored : {}
    return {
      scheduler: {
        ...normalizeSchedulerState(record.scheduler, now),
        postureClockStart: now,
        stretchClockStart: now,
        awaySince: null,
      },
      therapy: record.therapy,
      rotation: record.rotation,
      rotationCount: record.rotationCount,
      soreBack: record.soreBack,
      checkIn: record.checkIn,
    }
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
      last.checkIn === state.checkIn
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
