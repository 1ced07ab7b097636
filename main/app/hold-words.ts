// What main says about held reminders, in one place: the line a held reminder's notification starts with ("Held
// 25 min while you were in a call.") and the tray's line while one is held ("Posture break held: you are in a
// call"). The windows word the same facts themselves (renderer/shared/busy-words.ts).
import { shortName, type ReminderKind } from '../core/reminders'
import type { HeldFor } from './busy-hold'
import { formatDuration } from './format'
import type { BusyReason } from './platform'

const MINUTE = 60_000

/** Why it waited, after "Held 25 min". */
const WHILE: Readonly<Record<BusyReason, string>> = {
  'full-screen': 'while an app was full screen',
  presenting: 'while you were presenting',
  call: 'while you were in a call',
  'do-not-disturb': 'while Do Not Disturb was on',
}

/** Why it waits now, after "Posture break held:". */
const BECAUSE: Readonly<Record<BusyReason, string>> = {
  'full-screen': 'an app is full screen',
  presenting: 'you are presenting',
  call: 'you are in a call',
  'do-not-disturb': 'Do Not Disturb is on',
}

/** "Held 25 min while you were in a call." (whole minutes held, rounded down). */
export function heldSentence(held: HeldFor): string {
  return `Held ${formatDuration(Math.floor(held.ms / MINUTE) * MINUTE)} ${WHILE[held.reason]}.`
}

/** "Posture break held: you are in a call", for the tray's tooltip and first line. */
export function heldLine(held: { kind: ReminderKind; title: string; reason: BusyReason }): string {
  return `${shortName(held.kind, held.title)} held: ${BECAUSE[held.reason]}`
}
