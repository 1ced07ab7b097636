// The language the app speaks now: the `language` preference, or the system's best match among Limber's
// languages (main/core/i18n/languages.ts). Read afresh each time, so a change applies at once.
import { resolveLanguage, type LanguageCode, type LanguageInUse } from '../core/i18n/languages'
import type { Preferences } from '../core/preferences'
import type { Platform } from './platform'

export function languageInUse(
  prefs: Preferences,
  platform: Pick<Platform, 'systemLanguages'>,
): LanguageInUse {
  let system: readonly string[] = []
  try {
    system = platform.systemLanguages?.() ?? []
  } catch {
    // A system that cannot say its languages gets English, as one that speaks none of ours does.
  }
  return resolveLanguage(prefs.language, system)
}
