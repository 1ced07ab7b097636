// One D-Bus value as `gdbus call` and `dbus-send --print-reply` print it: an unsigned number (Mutter's and the
// screensaver's idle time), a boolean (the session manager's IsInhibited) or an object path (logind's session).
// Pure: the probes run the tools (wayland-idle.ts, linux-inhibit.ts, session-watch.ts), these read the answers.
// Each answer is bounded before it is read, and read line by line, each line once.

/** The longest answer read, in characters: one value is a line or two of a few dozen. */
export const DBUS_ANSWER_MAX = 4096

function bounded(tool: string, stdout: string): string {
  if (stdout.length > DBUS_ANSWER_MAX)
    throw new Error(
      `${tool} answered ${stdout.length} characters, more than one value takes (${DBUS_ANSWER_MAX})`,
    )
  return stdout
}

function unread(tool: string, stdout: string, what: string): Error {
  return new Error(`${tool} answered "${stdout.trim().slice(0, 60)}", not ${what}`)
}

export type UnsignedType = 'uint32' | 'uint64'

/** "(uint64 754321,)" → 754321. */
export function unsignedFromGdbus(stdout: string, type: UnsignedType): number {
  const match = /^\((uint32|uint64) (\d{1,20}),\)$/.exec(bounded('gdbus', stdout).trim())
  if (!match || match[1] !== type) throw unread('gdbus', stdout, `a ${type}`)
  return Number(match[2])
}

/** "method return …\n   uint64 754321" → 754321. */
export function unsignedFromDbusSend(stdout: string, type: UnsignedType): number {
  for (const line of bounded('dbus-send', stdout).split('\n')) {
    const match = /^(uint32|uint64) (\d{1,20})$/.exec(line.trim())
    if (match && match[1] === type) return Number(match[2])
  }
  throw unread('dbus-send', stdout, `a ${type}`)
}

/** "(true,)" → true. */
export function booleanFromGdbus(stdout: string): boolean {
  const match = /^\((true|false),\)$/.exec(bounded('gdbus', stdout).trim())
  if (!match) throw unread('gdbus', stdout, 'a boolean')
  return match[1] === 'true'
}

/** "method return …\n   boolean true" → true. */
export function booleanFromDbusSend(stdout: string): boolean {
  for (const line of bounded('dbus-send', stdout).split('\n')) {
    const match = /^boolean (true|false)$/.exec(line.trim())
    if (match) return match[1] === 'true'
  }
  throw unread('dbus-send', stdout, 'a boolean')
}

/** An object path's characters (the D-Bus specification allows no others). */
const PATH = '(/[A-Za-z0-9_/]{0,250})'

/** "(objectpath '/org/freedesktop/login1/session/_32',)" → the path. */
export function objectPathFromGdbus(stdout: string): string {
  const match = new RegExp(`^\\(objectpath '${PATH}',\\)$`).exec(bounded('gdbus', stdout).trim())
  if (!match?.[1]) throw unread('gdbus', stdout, 'an object path')
  return match[1]
}

/** "method return …\n   object path "/org/freedesktop/login1/session/_32"" → the path. */
export function objectPathFromDbusSend(stdout: string): string {
  const pattern = new RegExp(`^object path "${PATH}"$`)
  for (const line of bounded('dbus-send', stdout).split('\n')) {
    const match = pattern.exec(line.trim())
    if (match?.[1]) return match[1]
  }
  throw unread('dbus-send', stdout, 'an object path')
}
