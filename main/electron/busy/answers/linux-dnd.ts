// Reads what Linux desktops answer about Do Not Disturb (pure): GNOME's `gsettings get
// org.gnome.desktop.notifications show-banners` (false while Do Not Disturb is on), and the Inhibited property
// that KDE Plasma's notification server adds to org.freedesktop.Notifications, as gdbus or dbus-send print it.

/** A desktop setting printed by gsettings ("true"/"false"); throws on anything else. */
export function gsettingsBoolean(stdout: string): boolean {
  const said = stdout.trim()
  if (said === 'true') return true
  if (said === 'false') return false
  throw new Error(`gsettings answered "${said.slice(0, 40)}", not true or false`)
}

/** GNOME: Do Not Disturb is on when notification banners are turned off. */
export function gnomeDoNotDisturb(showBannersStdout: string): boolean {
  return !gsettingsBoolean(showBannersStdout)
}

/** The Inhibited property as `gdbus call … Properties.Get` prints it: "(<true>,)". */
export function inhibitedFromGdbus(stdout: string): boolean {
  const match = /^\(<(true|false)>,\)$/.exec(stdout.trim())
  if (!match) throw new Error(`gdbus answered "${stdout.trim().slice(0, 40)}", not a boolean property`)
  return match[1] === 'true'
}

/** The Inhibited property as `dbus-send --print-reply … Properties.Get` prints it: "variant boolean true". */
export function inhibitedFromDbusSend(stdout: string): boolean {
  const match = /^\s*variant\s+boolean\s+(true|false)\s*$/m.exec(stdout)
  if (!match) throw new Error(`dbus-send answered "${stdout.trim().slice(0, 60)}", not a boolean property`)
  return match[1] === 'true'
}
