// The words main speaks now: the catalog of the language in use (locales/<code>.ts) and the formatter of its
// locale, together, so a text and the times in it always agree. Built once per language and locale, then reused:
// a change of language takes effect at the next text built (no restart, nothing cached per text).
import type { Catalog } from '../../locales/catalog'
import { CATALOGS } from '../../locales/index'
import { createFormat, type Format } from '../core/i18n/format'
import type { LanguageInUse } from '../core/i18n/languages'
import type { ReminderKind } from '../core/planning/reminders'

/** Main's own words (tray, notifications, command line, dialogs): the catalogs' `app` section. */
export type AppTexts = Catalog['app']

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

/**
 * A reminder's name in the language in use: `short` for the tray ("Stretch in 12 min"), `title` for lists. A custom
 * reminder is called by the user's own title, a routine by its name; a session by its kind's name (its planned title is English).
 */
export function reminderName(
  speech: Speech,
  reminder: { kind: ReminderKind; title: string; ref?: string | undefined },
  width: 'short' | 'title' = 'short',
): string {
  const names = speech.texts.app.names
  switch (reminder.kind) {
    case 'custom':
    case 'routine':
      return reminder.title
    case 'activity':
      return reminder.ref === 'strength' || reminder.ref === 'yoga' ? names[reminder.ref] : reminder.title
    default:
      return names[reminder.kind][width]
  }
}
