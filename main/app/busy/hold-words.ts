// What main says about held reminders, in one place: the line a held reminder's notification starts with ("Held
// 25 min while you were in a call.") and the tray's line while one is held ("Posture break held: you are in a
// call"), in the language in use (the catalogs' `app.held`). The settings window words its own line from the same
// facts (AppStatus.held and `settings.today.held`).
import type { ReminderKind } from '../../core/planning/reminders'
import type { HeldFor } from './hold'
import type { BusyReason } from '../platform'
import { reminderName, type Speech } from '../speech'

const MINUTE = 60_000

/** "Held 25 min while you were in a call." (whole minutes held, rounded down). */
export function heldSentence(held: HeldFor, speech: Speech): string {
  const duration = speech.format.span(Math.floor(held.ms / MINUTE) * MINUTE)
  return speech.texts.app.held.for[held.reason]({ duration })
}

/** "Posture break held: you are in a call", for the tray's tooltip and first line. */
export function heldLine(
  held: { kind: ReminderKind; title: string; reason: BusyReason; ref?: string | undefined },
  speech: Speech,
): string {
  return speech.texts.app.held.now[held.reason]({ name: reminderName(speech, held) })
}
