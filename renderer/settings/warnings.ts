// Settings that are legal but would silently do nothing (a reminder with no days, work hours with no work
// days, every stretch off, "get ready" before "wind down"): each gets a note at its field. They never block a
// change; they say what the user will, or will not, get.
import type { StretchInfo } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences'

/** Field path → the note shown at that field. */
export type Warnings = Record<string, string>

/** The paths of the lists warned about as a whole. */
export const STRETCH_LIST = 'stretch.disabledStretches'

export function warningsFor(prefs: Preferences, stretches: readonly StretchInfo[]): Warnings {
  const notes: Warnings = {}
  const { workHours, bedtime, stretch, activities } = prefs

  if (workHours.enabled && workHours.weekdays.length === 0) {
    notes['workHours.weekdays'] =
      'No work days chosen, so with work hours on there will be no posture or stretch breaks on any day.'
  }

  if (stretches.length > 0) {
    const off = new Set(stretch.disabledStretches)
    const on = stretches.filter((s) => !off.has(s.id)).length
    if (on === 0) {
      notes[STRETCH_LIST] = stretch.enabled
        ? 'Every stretch is off, so stretch breaks have no stretches to guide you through: only a nudge to stand and move. Turn at least one on.'
        : 'Every stretch is off. Turn at least one on before you turn stretch breaks back on.'
    } else if (stretch.enabled && on < stretch.stretchesPerBreak) {
      notes[STRETCH_LIST] =
        `Only ${on} ${on === 1 ? 'stretch is' : 'stretches are'} on, fewer than the ${stretch.stretchesPerBreak} ` +
        'asked for in a break: each break will show just those.'
    }
  }

  if (bedtime.enabled && bedtime.windDownMinutes > 0 && bedtime.getReadyMinutes >= bedtime.windDownMinutes) {
    notes['bedtime.getReadyMinutes'] =
      `“Get ready for bed” (${bedtime.getReadyMinutes} min before bedtime) comes before “Wind down” ` +
      `(${bedtime.windDownMinutes} min). Make it fewer minutes than the wind-down, or turn one off with 0.`
  }

  const { soreBack, posture } = prefs
  if (posture.enabled && soreBack.moveEveryMinutes >= posture.everyMinutes) {
    notes['soreBack.moveEveryMinutes'] =
      `No more often than your usual posture breaks (every ${posture.everyMinutes} min).`
  }

  if (prefs.notifications.headsUpSeconds > 0 && !prefs.posture.enabled && !prefs.stretch.enabled) {
    notes['notifications.headsUpSeconds'] =
      'The heads-up comes only before posture and stretch breaks, and both are off.'
  }

  for (const kind of ['strength', 'yoga'] as const) {
    const session = activities[kind]
    if (session.enabled && session.weekdays.length === 0) {
      notes[`activities.${kind}.weekdays`] = 'No days chosen, so this reminder will never come. Choose a day.'
    }
  }

  activities.custom.forEach((reminder, index) => {
    if (reminder.enabled && reminder.weekdays.length === 0) {
      notes[`activities.custom.${index}.weekdays`] =
        'No days chosen, so this reminder will never come. Choose a day, or turn it off.'
    }
  })

  return notes
}
