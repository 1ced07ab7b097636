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
 * The shared words the break window's texts leave out (scripts/build-renderer.mjs): the formatter's, as the window
 * formats only its countdown, and the minutes.
 */
export const NOT_IN_BREAK_WINDOW = ['format', 'minutes'] as const

/** What each window loads: the shared words and its own (only the language in use; see scripts/build-renderer.mjs). */
export type SettingsTexts = Pick<Catalog, 'common' | 'settings'>
export type BreakTexts = Pick<Catalog, 'breakWindow'> & {
  common: Omit<Catalog['common'], (typeof NOT_IN_BREAK_WINDOW)[number]>
}
