// Which busy states this system can tell (Platform.busyDetectors), for the settings' "Don't interrupt" group: asked
// only when the settings window wants it, never thrown back at the window. A shell that cannot tell any of them, or
// whose answer fails, shows every detector as unavailable, saying why. Why is a code (DETECTOR_WHYS): the settings
// app adds them in words (`says`), in the language in use, for the window.
import { logEvent } from '../log-events'
import { isOneOf, isRecord } from '../../core/one-of'
import type { Catalog } from '../../../locales/catalog'
import {
  DETECTOR_WHYS,
  type BusyDetector,
  type BusyDetectors,
  type DetectorWhy,
  type Platform,
} from '../platform'

/** The detectors with their reasons in words (`says`), in the language `texts` is written in. */
export function withWords(detectors: BusyDetectors, texts: Catalog['app']): BusyDetectors {
  const words = (detector: BusyDetector): BusyDetector => ({
    ...detector,
    says: (detector.why ?? []).map((code) => texts.busyWhy[code]),
  })
  return {
    'full-screen': words(detectors['full-screen']),
    presenting: words(detectors.presenting),
    call: words(detectors.call),
    'do-not-disturb': words(detectors['do-not-disturb']),
    'screen-kept-on': words(detectors['screen-kept-on']),
  }
}

export async function busyDetectorsOf(
  platform: Pick<Platform, 'busyDetectors' | 'log'>,
  texts: Catalog['app'],
): Promise<BusyDetectors> {
  return withWords(await detectorsOf(platform), texts)
}

async function detectorsOf(platform: Pick<Platform, 'busyDetectors' | 'log'>): Promise<BusyDetectors> {
  if (!platform.busyDetectors) return everyDetector({ available: false, why: ['no-shell'] })
  try {
    const answer: unknown = await platform.busyDetectors()
    const said = isRecord(answer) ? answer : {}
    return {
      'full-screen': detectorOf(said['full-screen']),
      presenting: detectorOf(said.presenting),
      call: detectorOf(said.call),
      'do-not-disturb': detectorOf(said['do-not-disturb']),
      'screen-kept-on': detectorOf(said['screen-kept-on']),
    }
  } catch (error) {
    logEvent(platform, { event: 'busy-detectors-unknown' }, error)
    return everyDetector({ available: false, why: ['failed'] })
  }
}

/**
 * One detector as the window is given it: only its two fields, and only the codes the window knows (one code or a
 * list). An unavailable detector always says why: "this system offers no way to tell" when its shell did not say.
 */
function detectorOf(value: unknown): BusyDetector {
  if (!isRecord(value)) return { available: false, why: ['failed'] }
  const { available, why } = value
  const said = (Array.isArray(why) ? why : [why]).filter(isDetectorWhy)
  const codes = [...new Set(said)]
  if (available !== true) return { available: false, why: codes.length > 0 ? codes : ['no-way'] }
  return codes.length > 0 ? { available: true, why: codes } : { available: true }
}

function isDetectorWhy(value: unknown): value is DetectorWhy {
  return isOneOf(DETECTOR_WHYS, value)
}

function everyDetector(detector: BusyDetector): BusyDetectors {
  return {
    'full-screen': { ...detector },
    presenting: { ...detector },
    call: { ...detector },
    'do-not-disturb': { ...detector },
    'screen-kept-on': { ...detector },
  }
}
