// Issue 22 in the break window, in headless Chromium with the real app in the preview: key hints only once the keys
// act and P for the routine's Pause; at 200% the focused Done on screen (German, the longest words); the words a
// tired person reads (the snooze button says what it does, no kicker repeating the title, the posture ring ends at a
// tick, winding down and getting ready each with their own suggestions); the evening's steps dim in a light scheme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { calls, load, startHarness, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness('break-reading')
})

afterAll(async () => {
  await h?.close()
})

/**
 * A break page at `size` CSS pixels times `zoom` (what the window shows at that zoom), its clock at 14:05. A tab
 * reused from test to test: every test here only installs the clock (never pauses it), and the install before the
 * load is the last of the tab's clock calls, so the app starts on the same running clock as in a page of its own.
 */
async function breakPage(query: string, size = { width: 420, height: 360 }, zoom = 1): Promise<Page> {
  const page = await h.page({ width: size.width / zoom, height: size.height / zoom }, { zoom })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
  await load(page, h.url, `break.html${query}`)
  return page
}

const visibleKeys = (page: Page) =>
  page.locator('kbd.key').evaluateAll((keys) => keys.filter((k) => k.getClientRects().length > 0).length)

describe('key hints (issue 22)', () => {
  it('shows none while the keys do nothing (a window that opened by itself), and all once they act', async () => {
    const page = await breakPage('?break=stretch&opened=itself')
    expect(await visibleKeys(page)).toBe(0)
    await page.click('h1#break-title, .stretch-name')
    await expect.poll(() => visibleKeys(page)).toBe(4)
    expect(await page.getAttribute('button[aria-keyshortcuts="P"]', 'aria-label')).toBe('Pause timer')
  })

  it('pauses and resumes the routine with P, without Tabbing to it', async () => {
    const page = await breakPage('?break=stretch')
    await page.keyboard.press('p')
    await expect
      .poll(() => page.locator('button[aria-keyshortcuts="P"]').getAttribute('aria-label'))
      .toBe('Resume timer')
    await page.keyboard.press('P')
    await expect
      .poll(() => page.locator('button[aria-keyshortcuts="P"]').getAttribute('aria-label'))
      .toBe('Pause timer')
    expect(await calls(page, 'act')).toEqual([])
  })
})

describe('at 200% (issue 22, WCAG 2.4.11)', () => {
  // One test per language and screen: each loads its own page, so a loaded machine times each on its own.
  const cases = ['en', 'de', 'fr', 'es', 'pt-BR'].flatMap((lang) =>
    ['stretch', 'posture', 'wind-down'].map((kind) => ({ lang, kind })),
  )
  it.each(cases)('keeps the focused Done on screen in $lang ($kind)', async ({ lang, kind }) => {
    const page = await breakPage(`?break=${kind}&lang=${lang}`, { width: 420, height: 360 }, 2)
    const done = await page.evaluate(() => {
      const active = document.activeElement!
      const box = active.getBoundingClientRect()
      return {
        primary: active.classList.contains('primary'),
        top: box.top,
        bottom: box.bottom,
        fold: innerHeight,
        sideways: document.documentElement.scrollWidth > innerWidth,
      }
    })
    // Nothing pushes the page sideways either (the routine's P hint shows only on its focused button).
    expect(done.sideways).toBe(false)
    expect(done.primary).toBe(true)
    expect(done.top).toBeGreaterThanOrEqual(0)
    expect(done.bottom).toBeLessThanOrEqual(done.fold)
  })
})

describe('words a tired person reads (issue 22)', () => {
  it.each([
    ['en', 'Snooze 5 min'],
    ['de', '5 Min. später'],
    ['es', 'Posponer 5 min'],
    ['fr', 'Reporter de 5\u00a0min'],
    ['pt-BR', 'Adiar 5 min'],
  ])('the snooze button says what it does (%s)', async (lang, snooze) => {
    const page = await breakPage(`?break=posture&lang=${lang}`)
    expect(
      await page
        .locator('.actions button')
        .nth(1)
        .evaluate((b) => b.firstChild?.textContent?.trim()),
    ).toBe(snooze)
  })

  // One page each: five page loads in one test outlast its time limit on a loaded machine.
  for (const kind of ['get-ready', 'wind-down', 'bedtime', 'posture']) {
    it(`puts no kicker above a title that already names its kind ('${kind}')`, async () => {
      const page = await breakPage(`?break=${kind}`)
      await page.waitForSelector('#break-title')
      expect(await page.locator('.kicker').count()).toBe(0)
    })
  }

  it('puts a kicker above a heat or ice step, other than its title', async () => {
    const page = await breakPage('?break=therapy')
    const [kicker, title] = [await page.textContent('.kicker'), await page.textContent('#break-title')]
    expect(kicker).not.toBe(title)
  })

  it('ends the posture countdown at a tick, not “0 done”', async () => {
    const page = await breakPage('?break=posture')
    await page.clock.runFor(61_000)
    await expect.poll(() => page.textContent('[data-testid=seconds]')).toBe('✓')
    expect(await page.textContent('.countdown')).not.toMatch(/\b0\b/)
  })

  it('says the posture tip for when the user is back at the desk, after “Stand up”', async () => {
    const page = await breakPage('?break=posture')
    const message = await page.textContent('.message')
    expect(message).toMatch(/^Stand up/)
    expect(message).not.toMatch(/Sit all the way back/)
  })

  it('gives winding down and getting ready suggestions of their own', async () => {
    const tips = async (kind: string) => {
      const page = await breakPage(`?break=${kind}`)
      const list = await page.locator('.break main li').allTextContents()
      return list
    }
    const windDown = await tips('wind-down')
    const getReady = await tips('get-ready')
    expect(windDown).toHaveLength(3)
    expect(getReady).toHaveLength(3)
    expect(getReady.filter((tip) => windDown.includes(tip))).toEqual([])
  })
})

describe('the evening is dim (issue 22)', () => {
  it.each(['wind-down', 'get-ready', 'bedtime'])('draws %s dark even in a light scheme', async (kind) => {
    const page = await breakPage(`?break=${kind}`)
    await page.emulateMedia({ colorScheme: 'light' })
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number)
    expect((r ?? 255) + (g ?? 255) + (b ?? 255), background).toBeLessThan(3 * 80)
  })
})
