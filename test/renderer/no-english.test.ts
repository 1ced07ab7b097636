// Every language but English, in the built windows as a user meets them: every settings section (and the
// welcome, a sore-back day with its check-in, and a reminder held for a call) and each kind of break, switched to
// each language by the Language setting. Nothing the page shows (its text, title, and the labels, titles and
// placeholders assistive technology reads) may be an English catalog text. These fail until a language's
// translations land.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { LANGUAGES } from '../../main/core/i18n/languages'
import { englishIn, englishTexts } from './english-texts'
import { load, startHarness, storeDirectly, type Harness } from './harness'
import { BREAK_SCENARIOS } from '../../renderer/preview/scenario'

let h: Harness
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

const OTHERS = LANGUAGES.filter((language) => language.code !== 'en').map((language) => language.code)

/** The English catalog texts the page shows, read again until the page has re-rendered (or time is up). */
async function englishShown(page: Page, code: string): Promise<string[]> {
  await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${code}\\b`))
  let left: string[] = []
  // What main sends in the new language (the timeline, the stretches) may come a moment after the page's own words.
  await expect.poll(async () => (left = englishIn(await shownText(page), english))).toEqual([])
  return left
}

beforeAll(async () => {
  h = await startHarness('no-english')
})

afterAll(async () => {
  await h?.close()
})

// Each page is opened once, and the Language setting then switches it to each language in turn: the window
// re-renders in place, as for a user who changes it (the welcome keeps its place: the setting is saved by main).
describe.each(SETTINGS_PAGES)('the settings window (%s)', (query) => {
  it(`shows no English text in ${OTHERS.join(', ')}`, async () => {
    const page = await h.page({ width: 720, height: 560 })
    await load(page, h.url, `settings.html?lang=en${query ? `&${query}` : ''}`)
    for (const code of OTHERS) {
      await storeDirectly(page, { language: code })
      expect({ code, english: await englishShown(page, code) }).toEqual({ code, english: [] })
    }
  })
})

// A settings window beside the break window changes the language for both, as main tells every window.
describe('the break window', () => {
  let settings: Page
  let page: Page
  beforeAll(async () => {
    // A context of its own: two windows at once, sharing the app's preferences (the reused tab is alone in its).
    // The break window is one tab in it, loaded again for each kind: its scripts stay fetched and compiled.
    settings = await (await h.newContext({ width: 720, height: 560 })).newPage()
    await load(settings, h.url, 'settings.html?lang=en')
    page = await settings.context().newPage()
    await page.setViewportSize({ width: 420, height: 360 })
  })

  afterAll(async () => {
    await settings.context().close()
  })

  it.each(BREAKS)(`shows no English text for a %s break in ${OTHERS.join(', ')}`, async (kind) => {
    for (const code of OTHERS) {
      if (kind === 'custom' || code === OTHERS[0]) {
        // A reminder of the user's own keeps the name it was given: it is opened in each system language.
        await load(page, h.url, `break.html?lang=${kind === 'custom' ? code : 'en'}&break=${kind}`)
      }
      if (kind !== 'custom') await storeDirectly(settings, { language: code })
      expect({ code, english: await englishShown(page, code) }).toEqual({ code, english: [] })
    }
    await storeDirectly(settings, { language: 'system' })
  })
})

it('finds English where there is English: the same pages in English show catalog texts', async () => {
  const page = await h.page({ width: 720, height: 560 })
  await load(page, h.url, 'settings.html?lang=en')
  expect(englishIn(await shownText(page), english).length).toBeGreaterThan(20)
  await load(page, h.url, 'break.html?lang=en&break=posture')
  expect(englishIn(await shownText(page), english).length).toBeGreaterThanOrEqual(2)
})
