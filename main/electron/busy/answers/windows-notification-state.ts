// Reads what Windows says about the user's state (pure): SHQueryUserNotificationState's answer, a value of the
// documented QUERY_USER_NOTIFICATION_STATE enumeration (shellapi.h), and the active Focus Assist / Do Not Disturb
// profile that the shell publishes in the WNF state WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED (undocumented;
// read the same way by windows-focus-assist and Workrave).
import type { BusyReason } from '../../../app/platform'

/** QUERY_USER_NOTIFICATION_STATE, as documented by Microsoft (shellapi.h). */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const

/** What each state means for a reminder; states not listed (accepts notifications, locked, a Store app) mean none. */
const QUNS_REASONS: Partial<Record<number, BusyReason>> = {
  // "A full-screen application is running or Presentation Settings are applied": video, games, F11 browsers.
  [QUNS.BUSY]: 'full-screen',
  [QUNS.RUNNING_D3D_FULL_SCREEN]: 'full-screen',
  // "The user has activated Windows presentation settings to block notifications and pop-up messages."
  [QUNS.PRESENTATION_MODE]: 'presenting',
  // The first hour after a new user's first sign-in, when Windows itself keeps notifications back.
  [QUNS.QUIET_TIME]: 'do-not-disturb',
}

/** The busy reasons of a SHQueryUserNotificationState answer; throws on a value outside the enumeration. */
export function notificationStateReasons(state: number): BusyReason[] {
  if (!Object.values(QUNS).includes(state as (typeof QUNS)[keyof typeof QUNS])) {
    throw new Error(`SHQueryUserNotificationState answered ${state}, not a documented state`)
  }
  const reason = QUNS_REASONS[state]
  return reason ? [reason] : []
}

/** The Focus Assist profiles the shell publishes: off, priority only, alarms only (Windows 11: Do Not Disturb). */
export const FOCUS_ASSIST = { OFF: 0, PRIORITY_ONLY: 1, ALARMS_ONLY: 2 } as const

/** Do Not Disturb while Focus Assist is on in either profile; throws on an unknown profile number. */
export function focusAssistReasons(profile: number): BusyReason[] {
  if (profile === FOCUS_ASSIST.OFF) return []
  if (profile === FOCUS_ASSIST.PRIORITY_ONLY || profile === FOCUS_ASSIST.ALARMS_ONLY)
    return ['do-not-disturb']
  throw new Error(`Focus Assist reported profile ${profile}, not 0, 1 or 2`)
}

/** An HRESULT or NTSTATUS (signed 32-bit) that reports failure. */
export function failed(status: number): boolean {
  return (status | 0) < 0
}
