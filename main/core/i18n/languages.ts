// The languages Limber speaks, and which one to use: the user's choice, or the best match among ours for the
// system's preferred languages, with English as the fallback. Also which locale formats times and numbers, so a
// British English user sees "14:30" and an American one "2:30 PM" from the same English catalog.
import { isOneOf } from '../one-of'

/** One row per language: its code (a BCP 47 tag) and its name as its own speakers write it. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
] as const

export type LanguageCode = (typeof LANGUAGES)[number]['code']
/** The preference: 'system' follows the system's languages; a code fixes one. */
export type LanguageSetting = 'system' | LanguageCode

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code)
export const FALLBACK_LANGUAGE: LanguageCode = 'en'

/** The language in use and the locale that formats times, dates and numbers in it. */
export interface LanguageInUse {
  code: LanguageCode
  /** A BCP 47 tag whose language is `code`, e.g. 'en-GB' or 'de-AT' when the system says so, else `code`. */
  locale: string
}

export function isLanguageCode(value: unknown): value is LanguageCode {
  return isOneOf(LANGUAGE_CODES, value)
}

/** A tag as Intl writes it ('EN_us' → 'en-US'), or null when it is no locale at all. */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-').replace(/\..*$/, ''))[0] ?? null
  } catch {
    return null
  }
}

function baseOf(tag: string): string {
  return tag.split('-')[0] ?? tag
}

/**
 * The best of our languages for one system tag: the exact tag ('pt-BR'), else the same language in another region
 * ('pt-PT' → 'pt-BR', 'de-AT' → 'de'), else none.
 */
function matchTag(tag: string): LanguageCode | null {
  const exact = LANGUAGE_CODES.find((code) => code.toLowerCase() === tag.toLowerCase())
  if (exact) return exact
  return LANGUAGE_CODES.find((code) => baseOf(code) === baseOf(tag)) ?? null
}

/**
 * Which language to speak: the setting when it names one of ours, else the first of the system's preferred
 * languages (most preferred first) that we speak, else English. The locale is the system's own tag for that
 * language when it has one (so its region's clock and date style are kept), else the language's code.
 */
export function resolveLanguage(setting: string, systemLanguages: readonly string[]): LanguageInUse {
  const tags = systemLanguages.map(canonical).filter((tag): tag is string => tag !== null)
  const code = isLanguageCode(setting)
    ? setting
    : (tags.map(matchTag).find((match): match is LanguageCode => match !== null) ?? FALLBACK_LANGUAGE)
  const locale = tags.find((tag) => matchTag(tag) === code) ?? code
  return { code, locale }
}
