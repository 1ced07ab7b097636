// Linux: does an app keep the screen on (an idle inhibitor: a video player, a call, a presentation)? Asks GNOME's
// session manager (IsInhibited with the idle flag, 8, as Safe Eyes does) and KDE Plasma's power management
// (HasInhibition with the screen-settings policy, 4). Only ever a reason to wait: it says nothing about whether
// anyone is at the computer, so presence never reads it (docs/dont-interrupt.md). Answers are read in
// answers/dbus-values.ts.
import type { BusyReason } from '../../app/platform'
import { booleanFromDbusSend, booleanFromGdbus } from './answers/dbus-values'
import { callDbus, type DbusMethodCall } from './dbus-call'
import type { BusyProbe } from './probe'

/** One session's way of telling whether an app keeps the screen on. */
export interface InhibitSource {
  name: string
  ask(signal: AbortSignal): Promise<boolean>
}

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
  let answering: readonly InhibitSource[] = []
  return {
    name: 'linux-inhibit',
    reasons: ['screen-kept-on'],
    async available(signal) {
      const tried = await Promise.all(
        sources.map((source) =>
          source.ask(signal).then(
            () => true,
            () => false,
          ),
        ),
      )
      answering = sources.filter((_, index) => tried[index])
      return answering.length > 0 ? { available: true } : { available: false, why: ['no-inhibit-signal'] }
    },
    async check(signal): Promise<BusyReason[]> {
      const answers = await Promise.allSettled(answering.map((source) => source.ask(signal)))
      if (answers.some((answer) => answer.status === 'fulfilled' && answer.value)) return ['screen-kept-on']
      const failed = answers.find((answer) => answer.status === 'rejected')
      if (failed && answers.every((answer) => answer.status === 'rejected')) throw failed.reason
      return []
    },
  }
}
