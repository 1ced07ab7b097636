// The running heat or cold timer: which run is going, which switch was last told, and the notice at each switch
// (only the one that applies now, even if several passed while the machine slept). A run never ends in silence:
// its last round, a Stop, a new run in its place, or an end that came while Limber was not running each say
// "Take the pack off now". The phases are in therapy.ts.
import { therapyNotice, type TherapySwitch } from '../../core/content'
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
    /** The language in use now: each switch is told in it. */
    private readonly speech: () => Speech,
  ) {
    const record = isRecord(stored) ? stored : {}
    const run = parseTherapyRun(record.run)
    const notified = typeof record.notifiedPhase === 'number' ? record.notifiedPhase : -1
    // A run whose end came while Limber was not running stays until the first step has said to take it off.
    this.running = run ? { run, notifiedPhase: notified } : null
  }

  /** What the state file keeps. */
  get stored(): StoredTherapy | null {
    return this.running
  }

  /** Starts a run; one already going ends first, saying to take its pack off. */
  start(mode: TherapyMode, prefs: Preferences, now: number): void {
    if (this.running) this.end(now, prefs.notifications.sound)
    this.running = { run: startTherapy(mode, prefs, now), notifiedPhase: -1 }
  }

  /** The user stopped the run: it ends now, saying to take the pack off. */
  stop(now: number, sound: boolean): void {
    this.end(now, sound)
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
      this.tell(run, String(phase), step, sound, minutes)
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

  /** Ends the run before its last round: "Take the pack off now" (its last round ending says so by itself). */
  private end(now: number, sound: boolean): void {
    const running = this.running
    if (!running) return
    this.running = null
    // Over already, and not yet told: its own end notice says it.
    if (isFinished(running.run, now)) this.tell(running.run, 'end', 'finished', sound)
    else this.tell(running.run, 'stop', 'stopped', sound)
  }

  private tell(run: TherapyRun, which: string, step: TherapySwitch, sound: boolean, minutes?: number): void {
    const notice = therapyNotice(this.speech().texts.content, step, minutes)
    this.platform.notify(
      {
        id: `therapy-${run.startedAt}-${which}`,
        title: notice.title,
        body: notice.body,
        actions: false,
        urgency: 'normal',
        silent: !sound,
      },
      () => undefined,
    )
  }
}
