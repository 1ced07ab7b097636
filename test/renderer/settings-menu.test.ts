// Issue 22, the settings window's frame: the side menu never splits a word in any language (German's
// "Rückenschmerzen" was "Rückenschmerze|n"), it marks the section in view (Progress after a jump to it, not the
// section above), and the cards keep a readable width in a wide window. In headless Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { LANGUAGES } from '../../main/core/i18n/languages'
import { load, startHarness, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness('settings-menu')
})

afterAll(async () => {
  await h?.close()
})

async function open(size: { width: number; height: number }, path: string): Promise<Page> {
  const page = await h.page(size)
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
  await load(page, h.url, path)
  return page
}

/** Each menu label's words that the layout split over two lines (none, when the column fits its words). */
const splitWords = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('nav a')].flatMap((link) => {
      const text = link.firstChild
      if (!(text instanceof Text)) return [`${link.textContent}: not plain text`]
      const split: string[] = []
      let at = 0
      for (const word of (text.textContent ?? '').split(' ')) {
        const range = document.createRange()
        range.setStart(text, at)
        range.setEnd(text, at + word.length)
        // One box per line the word is drawn on.
        if (word && range.getClientRects().length > 1) split.push(word)
        at += word.length + 1
      }
      return split
    }),
  )

describe('the side menu (issue 22)', () => {
  const codes = [...LANGUAGES.map((language) => language.code), 'pseudo']
  it.each(codes)(
    'never splits a word of its labels at 720×560 or 1366×768, whichever is marked (%s)',
    async (lang) => {
      for (const size of [
        { width: 720, height: 560 },
        { width: 1366, height: 768 },
      ]) {
        const page = await open(size, `settings.html?lang=${lang}`)
        const width = await page.evaluate(() => document.querySelector('nav')!.getBoundingClientRect().width)
        for (const id of ['sore-back', 'progress', 'today']) {
          await page.click(`nav a[href="#${id}"]`)
          await expect.poll(() => page.getAttribute(`nav a[href="#${id}"]`, 'aria-current')).toBe('true')
          expect({ size: size.width, id, split: await splitWords(page) }).toEqual({
            size: size.width,
            id,
            split: [],
          })
          // Marking a label in bold never moves the column.
          expect(
            await page.evaluate(() => document.querySelector('nav')!.getBoundingClientRect().width),
          ).toBe(width)
        }
      }
    },
  )

  it.each([
    ['en', 720, 560, ['Progress', 'Stretches', 'About']],
    ['en', 1366, 768, ['Progress', 'Stretches', 'About']],
    ['de', 720, 560, ['Fortschritt', 'Dehnübungen', 'Über Limber']],
    ['de', 1366, 768, ['Fortschritt', 'Dehnübungen', 'Über Limber']],
  ] as const)(
    'marks the section it jumped to, Progress, not the one above it, and follows a scroll by hand (%s, %i×%i)',
    async (lang, width, height, [progress, stretches, about]) => {
      const page = await open({ width, height }, `settings.html?lang=${lang}`)
      const marked = () => page.locator('nav a[aria-current=true]').textContent()
      await page.click('nav a[href="#progress"]')
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('progress-title')
      // The column cannot bring Progress to its top (it is near the end): the section above shows at the top.
      await page.waitForTimeout(200)
      expect(await marked()).toBe(progress)
      await page.click('nav a[href="#stretches"]')
      await expect.poll(marked).toBe(stretches)
      // Scrolled by hand to the end: the section in view there.
      await page.mouse.move(width - 200, height / 2)
      await page.mouse.wheel(0, 40_000)
      await expect.poll(marked).toBe(about)
    },
  )

  it.each(['en', 'de'])(
    'is a bar across the top at 420×360 that scrolls inside itself: a jump shows the section, never the page sideways (%s)',
    async (lang) => {
      const page = await open({ width: 420, height: 360 }, `settings.html?lang=${lang}`)
      for (const id of ['progress', 'about', 'today']) {
        await page.click(`nav a[href="#${id}"]`)
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${id}-title`)
        const seen = await page.evaluate((section) => {
          const box = document.getElementById(section)!.getBoundingClientRect()
          const nav = document.querySelector('nav')!.getBoundingClientRect()
          return { left: box.left >= 0, right: box.right <= innerWidth, nav: nav.width <= innerWidth }
        }, id)
        expect({ id, ...seen }).toEqual({ id, left: true, right: true, nav: true })
      }
    },
  )

  it('marks Progress once Tab has moved the focus into it from Sore back, whose lines still fill the top', async () => {
    const page = await open({ width: 720, height: 560 }, 'settings.html')
    const marked = () => page.locator('nav a[aria-current=true]').textContent()
    await page.click('nav a[href="#sore-back"]')
    await expect.poll(marked).toBe('Sore back')
    // Tab through Sore back's fields until the focus is in Progress.
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.closest('#progress') !== null)) break
    }
    expect(await page.evaluate(() => document.activeElement?.closest('#progress') !== null)).toBe(true)
    await expect.poll(marked).toBe('Progress')
    // And back into the section before it (Daily limit, since issue 23) with Shift+Tab.
    await page.focus('#progress-title')
    await page.keyboard.press('Shift+Tab')
    await expect.poll(marked).toBe('Daily limit')
  })
})

describe('the cards (issue 22)', () => {
  it('keep a readable width at 1366×768 instead of stretching across the window', async () => {
    const page = await open({ width: 1366, height: 768 }, 'settings.html')
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('#content > .card')].map((card) => card.getBoundingClientRect().width),
    )
    expect(widths.length).toBeGreaterThan(5)
    for (const width of widths) expect(width).toBeLessThanOrEqual(760)
  })
})
