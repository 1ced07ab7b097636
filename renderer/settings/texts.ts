// The settings window's words and formatter, in the language in use (see renderer/shared/texts.ts). Read them in
// render: a change of language then re-renders what shows them.
import type { SettingsTexts } from '../../locales/catalog'
import { createFormat } from '../../main/core/i18n/format'
import { createTexts } from '../shared/texts'

const store = createTexts<SettingsTexts, ReturnType<typeof createFormat>>('settings', (locale, texts) =>
  createFormat(locale, texts.common.format),
)

export const loadTexts = store.load
/** Loads the texts of a lazily loaded part (section-table.ts) in the language in use. */
export const loadTextsPart = store.loadPart
/** Words both windows and main share, in the language in use. */
export const words = () => store.texts().common
/** Times, days, durations and numbers, as the language in use writes them. */
export const fmt = () => store.format()
/** The settings window's own texts. */
export const t = () => store.texts().settings
