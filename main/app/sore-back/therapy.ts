// The heat/cold therapy timer as plain data: a run started at some instant, its phases (on, off, on, … on) and
// which switch is current at any moment. The app arms the one scheduler job for the next switch.
import { Enum, Integer, Number as TNumber, Object as TObject, type Static } from 'typebox'
import Value from 'typebox/value'
import type { TherapySwitch } from '../../core/content'
import { HEAT_ON_MAX_MINUTES, ICE_ON_MAX_MINUTES, type Preferences } from '../../core/preferences/index'
import { THERAPY_MODES, type TherapyMode } from '../doors/choices'
import type { TherapyStatus } from '../doors/ipc-answers'

/** A run of the timer, as the state file keeps it. */
export const TherapyRunSchema = TObject({
  mode: Enum(THERAPY_MODES),
  /** Epoch ms of the first "on". Wall-clock based, so a switch that fell due during sleep is seen on resume. */
  startedAt: TNumber(),
  onMinutes: Integer({ minimum: 1, maximum: 600 }),
  offMinutes: Integer({ minimum: 1, maximum: 600 }),
  cycles: Integer({ minimum: 1, maximum: 20 }),
})
export type TherapyRun = Static<typeof TherapyRunSchema>

const MINUTE = 60_000

export function startTherapy(mode: TherapyMode, prefs: Preferences, now: number): TherapyRun {
  const t = prefs.therapy
  return mode === 'ice'
    ? { mode, startedAt: now, onMinutes: t.iceOnMinutes, offMinutes: t.iceOffMinutes, cycles: t.iceCycles }
    : { mode, startedAt: now, onMinutes: t.heatOnMinutes, offMinutes: t.heatOffMinutes, cycles: t.heatCycles }
}

/** Phases are numbered 0 (first on), 1 (first off), … 2·cycles−2 (last on); 2·cycles−1 means finished. */
export function phaseIndexAt(run: TherapyRun, now: number): number {
  const last = 2 * run.cycles - 1
  for (let k = 0; k < last; k++) {
    if (now < phaseStart(run, k + 1)) return k
  }
  return last
}

export function phaseStart(run: TherapyRun, k: number): number {
  const pair = (run.onMinutes + run.offMinutes) * MINUTE
  return run.startedAt + Math.floor(k / 2) * pair + (k % 2 === 1 ? run.onMinutes * MINUTE : 0)
}

export function isFinished(run: TherapyRun, now: number): boolean {
  return phaseIndexAt(run, now) === 2 * run.cycles - 1
}

/**
 * What the switch into phase k is called, and how long that phase lasts (none for the finish). The first phase is
 * the run's start: its notice carries the skin-safety lines.
 */
export function phaseSwitch(run: TherapyRun, k: number): { step: TherapySwitch; minutes?: number } {
  if (k >= 2 * run.cycles - 1) return { step: 'finished' }
  const on = k % 2 === 0
  const step: TherapySwitch = k === 0 ? `${run.mode}-start` : `${run.mode}-${on ? 'on' : 'off'}`
  return { step, minutes: on ? run.onMinutes : run.offMinutes }
}

/** The next switch after `now`, or null when the run is over. */
export function nextSwitchAt(run: TherapyRun, now: number): number | null {
  const k = phaseIndexAt(run, now)
  return k >= 2 * run.cycles - 1 ? null : phaseStart(run, k + 1)
}

export function therapyStatus(run: TherapyRun, now: number): TherapyStatus | null {
  const k = phaseIndexAt(run, now)
  if (k >= 2 * run.cycles - 1) return null
  return {
    mode: run.mode,
    phase: k % 2 === 0 ? 'on' : 'off',
    cycle: Math.floor(k / 2) + 1,
    cycles: run.cycles,
    phaseEndsAt: phaseStart(run, k + 1),
  }
}

/**
 * Reads a stored run back; anything malformed means no therapy is running. A run stored with longer rounds than
 * the limits now allow (an older version, a hand-edited file) keeps going within them: its rounds are shortened,
 * and cold stays off at least as long as it was on, so a pack on the skin is still told to come off in time.
 */
export function parseTherapyRun(value: unknown): TherapyRun | null {
  if (!Value.Check(TherapyRunSchema, value)) return null
  const { mode, startedAt, cycles } = value
  const onMinutes = Math.min(value.onMinutes, mode === 'ice' ? ICE_ON_MAX_MINUTES : HEAT_ON_MAX_MINUTES)
  const offMinutes = mode === 'ice' ? Math.max(value.offMinutes, onMinutes) : value.offMinutes
  return { mode, startedAt, onMinutes, offMinutes, cycles }
}
