// The system's languages, most preferred first, as Electron reads them (Windows' and macOS' language settings, the
// LANGUAGE/LANG variables on Linux). Main picks the best of Limber's languages from them (main/app/language.ts).
import { app } from 'electron'
import { systemDialogTexts as dialogTextsFor, type DialogTexts } from '../../app/index'

export function systemLanguages(): readonly string[] {
  const preferred = app.getPreferredSystemLanguages()
  if (preferred.length > 0) return preferred
  // An empty list (a system that says nothing): the locale Chromium chose is the next best guess. It is empty
  // before 'ready' on Windows, and then English is the answer.
  const locale = app.getLocale()
  return locale ? [locale] : []
}

/** The dialogs' words in the system's language, for when the app's own choice cannot be read (a failed start). */
export function systemDialogTexts(): DialogTexts {
  let system: readonly string[] = []
  try {
    system = systemLanguages()
  } catch {
    // No languages to be had: English.
  }
  return dialogTextsFor(system)
}
