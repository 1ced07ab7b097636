// Every catalog has every key of the English one, in the same shape, and its messages take and show the same
// values; and every language other than English is written in that language (no English string left in it).
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../main/core/i18n/languages'
import { CATALOG_SECTIONS, type Catalog } from '../../locales/catalog'
import { CATALOGS } from '../../locales/index'

const english = CATALOGS.en

/**
 * A value a message is given: it reads as "⟦name⟧" where a text is expected and as 7 where a number is (7 takes the
 * "other" plural form in all our languages), so a message's output shows which of its values it used.
 */
function sentinelParams(): { params: unknown; used: Set<string> } {
  const used = new Set<string>()
  const params = new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key !== 'string') return undefined
        used.add(key)
        return { toString: () => `⟦${key}⟧`, valueOf: () => 7 }
      },
    },
  )
  return { params, used }
}

/** Runs a message with sentinel values: which values it read, and which of the text ones its output shows. */
function placeholdersOf(message: (p: unknown) => unknown): { read: string[]; shown: string[] } {
  const { params, used } = sentinelParams()
  const output = String(message(params))
  return {
    read: [...used].sort(),
    shown: [...used].filter((key) => output.includes(`⟦${key}⟧`)).sort(),
  }
}

/** Every leaf of a catalog section, by dotted path. */
function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out)
  } else {
    out.set(path, value)
  }
  return out
}

function leavesOf(catalog: Catalog): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const section of CATALOG_SECTIONS) leaves(catalog[section], section, out)
  return out
}

/** Texts that are the same in every language by design (the name, key caps, unit symbols). */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([
  'Limber',
  // Key caps as keyboards print them in all our languages.
  'Enter',
  'Esc',
  // Words German (and others) write as English does.
  'Yoga',
  // Unit symbols (minutes, seconds, hours) are the same in all our languages.
  'min',
  'h',
  's',
])

const englishLeaves = leavesOf(english)

describe.each(LANGUAGES.filter((language) => language.code !== 'en'))(
  'the $name catalog ($code)',
  ({ code }) => {
    const catalog = CATALOGS[code]
    const own = leavesOf(catalog)

    it('has every key of the English catalog, and no other', () => {
      expect([...own.keys()].sort()).toEqual([...englishLeaves.keys()].sort())
    })

    it('takes the same values in each message and shows every text value the English one shows', () => {
      for (const [path, englishValue] of englishLeaves) {
        const value = own.get(path)
        expect(typeof value, path).toBe(typeof englishValue)
        if (typeof englishValue !== 'function' || typeof value !== 'function') continue
        const expected = placeholdersOf(englishValue as (p: unknown) => unknown)
        const actual = placeholdersOf(value as (p: unknown) => unknown)
        expect(actual.shown, `${path} shows`).toEqual(expected.shown)
      }
    })

    it('is written in its own language: no English text is left in it', () => {
      const english = [...englishLeaves].filter(
        ([path, value]) =>
          typeof value === 'string' && !SAME_IN_EVERY_LANGUAGE.has(value) && own.get(path) === value,
      )
      expect(english.map(([path]) => path)).toEqual([])
      expect(catalog).not.toBe(CATALOGS.en)
    })
  },
)

describe('the English catalog', () => {
  it('has no empty text', () => {
    const empty = [...englishLeaves].filter(([, value]) => typeof value === 'string' && value.trim() === '')
    expect(empty.map(([path]) => path)).toEqual([])
  })
})
