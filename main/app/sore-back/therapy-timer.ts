// The running ice or heat timer: which run is going, which switch was last told, and the notice at each switch
// (only the one that applies now, even if several passed while the machine slept). The phases are in therapy.ts.
import { therapyNotice } from '../../core/content'
import { isRecord } from '../../core/one-of'
import type { Preferences } from '../../core/preferences/index'
import type { TherapyMode, TherapyStatus } from '../ipc-contract'
import type { Platform } from '../platform'
import type { Speech } from '../speech'
import {
  isFinished,
  nextSwitchAt,
  parseTherapyRun,
  phaseIndexAt,
  phaseSwitch,
  startTherapy,
  therapyStatus,
  type TherapyRun,
} from './therapy'

export interface StoredTherapy {
  run: TherapyRun
  notifiedPhase: number
}

export class TherapyTimer {
  private running: StoredTherapy | null

  constructor(
    private readonly platform: Pick<Platform, 'notify'>,
    stored: unknown,
    now: number,
    /** The language in use now: each switch is told in it. */
    private readonly speech: () => Speech,
  ) {
    const record = isRecord(stored) ? stored : {}
    const run = parseTherapyRun(record.run)
    const notified = typeof record.notifiedPhase === 'number' ? record.notifiedPhase : -1
    this.running = run && !isFinished(run, now) ? { run, notifiedPhase: notified } : null
  }

  /** What the state file keeps. */
  get stored(): StoredTherapy | null {
    return this.running
  }

  start(mode: TherapyMode, prefs: Preferences, now: number): void {
    this.running = { run: startTherapy(mode, prefs, now), notifiedPhase: -1 }
  }

  stop(): void {
    this.running = null
  }

  status(now: number): TherapyStatus | null {
    return this.running ? therapyStatus(this.running.run, now) : null
  }

  /** The next switch (epoch ms), or null when no run is going. */
  nextSwitch(now: number): number | null {
    return this.running ? nextSwitchAt(this.running.run, now) : null
  }

  /** Tells the switch that applies now, once; the run ends after its last phase. */
  advance(now: number, sound: boolean): void {
    if (!this.running) return
    const { run, notifiedPhase } = this.running
    const phase = phaseIndexAt(run, now)
    if (phase > notifiedPhase) {
      const { step, minutes } = phaseSwitch(run, phase)
      const notice = therapyNotice(this.speech().texts.content, step, minutes)
      this.platform.notify(
        {
          id: `therapy-${run.startedAt}-${phase}`,
          title: notice.title,
          body: notice.body,
          actions: false,
          urgency: 'normal',
          silent: !sound,
        },
        () => undefined,
      )
    }
    this.running = isFinished(run, now) ? null : { run, notifiedPhase: Math.max(phase, notifiedPhase) }
  }

  /** The wall clock moved by `skew` without time passing: the run keeps its elapsed length. */
  shift(skew: number): void {
    if (this.running) {
      this.running = {
        ...this.running,
        run: { ...this.running.run, startedAt: this.running.run.startedAt + skew },
      }
    }
  }
}
