// Shared by the zone-run tests (planner, local-time): which zone this worker runs in, and its 2026 DST
// transitions found by computation from the engine's own rules (not from a table), so the tests follow tz data.
import { dateKeyOf, type DateKey } from '../../main/core/local-time'

export const ZONE = process.env.TZ ?? ''

/** Offsets (minutes east of UTC) each zone must show in mid-January and mid-July; the tests assert them. */
export const EXPECTED_OFFSETS: Record<string, { january: number; july: number }> = {
  'Europe/Berlin': { january: 60, july: 120 },
  'America/New_York': { january: -300, july: -240 },
  'Australia/Lord_Howe': { january: 660, july: 630 },
  'Asia/Kolkata': { january: 330, july: 330 },
  'Pacific/Chatham': { january: 825, july: 765 },
}

/** The local dates we expect the computation to find (a cross-check on it, from the zones' published rules). */
export const EXPECTED_DST_DAYS: Record<string, { spring?: DateKey; fall?: DateKey }> = {
  'Europe/Berlin': { spring: '2026-03-29', fall: '2026-10-25' },
  'America/New_York': { spring: '2026-03-08', fall: '2026-11-01' },
  'Australia/Lord_Howe': { spring: '2026-10-04', fall: '2026-04-05' },
  'Asia/Kolkata': {},
  'Pacific/Chatham': { spring: '2026-09-27', fall: '2026-04-05' },
}

export interface Transition {
  /** The first instant (epoch ms) under the new offset. */
  instant: number
  /** Local date on which it happens. */
  day: DateKey
  /** Minutes the clock moves: +60 / +30 spring forward, -60 / -30 fall back. */
  shift: number
  /** Wall reading at which the old offset stops ('02:00' in Berlin in spring, '03:00' in autumn). */
  wallBefore: string
  /** Wall reading the clock jumps to ('03:00' in Berlin in spring, '02:00' in autumn). */
  wallAfter: string
}

const MINUTE = 60_000

function offsetMinutes(ms: number): number {
  return -new Date(ms).getTimezoneOffset()
}

function wall(ms: number, offset: number): string {
  const shifted = new Date(ms + offset * MINUTE)
  return `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`
}

/** Every change of UTC offset during 2026 in the process's zone. */
export function transitions2026(): Transition[] {
  const found: Transition[] = []
  const end = Date.UTC(2027, 0, 1)
  for (let t = Date.UTC(2026, 0, 1); t < end; t += 3_600_000) {
    const before = offsetMinutes(t)
    const after = offsetMinutes(t + 3_600_000)
    if (before === after) continue
    let lo = t
    let hi = t + 3_600_000
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2)
      if (offsetMinutes(mid) === before) lo = mid
      else hi = mid
    }
    found.push({
      instant: hi,
      day: dateKeyOf(new Date(hi)),
      shift: after - before,
      wallBefore: wall(hi, before),
      wallAfter: wall(hi, after),
    })
  }
  return found
}

/** Adds minutes (negative: subtracts) to an 'HH:MM' reading, wrapping around midnight. */
export function plusMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number]
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}
