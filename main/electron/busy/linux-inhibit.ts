// Linux: does an app keep the screen on (an idle inhibitor: a video player, a call, a presentation)? Asks GNOME's
// session manager (IsInhibited with the idle flag, 8, as Safe Eyes does) and KDE Plasma's power management
// (HasInhibition with the screen-settings policy, 4). Only ever a reason to wait: it says nothing about whether
// anyone is at the computer, so presence never reads it (docs/dont-interrupt.md). Answers are read in
// answers/dbus-values.ts.
import { booleanFromDbusSend, booleanFromGdbus } from './answers/dbus-values'
import { callDbus, type DbusMethodCall } from './dbus-call'
import type { BusyProbe } from './probe'
import { yesNoProbe, type YesNoSource } from './yes-no-sources'

/** One session's way of telling whether an app keeps the screen on. */
export type InhibitSource = YesNoSource

/** org.gnome.SessionManager's GSM_INHIBITOR_FLAG_IDLE: "the session must not be marked idle". */
export const GNOME_IDLE_FLAG = 8
/** KDE PowerDevil's PolicyAgent::ChangeScreenSettings: the screen must not dim, blank or lock. */
export const KDE_SCREEN_POLICY = 4

const askBoolean = (call: DbusMethodCall) => (signal: AbortSignal) =>
  callDbus(call, { gdbus: booleanFromGdbus, dbusSend: booleanFromDbusSend }, signal)

export const INHIBIT_SOURCES: readonly InhibitSource[] = [
  {
    name: 'GNOME’s session manager (IsInhibited, idle)',
    ask: askBoolean({
      bus: 'session',
      service: 'org.gnome.SessionManager',
      path: '/org/gnome/SessionManager',
      method: 'org.gnome.SessionManager.IsInhibited',
      args: [{ type: 'uint32', value: GNOME_IDLE_FLAG }],
    }),
  },
  {
    name: 'KDE Plasma’s power management (HasInhibition, screen)',
    ask: askBoolean({
      bus: 'session',
      service: 'org.kde.Solid.PowerManagement',
      path: '/org/kde/Solid/PowerManagement/PolicyAgent',
      method: 'org.kde.Solid.PowerManagement.PolicyAgent.HasInhibition',
      args: [{ type: 'uint32', value: KDE_SCREEN_POLICY }],
    }),
  },
]

export function linuxInhibitProbe(sources: readonly InhibitSource[] = INHIBIT_SOURCES): BusyProbe {
  return yesNoProbe('linux-inhibit', 'screen-kept-on', sources, 'no-inhibit-signal')
}
