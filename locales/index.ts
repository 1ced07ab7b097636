// Every catalog, by language code: main speaks all of them (a change of language needs no restart); the windows
// load only the one in use (scripts/build-renderer.mjs builds one small file per window and language).
import type { LanguageCode } from '../main/core/i18n/languages'
import type { Catalog } from './catalog'
import * as en from './en'
import * as ptBR from './pt-BR'

export const CATALOGS: Readonly<Record<LanguageCode, Catalog>> = {
  en,
  // Until a language's file lands, it speaks English (test/i18n/catalogs.test.ts fails for it).
  de: en,
  es: en,
  fr: en,
  'pt-BR': ptBR,
}
