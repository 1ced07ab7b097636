// Keeps the main process in the system's time zone. Electron's main process may keep the zone it started with until
// restart (electron/electron#33723), so the app would read local times in the zone it was launched in. On Linux and
// macOS the system's zone is the target of the /etc/localtime link (…/zoneinfo/Europe/Berlin), or on some Linux
// systems the name in /etc/timezone: assigning that name to process.env.TZ makes Node reset V8's and ICU's zone at
// once. Windows keeps its zone in the registry under Windows names, which this adapter does not translate: there the
// app keeps its start-up zone. docs/time-zones.md has the details and what each OS offers.
import { readFileSync, readlinkSync } from 'node:fs'
import type { Platform } from '../../app/platform'

export interface ZoneSources {
  platform: NodeJS.Platform
  readLink(path: string): string
  readText(path: string): string
  /** process.env in the app: assigning TZ there is what makes Node re-read the zone. */
  env: Record<string, string | undefined>
  log: Platform['log']
}

const defaultSources = (log: Platform['log']): ZoneSources => ({
  platform: process.platform,
  readLink: (path) => readlinkSync(path),
  readText: (path) => readFileSync(path, 'utf8'),
  env: process.env,
  log,
})

/** The IANA name in a zoneinfo path ('/usr/share/zoneinfo/Europe/Berlin' → 'Europe/Berlin'), or null. */
export function zoneFromPath(path: string): string | null {
  const at = path.lastIndexOf('zoneinfo/')
  if (at < 0) return null
  return zoneName(path.slice(at + 'zoneinfo/'.length).replace(/^(posix|right)\//, ''))
}

/** `name` when it is a time zone the engine knows, else null. */
function zoneName(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,60}$/.test(name)) return null
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return name
  } catch {
    return null
  }
}

/**
 * The Platform's `syncTimeZone`: reads the system's zone (a link read, cheap enough for every wake-up) and, when it
 * changed, assigns it to TZ. Does nothing on Windows, and nothing when TZ was set at launch (the user's choice).
 */
export function createTimeZoneSync(
  log: Platform['log'],
  sources: ZoneSources = defaultSources(log),
): () => void {
  if (sources.platform === 'win32' || sources.env.TZ) return () => undefined
  let seen: string | null = null
  let unreadable = false
  return () => {
    const raw = readSystemZone(sources)
    if (raw === null) {
      if (!unreadable) sources.log('info', 'the system time zone cannot be read; keeping the start-up zone')
      unreadable = true
      return
    }
    if (raw === seen) return
    seen = raw
    const zone = raw.startsWith('/') || raw.includes('zoneinfo/') ? zoneFromPath(raw) : zoneName(raw)
    if (zone !== null && zone !== sources.env.TZ) sources.env.TZ = zone
  }
}

/** The /etc/localtime link's target, else the name in /etc/timezone, as read (null when neither is there). */
function readSystemZone(sources: ZoneSources): string | null {
  try {
    return sources.readLink('/etc/localtime')
  } catch {
    // Not a link (a copied zone file): Debian-style systems also name the zone in /etc/timezone.
  }
  try {
    return sources.readText('/etc/timezone').trim()
  } catch {
    return null
  }
}
