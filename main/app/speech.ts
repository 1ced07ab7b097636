// The words main speaks now: the catalog of the language in use (locales/<code>.ts) and the formatter of its
// locale, together, so a text and the times in it always agree. Built once per language and locale, then reused:
// a change of language takes effect at the next text built (no restart, nothing cached per text).
import type { Catalog } from '../../locales/catalog'
import { CATALOGS } from '../../locales/index'
import { createFormat, type Format } from '../core/i18n/format'
import type { LanguageInUse } from '../core/i18n/languages'

export interface Speech {
  language: LanguageInUse
  texts: Catalog
  format: Format
}

const built = new Map<string, Speech>()

export function speechFor(language: LanguageInUse): Speech {
  const key = `${language.code}|${language.locale}`
  let speech = built.get(key)
  if (!speech) {
    const texts = CATALOGS[language.code]
    speech = { language, texts, format: createFormat(language.locale, texts.common.format) }
    built.set(key, speech)
  }
  return speech
}
