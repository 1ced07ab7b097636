// Every language but English, in the built windows as a user meets them: every settings section (and the
// welcome, a sore-back day with its check-in, and a reminder held for a call) and each kind of break, opened with
// ?lang=<code>. Nothing the page shows (its text, title, and the labels, titles and placeholders assistive
// technology reads) may be an English catalog text. These fail until a language's translations land.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { LANGUAGES } from '../../main/core/i18n/languages'
import { englishIn, englishTexts } from './english-texts'
import { load, startHarness, type Harness } from './harness'
import { BREAK_SCENARIOS } from '../../renderer/preview/memory-bridge'

let h: Harness
let page: Page
const english = englishTexts()

/** The settings pages worth reading, beyond the plain one: each shows texts the others do not. */
const SETTINGS_PAGES = [
  '',
  'welcome=1',
  'soreback=2&checkin=open',
  'soreback=1&frequent=1&doctor=high',
  'held=call',
  'idle=unavailable',
]
/** Every sample break; the check-in as on a plan's second day, so its plan line shows too. */
const BREAKS = BREAK_SCENARIOS.map((kind) => (kind === 'check-in' ? 'check-in&soreback=2' : kind))

/** What the page shows now: its title, visible text (every <details> open), and what it says to screen readers. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
    const parts = [document.title, document.body.innerText]
    for (const el of document.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt], [aria-roledescription]',
    )) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const value = el.getAttribute(name)
        if (value) parts.push(value)
      }
    }
    for (const option of document.querySelectorAll('option')) parts.push(option.textContent ?? '')
    return parts.join('\n')
  })
}

beforeAll(async () => {
  h = await startHarness('no-english')
  page = await h.newPage({ width: 720, height: 560 })
})

afterAll(async () => {
  await h?.close()
})

describe.each(LANGUAGES.filter((language) => language.code !== 'en'))(
  'the windows in $name ($code)',
  ({ code }) => {
    it('settings: no English text in any section', async () => {
      const found = new Map<string, string>()
      for (const query of SETTINGS_PAGES) {
        // Every section is in the page at once (one scrolling column), so one reading covers them all.
        await load(page, h.url, `settings.html?lang=${code}${query ? `&${query}` : ''}`)
        for (const text of englishIn(await shownText(page), english)) {
          if (!found.has(text)) found.set(text, query || 'settings')
        }
      }
      const report = [...found].map(([text, where]) => `${where}: ${text}`)
      expect(report, `English left in settings in ${code}:\n${report.join('\n')}`).toEqual([])
    })

    it('break window: no English text in any kind of break', async () => {
      const found: string[] = []
      for (const kind of BREAKS) {
        await load(page, h.url, `break.html?lang=${code}&break=${kind}`)
        for (const text of englishIn(await shownText(page), english)) found.push(`${kind}: ${text}`)
      }
      expect(found, `English left in the break window in ${code}:\n${found.join('\n')}`).toEqual([])
    })
  },
)

it('finds English where there is English: the same pages in English show catalog texts', async () => {
  await load(page, h.url, 'settings.html?lang=en')
  expect(englishIn(await shownText(page), english).length).toBeGreaterThan(20)
  await load(page, h.url, 'break.html?lang=en&break=posture')
  expect(englishIn(await shownText(page), english).length).toBeGreaterThanOrEqual(2)
})
