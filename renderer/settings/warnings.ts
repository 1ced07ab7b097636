// Settings that are legal but would silently do nothing (a reminder with no days, work hours with no work
// days, every stretch off, "get ready" before "wind down"): each gets a note at its field. They never block a
// change; they say what the user will, or will not, get.
import type { StretchInfo } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences/index'
import { t } from './texts'

/** Field path → the note shown at that field. */
export type Warnings = Record<string, string>

/** The paths of the lists warned about as a whole. */
export const STRETCH_LIST = 'stretch.disabledStretches'

export function warningsFor(prefs: Preferences, stretches: readonly StretchInfo[]): Warnings {
  const notes: Warnings = {}
  const { workHours, bedtime, stretch, activities } = prefs
  const texts = t().warn

  if (workHours.enabled && workHours.weekdays.length === 0) notes['workHours.weekdays'] = texts.noWorkDays

  if (stretches.length > 0) {
    const off = new Set(stretch.disabledStretches)
    const on = stretches.filter((s) => !off.has(s.id)).length
    if (on === 0) {
      notes[STRETCH_LIST] = stretch.enabled ? texts.allOff : texts.allOffIdle
    } else if (stretch.enabled && on < stretch.stretchesPerBreak) {
      notes[STRETCH_LIST] = texts.fewOn({ on, asked: stretch.stretchesPerBreak })
    }
  }

  if (bedtime.enabled && bedtime.windDownMinutes > 0 && bedtime.getReadyMinutes >= bedtime.windDownMinutes) {
    notes['bedtime.getReadyMinutes'] = texts.getReady({
      getReady: bedtime.getReadyMinutes,
      windDown: bedtime.windDownMinutes,
    })
  }

  const { soreBack, posture } = prefs
  if (posture.enabled && soreBack.moveEveryMinutes >= posture.everyMinutes) {
    notes['soreBack.moveEveryMinutes'] = texts.moveOften({ every: posture.everyMinutes })
  }

  if (prefs.notifications.headsUpSeconds > 0 && !prefs.posture.enabled && !prefs.stretch.enabled) {
    notes['notifications.headsUpSeconds'] = texts.headsUp
  }

  for (const kind of ['strength', 'yoga'] as const) {
    const session = activities[kind]
    if (session.enabled && session.weekdays.length === 0) notes[`activities.${kind}.weekdays`] = texts.noDays
  }

  activities.custom.forEach((reminder, index) => {
    if (reminder.enabled && reminder.weekdays.length === 0) {
      notes[`activities.custom.${index}.weekdays`] = texts.noDaysOwn
    }
  })

  return notes
}
