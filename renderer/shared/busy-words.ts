// What the settings window says about reminders held while the user is busy, in one place: why one waits now (the
// Today view) and the "Don't interrupt" group. Main words a held reminder's own line ("Held 25 min while you were
// in a call.") for its notification and break window, and the tray's, in main/app/hold-words.ts.
import type { BusyReason } from '../../main/app/platform'

/** Why a reminder waits now. */
const BECAUSE: Readonly<Record<BusyReason, string>> = {
  'full-screen': 'an app is full screen',
  presenting: 'you are presenting',
  call: 'you are in a call',
  'do-not-disturb': 'Do Not Disturb is on',
}

/** "Posture break held: you are in a call. It comes within a minute after." */
export function heldNow(held: { title: string; reason: BusyReason }): string {
  return `${held.title} held: ${BECAUSE[held.reason]}. It comes within a minute after.`
}

/** The settings' "Don't interrupt" group: each setting, the busy states it listens for, and its words. */
export const DONT_INTERRUPT = {
  title: 'Don’t interrupt',
  intro: 'A reminder that falls due while you are busy waits, and comes within a minute after.',
  settings: [
    {
      path: 'dontInterrupt.fullScreen',
      key: 'fullScreen',
      label: 'Wait while an app is full screen or I am presenting',
      reasons: ['full-screen', 'presenting'],
    },
    {
      path: 'dontInterrupt.calls',
      key: 'calls',
      label: 'Wait while I am in a call (camera or microphone in use)',
      reasons: ['call'],
    },
    {
      path: 'dontInterrupt.doNotDisturb',
      key: 'doNotDisturb',
      label: 'Wait while Do Not Disturb or Focus is on',
      reasons: ['do-not-disturb'],
    },
  ],
  /** Before the reason this system cannot tell. */
  unavailable: 'Unavailable on this system:',
  /** Before the part of a setting this system cannot tell ("Presenting:"). */
  partly: { 'full-screen': 'Full-screen apps:', presenting: 'Presenting:', call: '', 'do-not-disturb': '' },
  caveat:
    'If reminders wait all day (a microphone that is always open, a mirrored screen), turn that kind off here.',
} as const satisfies {
  settings: readonly { path: string; key: string; label: string; reasons: readonly BusyReason[] }[]
  partly: Record<BusyReason, string>
  [other: string]: unknown
}
