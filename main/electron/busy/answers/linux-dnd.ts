// Reads what Linux desktops answer about Do Not Disturb (pure): a gsettings boolean (GNOME's
// org.gnome.desktop.notifications show-banners is false while Do Not Disturb is on), and the Inhibited property
// that KDE Plasma's notification server adds to org.freedesktop.Notifications, as gdbus or dbus-send print it.

/**
 * The longest answer these readers take, in characters. A boolean, as gsettings, gdbus or dbus-send print it, is
 * one line of a few dozen; anything longer is not such an answer, and is refused before it is read.
 */
export const DND_ANSWER_MAX = 4096

function bounded(tool: string, stdout: string): string {
  if (stdout.length > DND_ANSWER_MAX) {
    throw new Error(
      `${tool} answered ${stdout.length} characters, more than a property takes (${DND_ANSWER_MAX})`,
    )
  }
  return stdout
}

/** A desktop setting printed by gsettings ("true"/"false"); throws on anything else. */
export function gsettingsBoolean(stdout: string): boolean {
  const said = bounded('gsettings', stdout).trim()
  if (said === 'true') return true
  if (said === 'false') return false
  throw new Error(`gsettings answered "${said.slice(0, 40)}", not true or false`)
}

/** A desktop whose Do Not Disturb is a gsettings boolean: on while `key` reads `onWhen`. */
export interface GsettingsDnd {
  desktop: string
  schema: string
  key: string
  onWhen: boolean
}

/** The desktops that keep Do Not Disturb in gsettings (keys as in their own schema files). */
export const GSETTINGS_DND: readonly GsettingsDnd[] = [
  // GNOME's switch turns banners off; Cinnamon's applet stops displaying notifications; MATE has a plain flag.
  { desktop: 'GNOME', schema: 'org.gnome.desktop.notifications', key: 'show-banners', onWhen: false },
  {
    desktop: 'Cinnamon',
    schema: 'org.cinnamon.desktop.notifications',
    key: 'display-notifications',
    onWhen: false,
  },
  { desktop: 'MATE', schema: 'org.mate.NotificationDaemon', key: 'do-not-disturb', onWhen: true },
]

/** Whether `source`'s Do Not Disturb is on, from `gsettings get <schema> <key>`. */
export function dndFromGsettings(source: GsettingsDnd, stdout: string): boolean {
  return gsettingsBoolean(stdout) === source.onWhen
}

/** The Inhibited property as `gdbus call … Properties.Get` prints it: "(<true>,)". */
export function inhibitedFromGdbus(stdout: string): boolean {
  const match = /^\(<(true|false)>,\)$/.exec(bounded('gdbus', stdout).trim())
  if (!match) throw new Error(`gdbus answered "${stdout.trim().slice(0, 40)}", not a boolean property`)
  return match[1] === 'true'
}

/**
 * The Inhibited property as `dbus-send --print-reply … Properties.Get` prints it: "variant boolean true" on a line
 * of its own. Read line by line, each line once: a pattern run over the whole answer at every line start would
 * take time growing with the square of its line breaks.
 */
export function inhibitedFromDbusSend(stdout: string): boolean {
  for (const line of bounded('dbus-send', stdout).split('\n')) {
    const match = /^variant\s+boolean\s+(true|false)$/.exec(line.trim())
    if (match) return match[1] === 'true'
  }
  throw new Error(`dbus-send answered "${stdout.trim().slice(0, 60)}", not a boolean property`)
}
