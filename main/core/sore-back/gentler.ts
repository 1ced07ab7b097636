// A sore back's preferences in force: while a plan runs, the gentler preferences ("rest, but not too much") and the
// stretches a break may use. Pure; the running app's plan (main/app/sore-back/plan.ts) applies them.
import type { Stretch } from '../content'
import { HOLD_SECONDS_MIN } from '../content'
import { addDays, dateKeyOf } from '../local-time'
import { workPeriodFor } from '../planning/sleep-window'
import type { Preferences } from '../preferences/index'

/**
 * The preferences in force while a plan runs: "rest, but not too much". An easy walk (the posture break, on even
 * if the user turned it off) every `soreBack.moveEveryMinutes` of use, `soreBack.moveSeconds` long; stretches
 * held for the shortest time the guidance allows, once each (one-sided stretches still do both sides); strength
 * and yoga sessions wait until the back is better.
 */
export function gentlerPreferences(prefs: Preferences): Preferences {
  const { activities, soreBack } = prefs
  return {
    ...prefs,
    posture: {
      enabled: true,
      everyMinutes: soreBack.moveEveryMinutes,
      durationSeconds: soreBack.moveSeconds,
    },
    stretch: { ...prefs.stretch, holdSeconds: HOLD_SECONDS_MIN, repetitions: 1 },
    activities: {
      ...activities,
      strength: { ...activities.strength, enabled: false },
      yoga: { ...activities.yoga, enabled: false },
    },
  }
}

/** True when `now` falls in the work hours of its day (or of the night shift that began the day before). */
export function inWorkHours(prefs: Preferences, now: number): boolean {
  if (!prefs.workHours.enabled) return false
  const today = dateKeyOf(new Date(now))
  return [addDays(today, -1), today].some((key) => {
    const period = workPeriodFor(prefs, key)
    return period !== null && now >= period.start && now < period.end
  })
}

/**
 * The stretches a break may choose from. On a sore-back day: gentle ones only, and only at the desk or standing
 * (getting down to the floor and up again can set off a spasm). Otherwise none done on the floor when "desk only"
 * is on and it is work time (all day when work hours are off).
 */
export function stretchChoices(
  library: readonly Stretch[],
  prefs: Preferences,
  options: { soreDay: boolean; now: number },
): readonly Stretch[] {
  const noFloor =
    options.soreDay ||
    (prefs.stretch.deskOnly && (!prefs.workHours.enabled || inWorkHours(prefs, options.now)))
  if (!options.soreDay && !noFloor) return library
  return library.filter(
    (s) => (!options.soreDay || s.intensity === 'gentle') && (!noFloor || s.position !== 'floor'),
  )
}
