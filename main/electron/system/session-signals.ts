// Reading the session's lock and unlock signals as `gdbus monitor` prints them, one line each: logind's Lock and
// Unlock and its LockedHint property, and the screensaver's ActiveChanged (GNOME's org.gnome.ScreenSaver, KDE's
// org.freedesktop.ScreenSaver). Pure: session-watch.ts runs the monitors and feeds their output here.

export type SessionSignal = 'lock' | 'unlock'

/** The longest line read; a longer one is no signal this reader knows, and is dropped whole. */
export const SIGNAL_LINE_MAX = 4096

const PATH = '/[A-Za-z0-9_/]{0,250}'
const ACTIVE_CHANGED = new RegExp(
  `^${PATH}: org\\.(?:gnome|freedesktop)\\.ScreenSaver\\.ActiveChanged \\((true|false),\\)$`,
)
const LOGIND_LOCK = new RegExp(`^${PATH}: org\\.freedesktop\\.login1\\.Session\\.(Lock|Unlock) \\(\\)$`)
const PROPERTIES = new RegExp(
  `^${PATH}: org\\.freedesktop\\.DBus\\.Properties\\.PropertiesChanged \\('org\\.freedesktop\\.login1\\.Session', `,
)
const LOCKED_HINT = /'LockedHint': <(true|false)>/

/** The lock or unlock one line of `gdbus monitor` reports, or null for any other line. */
export function signalFromMonitorLine(line: string): SessionSignal | null {
  if (line.length > SIGNAL_LINE_MAX) return null
  const text = line.trim()
  const active = ACTIVE_CHANGED.exec(text)
  if (active) return active[1] === 'true' ? 'lock' : 'unlock'
  const logind = LOGIND_LOCK.exec(text)
  if (logind) return logind[1] === 'Lock' ? 'lock' : 'unlock'
  if (PROPERTIES.test(text)) {
    const hint = LOCKED_HINT.exec(text)
    if (hint) return hint[1] === 'true' ? 'lock' : 'unlock'
  }
  return null
}

/**
 * Splits a child's output into lines, holding at most `max` characters of an unfinished line: a line longer than
 * that is dropped whole (up to its end), so a monitor that prints without end never grows the buffer.
 */
export class LineSplitter {
  private pending = ''
  private skipping = false
  /** How many overlong lines were dropped. */
  dropped = 0

  constructor(private readonly max = SIGNAL_LINE_MAX) {}

  push(chunk: string): string[] {
    const lines: string[] = []
    let start = 0
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, end)
      if (!this.skipping && this.pending.length + piece.length <= this.max) lines.push(this.pending + piece)
      else this.dropped++
      this.pending = ''
      this.skipping = false
      start = end + 1
    }
    const rest = chunk.slice(start)
    if (this.skipping) return lines
    if (this.pending.length + rest.length > this.max) {
      this.pending = ''
      this.skipping = true
    } else {
      this.pending += rest
    }
    return lines
  }
}
