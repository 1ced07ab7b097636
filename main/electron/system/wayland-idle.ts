// Idle time on Wayland, where Electron's powerMonitor.getSystemIdleTime() reads 0 (electron/electron#27912): asked
// of the compositor over the session bus instead. GNOME answers through Mutter's idle monitor, KDE Plasma and some
// others through the screensaver's GetSessionIdleTime (both in milliseconds). The ext-idle-notify-v1 protocol would
// need a Wayland client built against native headers; no maintained JavaScript way to reach it exists, so it is
// not used (docs/dont-interrupt.md, "Wayland").
//
// The app reads idle time synchronously, once a minute (and every two seconds while waiting for a pause in typing).
// A D-Bus call is asynchronous, so the reader answers the last reading and keeps it fresh on the app's own rhythm:
// it learns the gap between the app's reads and asks the compositor again just before the next read is due. An
// irregular read gets the reading of the one before it.
import type { Platform } from '../../app/platform'
import { unsignedFromDbusSend, unsignedFromGdbus, type UnsignedType } from '../busy/answers/dbus-values'
import { x11Unavailable } from '../busy/answers/linux-fullscreen'
import { callDbus } from '../busy/dbus-call'

/** One compositor's way of telling idle time. */
export interface IdleSource {
  /** Names the source in the log. */
  name: string
  /** Milliseconds since the last input; rejects when this desktop does not answer. */
  readMs(signal: AbortSignal): Promise<number>
}

function dbusIdleSource(
  name: string,
  service: string,
  path: string,
  method: string,
  type: UnsignedType,
): IdleSource {
  return {
    name,
    readMs: (signal) =>
      callDbus(
        { bus: 'session', service, path, method },
        { gdbus: (out) => unsignedFromGdbus(out, type), dbusSend: (out) => unsignedFromDbusSend(out, type) },
        signal,
      ),
  }
}

/** The sources tried, in order; the first that answers is used for the whole session. */
export const WAYLAND_IDLE_SOURCES: readonly IdleSource[] = [
  dbusIdleSource(
    'GNOME’s idle monitor (Mutter)',
    'org.gnome.Mutter.IdleMonitor',
    '/org/gnome/Mutter/IdleMonitor/Core',
    'org.gnome.Mutter.IdleMonitor.GetIdletime',
    'uint64',
  ),
  dbusIdleSource(
    'the screensaver’s GetSessionIdleTime (KDE Plasma)',
    'org.freedesktop.ScreenSaver',
    '/org/freedesktop/ScreenSaver',
    'org.freedesktop.ScreenSaver.GetSessionIdleTime',
    'uint32',
  ),
]

/** Whether this is a Wayland session, where Electron's idle time cannot be trusted. */
export function isWaylandSession(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return x11Unavailable(env) === 'wayland'
}

export interface IdleReader {
  /** Seconds since the last input, whole ones (as Electron counts them); throws while the source fails. */
  idleSeconds(): number
  /** The source in use, once one has answered; null while looking, or when none did (Electron's is used). */
  readonly source: string | null
  dispose(): void
}

export interface IdleReaderOptions {
  sources: readonly IdleSource[]
  /** Electron's own reading, used until a source answers and where none does. */
  fallback: () => number
  log: Platform['log']
  /** Wall-clock milliseconds (Date.now). */
  now?: () => number
}

/** A source that answers nothing within this long is taken as not answering. */
const READ_TIMEOUT_MS = 3_000
/** Reads this close together are the app's rhythm only if at least this far apart (a double read is not one). */
const SHORTEST_RHYTHM_MS = 1_000
/** Longer gaps than this are not a rhythm worth a timer (the app sleeps between reminders). */
const LONGEST_RHYTHM_MS = 5 * 60_000
/** How long before the app's next read the compositor is asked. */
const LEAD_MS = 1_500
/** After this many failed reads in a row the source counts as failing: idleSeconds() throws until it answers. */
const FAILURES_BEFORE_UNREADABLE = 3

export function createIdleReader(options: IdleReaderOptions): IdleReader {
  const now = options.now ?? Date.now
  let source: IdleSource | null = null
  let lastMs: number | null = null
  let failures = 0
  let lastError: unknown
  let lastReadAt: number | null = null
  let inFlight = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false

  const read = async (from: IdleSource): Promise<void> => {
    inFlight = true
    try {
      lastMs = await from.readMs(AbortSignal.timeout(READ_TIMEOUT_MS))
      if (failures >= FAILURES_BEFORE_UNREADABLE) options.log('info', `idle time: ${from.name} answers again`)
      failures = 0
    } catch (error) {
      failures++
      lastError = error
      if (failures === FAILURES_BEFORE_UNREADABLE)
        options.log('warn', `idle time: ${from.name} stopped answering`, error)
    } finally {
      inFlight = false
    }
  }

  // Finds the source once: each is asked in turn, the first that answers is kept.
  const found = (async () => {
    for (const candidate of options.sources) {
      try {
        lastMs = await candidate.readMs(AbortSignal.timeout(READ_TIMEOUT_MS))
        if (disposed) return
        source = candidate
        options.log('info', `idle time on Wayland from ${candidate.name}`)
        return
      } catch {
        // The next one.
      }
    }
    options.log('info', 'idle time on Wayland: no compositor answered; using Electron’s, which reads 0 there')
  })()
  void found

  /** Asks again just before the next read, if the app reads on a rhythm; otherwise at once. */
  const keepFresh = (from: IdleSource, gap: number | null) => {
    clearTimeout(timer)
    if (disposed) return
    if (gap === null || gap < SHORTEST_RHYTHM_MS || gap > LONGEST_RHYTHM_MS) {
      if (!inFlight) void read(from)
      return
    }
    timer = setTimeout(
      () => {
        if (!inFlight) void read(from)
      },
      Math.max(0, gap - Math.min(LEAD_MS, gap / 2)),
    )
    timer.unref?.()
  }

  return {
    idleSeconds() {
      const from = source
      if (!from || lastMs === null) return options.fallback()
      const at = now()
      const gap = lastReadAt === null ? null : at - lastReadAt
      lastReadAt = at
      keepFresh(from, gap)
      if (failures >= FAILURES_BEFORE_UNREADABLE)
        throw new Error(`${from.name} did not answer`, { cause: lastError })
      return Math.floor(lastMs / 1000)
    },
    get source() {
      return source?.name ?? null
    },
    dispose() {
      disposed = true
      clearTimeout(timer)
    },
  }
}
