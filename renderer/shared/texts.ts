// The texts a window shows, in the language main says is in use: one small file per window and language
// (scripts/build-renderer.mjs), imported by URL before the first render and again when the language changes, and
// held in signals, so every component that reads them re-renders in place (focus and scroll kept, no reload).
// The settings window also has parts that load later (renderer/settings/section-table.ts), each with a texts file
// of its own per language: their texts join the window's when they come, and a change of language takes the base
// file and every part's together, so nothing drawn is ever without its words.
import { computed, signal } from './signal'
import type { BreakTexts } from '../../locales/catalog'
import type { LanguageInUse } from '../../main/core/i18n/languages'

/** The page's one store (each page is one window), for what every window shares (renderer/shared). */
let active: { texts(): Shared } | null = null

function page() {
  if (!active) throw new Error('no window texts: createTexts has not run')
  return active
}

/** The words every window has (the break window's file leaves out a few of main's: NOT_IN_BREAK_WINDOW). */
type Shared = Pick<BreakTexts, 'common'>

/** Words the windows and main share, in the language in use. */
export const words = () => page().texts().common

/** What is shown: the texts of one language, with the parts that have joined them. */
interface InUse<T> {
  texts: T
  key: string
  parts: ReadonlySet<string>
}

type Tree = Record<string, unknown>

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A part's texts laid over the base's, key by key (a part may carry some texts of a key, as 'bedtime.bed'). */
function merged(base: Tree, part: Tree): Tree {
  const out: Tree = { ...base }
  for (const [key, value] of Object.entries(part)) {
    const under = out[key]
    out[key] = isTree(under) && isTree(value) ? merged(under, value) : value
  }
  return out
}

/**
 * The texts of `window`, and its formatter (times, days, durations, numbers as the language in use writes them),
 * made by `makeFormat` for each language: each window brings only the formatting it uses.
 */
export function createTexts<T extends Shared, F>(
  window: 'settings' | 'break' | 'dimmed',
  makeFormat: (locale: string, texts: T) => F,
) {
  const shown = signal<InUse<T> | null>(null)
  const locale = signal('en')
  // Worked out again for a new language, not when a part's texts join (they leave the formatter's words as they are).
  const format = computed(
    () => [locale.value, shown.value?.key],
    () => makeFormat(locale.value, loaded()),
  )
  let wanted: LanguageInUse | null = null
  const parts = new Set<string>()
  /** The newest settle(): the one whose answer counts. */
  let latest: Promise<void> = Promise.resolve()

  function loaded(): T {
    const value = shown.value?.texts
    if (!value) throw new Error(`${window}: its texts are read before they were loaded`)
    return value
  }

  const keyOf = (language: LanguageInUse) => `${language.code} ${language.locale}`

  /** A texts file, which sits beside the page under locales/ (a URL, so the bundler leaves the import to run time). */
  async function file(name: string): Promise<Tree> {
    const module: unknown = await import(new URL(`locales/${name}.js`, document.baseURI).href)
    if (!isTree(module)) throw new Error(`${window}: locales/${name}.js is not a texts file`)
    return module
  }

  /** Fetches the wanted language's base file and every part's, and shows them unless a newer call came since. */
  async function settle(): Promise<void> {
    const language = wanted
    if (!language) return
    const key = keyOf(language)
    const want = [...parts]
    const files = await Promise.all([
      file(`${window}.${language.code}`),
      ...want.map((part) => file(`${window}.${part}.${language.code}`)),
    ])
    // A newer call (another language, another part) settles a superset of this one.
    if (wanted !== language || parts.size !== want.length) return
    // Module namespaces are frozen: the texts shown are plain copies, with each part's laid over them.
    const texts = files.reduce<Tree>((all, part) => merged(all, part), {})
    // Both change before the window re-renders (once, at the next microtask). One cast, where the files' shape
    // meets the catalog's type: the build writes each file from the catalog (scripts/texts-split.mjs).
    shown.value = { texts: texts as T, key, parts: new Set(want) }
    locale.value = language.locale
    // The preview's pseudo-locale has no tag of its own: it is English, written oddly.
    document.documentElement.lang = (language.code as string) === 'pseudo' ? 'en-XA' : language.locale
  }

  /** Waits until what is shown is what was last asked for, and `done` says so. */
  async function until(done: (now: InUse<T>) => boolean): Promise<void> {
    latest = settle()
    for (;;) {
      const waiting = latest
      await waiting
      const now = shown.value
      if (now && wanted && now.key === keyOf(wanted) && done(now)) return
      // Only a newer settle() can have left this one unshown: wait for that one.
      if (waiting === latest) throw new Error(`${window}: its texts did not settle`)
    }
  }

  /** Loads the texts of `language` (a no-op when they are in use already); the newest request wins. */
  async function load(language: LanguageInUse): Promise<void> {
    if (wanted && keyOf(wanted) === keyOf(language)) return
    wanted = language
    await until(() => true)
  }

  /** Loads a part's texts in the language in use (and in every language chosen later); resolves once shown. */
  async function loadPart(part: string): Promise<void> {
    if (!wanted) throw new Error(`${window}: part ${part} is asked for before the window's language`)
    if (!parts.has(part)) parts.add(part)
    else if (shown.value?.parts.has(part)) return
    await until((now) => now.parts.has(part))
  }

  active = { texts: loaded }
  return { load, loadPart, texts: loaded, format: () => format.value }
}
