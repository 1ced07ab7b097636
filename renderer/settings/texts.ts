// The settings window's words and formatter, in the language in use (see renderer/shared/texts.ts). Read them in
// render: a change of language then re-renders what shows them.
import type { SettingsTexts } from '../../locales/catalog'
import { createTexts } from '../shared/texts'

export { fmt, words } from '../shared/texts'

const store = createTexts<SettingsTexts>('settings')

export const loadTexts = store.load
/** Loads the texts of a lazily loaded part (section-table.ts) in the language in use. */
export const loadTextsPart = store.loadPart
/** The settings window's own texts. */
export const t = () => store.texts().settings
