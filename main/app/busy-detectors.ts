// Which busy states this system can tell (Platform.busyDetectors), for the settings' "Don't interrupt" group: asked
// only when the settings window wants it, never thrown back at the window. A shell that cannot tell any of them, or
// whose answer fails, shows every detector as unavailable, saying why.
import { BUSY_REASONS, type BusyDetector, type BusyDetectors, type Platform } from './platform'

const NO_SHELL_WHY = 'This version of Limber cannot tell on this system.'
const FAILED_WHY = 'Limber could not check this system; the log says why.'

export async function busyDetectorsOf(
  platform: Pick<Platform, 'busyDetectors' | 'log'>,
): Promise<BusyDetectors> {
  if (!platform.busyDetectors) return everyDetector({ available: false, why: NO_SHELL_WHY })
  try {
    const answer: unknown = await platform.busyDetectors()
    return Object.fromEntries(
      BUSY_REASONS.map((reason) => [
        reason,
        detectorOf((answer as Record<string, unknown> | null)?.[reason]),
      ]),
    ) as BusyDetectors
  } catch (error) {
    platform.log('warn', 'could not tell which busy states this system reports', error)
    return everyDetector({ available: false, why: FAILED_WHY })
  }
}

/** One detector as the window is given it: only its two fields, a `why` only if it is text. */
function detectorOf(value: unknown): BusyDetector {
  if (value === null || typeof value !== 'object') return { available: false, why: FAILED_WHY }
  const { available, why } = value as Record<string, unknown>
  const detector: BusyDetector = { available: available === true }
  if (typeof why === 'string' && why !== '') detector.why = why.slice(0, 300)
  return detector
}

function everyDetector(detector: BusyDetector): BusyDetectors {
  return Object.fromEntries(BUSY_REASONS.map((reason) => [reason, { ...detector }])) as BusyDetectors
}
