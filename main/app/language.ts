// The language the app speaks now: the `language` preference, or the system's best match among Limber's
// languages (main/core/i18n/languages.ts). Read afresh each time, so a change applies at once.
import { resolveLanguage, type LanguageCode, type LanguageInUse } from '../core/i18n/languages'
import type { Preferences } from '../core/preferences/index'
import type { Platform } from './platform'

type SystemLanguages = Pick<Platform, 'systemLanguages'>

export function languageInUse(prefs: Preferences, platform: SystemLanguages): LanguageInUse {
  return resolveLanguage(prefs.language, systemLanguagesOf(platform))
}

/** The language the setting 'system' gives on this computer. */
export function systemLanguage(platform: SystemLanguages): LanguageCode {
  return resolveLanguage('system', systemLanguagesOf(platform)).code
}

function systemLanguagesOf(platform: SystemLanguages): readonly string[] {
  try {
    return platform.systemLanguages?.() ?? []
  } catch {
    // A system that cannot say its languages gets English, as one that speaks none of ours does.
    return []
  }
}
