// The texts a window shows, in the language main says is in use: one small file per window and language
// (scripts/build-renderer.mjs), imported by URL before the first render and again when the language changes, and
// held in signals, so every component that reads them re-renders in place (focus and scroll kept, no reload).
import { computed, signal } from './signal'
import type { Catalog } from '../../locales/catalog'
import { createFormat, type Format } from '../../main/core/i18n/format'
import type { LanguageInUse } from '../../main/core/i18n/languages'

/** The page's one store (each page is one window), for what both windows share (renderer/shared). */
let active: { texts(): Pick<Catalog, 'common'>; format(): Format } | null = null

function page() {
  if (!active) throw new Error('no window texts: createTexts has not run')
  return active
}

/** Words both windows and main share, in the language in use. */
export const words = () => page().texts().common
/** Times, days, durations and numbers, as the language in use writes them. */
export const fmt = () => page().format()

export function createTexts<T extends Pick<Catalog, 'common'>>(window: 'settings' | 'break' | 'dimmed') {
  const texts = signal<T | null>(null)
  const locale = signal('en')
  const format = computed(
    () => [locale.value, texts.value],
    () => createFormat(locale.value, loaded().common.format),
  )
  let wanted = ''

  function loaded(): T {
    const value = texts.value
    if (!value) throw new Error(`${window}: its texts are read before they were loaded`)
    return value
  }

  /** Loads the texts of `language` (a no-op when they are in use already); the newest request wins. */
  async function load(language: LanguageInUse): Promise<void> {
    const key = `${language.code} ${language.locale}`
    if (key === wanted) return
    wanted = key
    // A variable, so the bundler leaves the import to run time; the file sits beside the page, under locales/.
    const url = new URL(`locales/${window}.${language.code}.js`, import.meta.url).href
    const module = (await import(url)) as T
    if (wanted !== key) return
    // Both change before the window re-renders (once, at the next microtask).
    texts.value = module
    locale.value = language.locale
    // The preview's pseudo-locale has no tag of its own: it is English, written oddly.
    document.documentElement.lang = (language.code as string) === 'pseudo' ? 'en-XA' : language.locale
  }

  active = { texts: loaded, format: () => format.value }
  return { load, texts: loaded }
}
