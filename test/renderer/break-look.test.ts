// How the break window looks and fits, in headless Chromium: axe in light and dark for every kind of break, and
// issue 12's regressions: a stretch's steps and cautions in sight at 420x360 while the routine runs, the top of the
// break in view at 200% zoom with Skip whole, and a full-screen break made for the distance a person sits from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { BreakContent } from '../../main/app/ipc-contract'
import { LANGUAGES } from '../../main/core/i18n/languages'
import { BREAK_SCENARIOS } from '../../renderer/preview/scenario'
import { axeViolations, breakContentOf, load, startHarness, type Harness } from './harness'

let h: Harness

const T0 = new Date('2026-11-26T14:05:00').getTime()

beforeAll(async () => {
  h = await startHarness('break-look')
})

afterAll(async () => {
  await h?.close()
})

/**
 * A break window of `size` with its clock stopped at T0, so only runFor moves time. By default the file's tab: this
 * install and pauseAt are the last of its clock's calls before the load, so the app starts on the same paused clock
 * as in a page of its own. With `own`, a context of its own at that device scale factor (a zoom is a context's).
 */
async function openPaused(
  path: string,
  size: { width: number; height: number },
  scheme: 'light' | 'dark' = 'light',
  own?: { deviceScaleFactor: number },
): Promise<Page> {
  const page = own
    ? await (await h.browser.newContext({ viewport: size, ...own })).newPage()
    : await h.page(size)
  // A minute early: on a loaded machine a second can pass before the clock is paused at T0.
  await page.clock.install({ time: T0 - 60_000 })
  await page.clock.pauseAt(T0)
  await load(page, h.url, path, scheme)
  return page
}

/** Where an element is in the window's viewport (CSS pixels). */
const box = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect()
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width }
  }, selector)

describe('accessibility', () => {
  let page: Page
  beforeAll(async () => {
    // A context of its own: each break's content is read from a second window of its app beside this one
    // (breakContentOf), and the file's tab is a context of one page.
    page = await openPaused('break.html?break=none', { width: 420, height: 360 }, 'light', {
      deviceScaleFactor: 1,
    })
    // axe waits on timers of its own, so time flows (runFor still moves it ahead).
    await page.clock.resume()
  })
  afterAll(async () => {
    await page.context().close()
  })

  it.each(BREAK_SCENARIOS)('has no axe violations for a %s break, light or dark', async (kind) => {
    // The sample as the preview's app makes it, shown the way main shows a new break: by an event.
    const query = kind === 'check-in' ? 'break=check-in&soreback=2' : `break=${kind}`
    const content = await breakContentOf(page.context(), h.url, query)
    await page.emulateMedia({ colorScheme: 'light' })
    await page.evaluate(
      (c) => window.__limberPreview!.emit('break:changed', c && { ...c, id: `${c.id}-axe` }),
      content,
    )
    await page.waitForSelector(kind === 'none' ? '.empty h1' : '#break-title')
    // Into the first hold for a stretch; a third of the way for the posture countdown.
    await page.clock.runFor(kind.startsWith('stretch') ? 12_000 : 20_000)
    expect(await axeViolations(page)).toEqual([])
    // The same screen dark: only its colours change.
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await axeViolations(page, { contrastOnly: true })).toEqual([])
  })
})

describe('fitting the window (issue 12)', () => {
  it.each(LANGUAGES.map((language) => language.code))(
    'keeps every stretch’s steps, cautions and cue in sight at 420×360, without scrolling, as the routine runs (%s)',
    async (code) => {
      const page = await openPaused(`break.html?break=stretch&lang=${code}`, { width: 420, height: 360 })
      const base = (await page.evaluate(() => window.limber!.getBreak())) as BreakContent
      const all = await page.evaluate(() => window.limber!.getStretches())
      expect(all.length).toBeGreaterThanOrEqual(22)
      for (const stretch of all) {
        await page.evaluate((content) => window.__limberPreview!.emit('break:changed', content), {
          ...base,
          id: `fit-${stretch.id}`,
          stretches: [stretch],
        })
        // The second hold (the other side of a one-sided stretch), when the repetition line is longest. The routine
        // reads the time at each render: once it has started, a jump there and the one tick it fires draw the same
        // screen as every frame on the way would (not every frame: 22 stretches × 5 languages of them).
        await page.clock.runFor(400)
        await page.clock.fastForward(8000 + 10_000 + 5000 + 1000 - 400)
        const fit = await page.evaluate(() => {
          const main = document.querySelector('.break main')!
          const view = main.getBoundingClientRect()
          const lowest = Math.max(
            ...[...document.querySelectorAll('.steps li, .caution, .cue')].map(
              (el) => el.getBoundingClientRect().bottom,
            ),
          )
          return {
            name: document.querySelector('#break-title')?.textContent,
            cautions: document.querySelectorAll('.caution').length,
            hidden: Math.max(0, Math.ceil(lowest - view.bottom)),
            scrolls: main.scrollHeight > main.clientHeight + 1,
          }
        })
        expect(fit).toEqual({
          name: stretch.name,
          cautions: stretch.cautions.length > 0 ? 1 : 0,
          hidden: 0,
          scrolls: false,
        })
      }
    },
    60_000,
  )

  it('opens at its top at 200% zoom: name, ring and steps in view, and Skip whole at the end', async () => {
    // 200% zoom of the 420x360 window: half the CSS pixels, twice the device pixels.
    const page = await openPaused('break.html?break=stretch', { width: 210, height: 180 }, 'light', {
      deviceScaleFactor: 2,
    })
    await page.clock.runFor(12_000)
    expect(await page.evaluate(() => document.activeElement?.textContent?.startsWith('Done'))).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    for (const selector of ['#break-title', '.ring', '.steps li']) {
      const b = await box(page, selector)
      expect({ selector, inView: b.top >= 0 && b.top < 180 }).toEqual({ selector, inView: true })
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const skip = await box(page, '.actions button:last-child')
    expect(skip.left).toBeGreaterThanOrEqual(0)
    expect(skip.right).toBeLessThanOrEqual(210)
    expect(skip.bottom).toBeLessThanOrEqual(180)
    expect(await page.textContent('.actions button:last-child')).toContain('Skip')
    await page.context().close()
  })
})

describe('the full-screen break (issue 12)', () => {
  const SCREENS = [
    { width: 1366, height: 768, text: 20, title: 40 },
    { width: 1920, height: 1080, text: 26, title: 52 },
  ]
  for (const screen of SCREENS) {
    it(`is made for the distance at ${screen.width}×${screen.height}: large type, answers grouped and centred`, async () => {
      for (const kind of ['stretch', 'posture'] as const) {
        const page = await openPaused(`break.html?break=${kind}&full=1`, screen)
        await page.clock.runFor(12_000)
        const sizes = await page.evaluate(() => ({
          text: parseFloat(
            getComputedStyle(document.querySelector('.steps li, .tips p, .tips li')!).fontSize,
          ),
          title: parseFloat(getComputedStyle(document.querySelector('#break-title')!).fontSize),
          button: document.querySelector('.actions button')!.getBoundingClientRect().height,
          overflow: document.documentElement.scrollHeight - window.innerHeight,
        }))
        expect(sizes.text, kind).toBeGreaterThanOrEqual(screen.text)
        expect(sizes.title, kind).toBeGreaterThanOrEqual(screen.title)
        expect(sizes.button, kind).toBeGreaterThanOrEqual(44)
        expect(sizes.overflow, `${kind}: all of it on one screen`).toBeLessThanOrEqual(0)

        const done = await box(page, '.actions button:first-child')
        const skip = await box(page, '.actions button:last-child')
        const middle = (done.left + skip.right) / 2
        expect(Math.abs(middle - screen.width / 2), `${kind}: answers centred`).toBeLessThanOrEqual(2)
        expect(skip.right - done.left, `${kind}: answers side by side`).toBeLessThan(screen.width * 0.5)
        const content = await box(page, '.break main')
        expect(Math.abs((content.left + content.right) / 2 - screen.width / 2)).toBeLessThanOrEqual(2)
      }
    })
  }
})

it('keeps to its Content-Security-Policy: no violations in any page of this file', () => {
  expect(h.cspViolations).toEqual([])
})
