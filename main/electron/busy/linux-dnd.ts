// Linux: is Do Not Disturb on? Asks GNOME, Cinnamon and MATE (gsettings) and KDE Plasma's notification server
// (its Inhibited property, over D-Bus with gdbus, or dbus-send where glib's tools are missing). Which of them
// answer on this machine is found once; later checks ask only those. Parsing is in answers/linux-dnd.ts.
import {
  DND_ANSWER_MAX,
  dndFromGsettings,
  GSETTINGS_DND,
  inhibitedFromDbusSend,
  inhibitedFromGdbus,
} from './answers/linux-dnd'
import { CommandError, runCommand } from './command'
import type { BusyProbe } from './probe'
import { yesNoProbe, type YesNoSource } from './yes-no-sources'

/** One way a Linux desktop tells whether Do Not Disturb is on. */
type DndSource = YesNoSource

const NOTIFICATIONS = ['org.freedesktop.Notifications', '/org/freedesktop/Notifications'] as const

/** Runs a tool that answers one boolean: stopped once it says more than such an answer takes. */
const askBoolean = (tool: string, args: string[], signal: AbortSignal) =>
  runCommand(tool, args, { signal, maxBytes: DND_ANSWER_MAX })

/** The ways this probe knows, in the order they are tried; every one that answers is asked at each check. */
export const DND_SOURCES: readonly DndSource[] = [
  ...GSETTINGS_DND.map((source) => ({
    name: `${source.desktop} (gsettings ${source.schema} ${source.key})`,
    ask: async (signal: AbortSignal) =>
      dndFromGsettings(source, await askBoolean('gsettings', ['get', source.schema, source.key], signal)),
  })),
  {
    name: 'the notification server’s Inhibited property (KDE Plasma)',
    async ask(signal) {
      const [service, path] = NOTIFICATIONS
      try {
        const stdout = await askBoolean(
          'gdbus',
          [
            'call',
            '--session',
            '--dest',
            service,
            '--object-path',
            path,
            '--method',
            'org.freedesktop.DBus.Properties.Get',
            service,
            'Inhibited',
          ],
          signal,
        )
        return inhibitedFromGdbus(stdout)
      } catch (error) {
        if (!(error instanceof CommandError && error.code === 'ENOENT')) throw error
      }
      const stdout = await askBoolean(
        'dbus-send',
        [
          '--session',
          '--print-reply',
          `--dest=${service}`,
          path,
          'org.freedesktop.DBus.Properties.Get',
          `string:${service}`,
          'string:Inhibited',
        ],
        signal,
      )
      return inhibitedFromDbusSend(stdout)
    },
  },
]

export function linuxDndProbe(sources: readonly DndSource[] = DND_SOURCES): BusyProbe {
  // Neither GNOME's, Cinnamon's or MATE's settings nor a notification server with a switch (KDE Plasma): no-desktop-dnd.
  return yesNoProbe('linux-dnd', 'do-not-disturb', sources, 'no-desktop-dnd')
}
