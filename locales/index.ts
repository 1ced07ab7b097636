// Every catalog, by language code: main speaks all of them (a change of language needs no restart); the windows
// load only the one in use (scripts/build-renderer.mjs builds one small file per window and language).
import type { LanguageCode } from '../main/core/i18n/languages'
import type { Catalog } from './catalog'
import * as de from './de'
import * as en from './en'
import * as es from './es'
import * as fr from './fr'
import * as ptBR from './pt-BR'

export const CATALOGS: Readonly<Record<LanguageCode, Catalog>> = {
  en,
  de,
  es,
  fr,
  'pt-BR': ptBR,
}
