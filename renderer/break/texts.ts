// The break window's words and formatter, in the language in use (see renderer/shared/texts.ts). Read them in
// render: a change of language then re-renders what shows them.
import type { BreakTexts } from '../../locales/catalog'
import { createCountdown } from '../../main/core/i18n/format'
import type { LanguageInUse } from '../../main/core/i18n/languages'
import { createTexts } from '../shared/texts'

export { words } from '../shared/texts'

// The ring's countdown is all the window formats.
const store = createTexts<BreakTexts, { countdown: (total: number) => string }>('break', (locale) => ({
  countdown: createCountdown(locale),
}))

export const loadTexts = store.load
/**
 * The texts of `content`'s language, and for a morning check-in its own (the form, the warning signs: a file of
 * their own, locales/catalog.ts BREAK_CHECK_IN_TEXTS), all shown before it is.
 */
export async function loadTextsFor(content: { language: LanguageInUse; kind: string }): Promise<void> {
  await store.load(content.language)
  if (content.kind === 'check-in') await store.loadPart('check-in')
}
/** The ring's countdown, as the language in use writes numbers. */
export const fmt = () => store.format()
/** The break window's own texts. */
export const t = () => store.texts().breakWindow
