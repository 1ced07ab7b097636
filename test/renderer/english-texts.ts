// The English a window could show, as the texts a test looks for in another language's pages: every string of
// the sections the windows and main's IPC show (common, settings, breakWindow, content, app) of two words or more,
// and the fixed words of every message (each run with sample values, split where the values went).
import { CATALOGS } from '../../locales/index'
import type { Catalog } from '../../locales/catalog'

const SECTIONS: readonly (keyof Catalog)[] = ['common', 'settings', 'breakWindow', 'content', 'app']

/** Texts that are the same in every language by design: names, not words (test/i18n/catalogs.test.ts agrees). */
export const SAME_IN_EVERY_LANGUAGE = new Set(['Limber'])

/** A sample value: reads as ⟦name⟧ where a text is expected, as 7 where a number is. */
const SAMPLE = new Proxy(
  {},
  {
    get: (_target, key) =>
      typeof key === 'string' ? { toString: () => `⟦${key}⟧`, valueOf: () => 7 } : undefined,
  },
)

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
const words = (text: string) => text.split(' ').filter((word) => /\p{L}/u.test(word)).length

/** The fixed words of a text or of a message's output: the parts between the sample values. */
function fragments(value: unknown): string[] {
  let text: unknown = value
  if (typeof value === 'function') {
    try {
      text = (value as (sample: unknown) => unknown)(SAMPLE)
    } catch {
      return []
    }
  }
  if (typeof text !== 'string') return []
  return text.split(/⟦[^⟧]*⟧|\b7\b/).map(squash)
}

function collect(value: unknown, path: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) collect(child, path ? `${path}.${key}` : key, out)
    return
  }
  for (const text of fragments(value)) {
    if (words(text) >= 2 && !SAME_IN_EVERY_LANGUAGE.has(text) && !out.has(text)) out.set(text, path)
  }
}

/** English texts of two words or more, each with the catalog path it comes from. */
export function englishTexts(): Map<string, string> {
  const out = new Map<string, string>()
  for (const section of SECTIONS) collect(CATALOGS.en[section], section, out)
  return out
}

/** The English texts found in `shown` (visible text, labels), as "text (path)". */
export function englishIn(shown: string, english: Map<string, string>): string[] {
  const page = squash(shown)
  return [...english].filter(([text]) => page.includes(text)).map(([text, path]) => `${text} (${path})`)
}
