// The shape every catalog has: English's (locales/en.ts), section by section. A language file writes
// `export const settings = { … } satisfies Catalog['settings']`, so a missing key, an extra key or a message that
// takes different values is a type error; test/i18n/catalogs.test.ts checks the same at run time.
import type * as en from './en'

export interface Catalog {
  common: typeof en.common
  settings: typeof en.settings
  breakWindow: typeof en.breakWindow
  app: typeof en.app
  content: typeof en.content
}

export type CatalogSection = keyof Catalog
export const CATALOG_SECTIONS: readonly CatalogSection[] = [
  'common',
  'settings',
  'breakWindow',
  'app',
  'content',
]

/**
 * What the break window's texts file leaves out (scripts/build-renderer.mjs), section by section: of the shared
 * words, the formatter's (the window formats only its countdown) and the minutes; of its own, the dimmed screens'
 * lines, which the dimmed screen's file carries alone.
 */
export const NOT_IN_BREAK_WINDOW = { common: ['format', 'minutes'], breakWindow: ['dimmed'] } as const

/**
 * What only the morning check-in's break reads (its form, its ice or heat, the warning signs, long in every
 * language): a texts file of its own, `break.check-in.<code>.js`, loaded before a check-in is shown, so a stretch or
 * posture break never fetches it. BreakTexts counts it in, as the settings window's type counts its parts'.
 */
export const BREAK_CHECK_IN_TEXTS = {
  common: ['checkIn', 'start', 'warningSigns'],
  breakWindow: ['checkIn'],
} as const

/** What each window loads: the shared words and its own (only the language in use; see scripts/build-renderer.mjs). */
export type SettingsTexts = Pick<Catalog, 'common' | 'settings'>
/** The break window's texts file: the shared words and its own, but for what NOT_IN_BREAK_WINDOW names. */
export type BreakTexts = {
  common: Omit<Catalog['common'], (typeof NOT_IN_BREAK_WINDOW.common)[number]>
  breakWindow: Omit<Catalog['breakWindow'], (typeof NOT_IN_BREAK_WINDOW.breakWindow)[number]>
}
/** The dimmed screen's texts file carries the shared words and the break window's lines for it alone. */
export type DimmedTexts = Pick<Catalog, 'common'> & { breakWindow: Pick<Catalog['breakWindow'], 'dimmed'> }
