// The break window's type, measured as Chromium computes it: the safety cue never smaller than the steps, the word
// under the ring's number as large as them; full screen (1366x768, 1920x1080) read from the floor about two metres
// away: the figure, the stretch's name, the ring and the steps large, and what is where in the routine secondary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startHarness, type Harness } from './harness'

let h: Harness
const T0 = new Date('2026-11-26T14:05:00').getTime()

beforeAll(async () => {
  h = await startHarness('break-type')
})

afterAll(async () => {
  await h?.close()
})

/**
 * A floor stretch's hold, on screen (the get-down step passed by "I'm ready"), in the file's tab: this install and
 * pauseAt are the last of its clock's calls before the load, so the app starts on the same paused clock as in a page
 * of its own.
 */
async function holding(size: { width: number; height: number }, query: string): Promise<Page> {
  const page = await h.page(size)
  // A minute early: on a loaded machine a second can pass before the clock is paused at T0.
  await page.clock.install({ time: T0 - 60_000 })
  await page.clock.pauseAt(T0)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${h.url}/break.html?break=stretch-floor&${query}`)
  await page.waitForSelector('button.ready')
  await page.click('button.ready')
  await page.clock.runFor(9000)
  expect(await page.textContent('.ring-label')).toBe('Hold')
  return page
}

interface Measured {
  px: Record<string, number>
  /** Heights in px. */
  figure: number
  ring: number
}

function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const size = (selector: string) => {
      const found = document.querySelector(selector)
      if (!found) throw new Error(`nothing matches ${selector}`)
      return parseFloat(getComputedStyle(found).fontSize)
    }
    const height = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0
    const selectors = [
      '.steps li',
      '.cue',
      '.caution',
      '.ring-label',
      '.seconds',
      '.stretch-name',
      '.kicker',
      '.rep',
    ]
    return {
      px: Object.fromEntries(selectors.map((s) => [s, size(s)])),
      figure: height('.routine-picture'),
      ring: height('.ring'),
    }
  })
}

describe('type in the break window', () => {
  it('at 420x360: the safety text as large as the steps, and the ring’s word too', async () => {
    const page = await holding({ width: 420, height: 360 }, '')
    const { px } = await measure(page)
    expect(px['.cue']).toBeGreaterThanOrEqual(px['.steps li']!)
    expect(px['.caution']).toBeGreaterThanOrEqual(px['.steps li']!)
    expect(px['.ring-label']).toBeGreaterThanOrEqual(px['.steps li']!)
    expect(px['.steps li']).toBeGreaterThanOrEqual(11.5)
    // Still fits: nothing of the stretch scrolls out of sight.
    expect(
      await page.evaluate(() => {
        const main = document.querySelector('.break main')
        return main ? main.scrollHeight <= main.clientHeight + 1 : false
      }),
    ).toBe(true)
  }, 60_000)

  for (const size of [
    { width: 1366, height: 768, steps: 24 },
    { width: 1920, height: 1080, steps: 32 },
  ]) {
    it(`full screen at ${size.width}x${size.height}: large enough to read from the floor, the rest secondary`, async () => {
      const page = await holding({ width: size.width, height: size.height }, 'full=1')
      const { px, figure, ring } = await measure(page)
      // At least 24 px steps at 1366x768 and 32 px at 1920x1080 (the name twice that, the ring's number larger).
      const steps = px['.steps li']!
      expect(steps).toBeGreaterThanOrEqual(size.steps)
      expect(px['.cue']).toBeGreaterThanOrEqual(steps)
      expect(px['.caution']).toBeGreaterThanOrEqual(steps)
      expect(px['.ring-label']).toBeGreaterThanOrEqual(steps * 0.9)
      expect(px['.stretch-name']).toBeGreaterThanOrEqual(steps * 1.8)
      expect(px['.seconds']).toBeGreaterThanOrEqual(steps * 2.5)
      // The figure and the ring take a good share of the screen's height.
      expect(figure).toBeGreaterThanOrEqual(size.height * 0.35)
      expect(ring).toBeGreaterThanOrEqual(size.height * 0.25)
      // Where it is in the routine is secondary.
      expect(px['.kicker']).toBeLessThan(steps)
      expect(px['.rep']).toBeLessThan(steps)
      // All of it on one screen.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        size.height,
      )
    }, 60_000)
  }

  it('full screen at 1366x768: every stretch in every language fits on the screen, its safety cue included', async () => {
    // A page of its own: it runs on real time (fitting waits for frames), and the file's tab has a paused clock.
    const page = await h.newPage({ width: 1366, height: 768 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    for (const lang of ['en', 'de', 'es', 'fr', 'pt-BR']) {
      await page.goto(`${h.url}/break.html?break=stretch&full=1&lang=${lang}`)
      await page.waitForSelector('#break-title')
      const base = await page.evaluate(() => window.limber!.getBreak())
      // The list's stretches carry their get-up step too: one step more than in a break, the longest they get.
      const all = await page.evaluate(() => window.limber!.getStretches())
      for (const stretch of all) {
        await page.evaluate((content) => window.__limberPreview!.emit('break:changed', content), {
          ...base!,
          id: `full-${stretch.id}`,
          stretches: [stretch],
          routine: undefined,
        })
        await page.waitForSelector(`text=${stretch.name}`)
        // Fitting runs at the next frame: measured two frames on.
        const fit = await page.evaluate(async () => {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
          return {
            cueBottom: document.querySelector('.cue')?.getBoundingClientRect().bottom ?? Infinity,
            steps: parseFloat(getComputedStyle(document.querySelector('.steps li')!).fontSize),
            scrolls: document.documentElement.scrollHeight > innerHeight,
          }
        })
        expect({ lang, id: stretch.id, scrolls: fit.scrolls }).toEqual({
          lang,
          id: stretch.id,
          scrolls: false,
        })
        expect(fit.cueBottom, `${lang} ${stretch.id}`).toBeLessThanOrEqual(768)
        expect(fit.steps, `${lang} ${stretch.id}`).toBeGreaterThanOrEqual(19)
      }
    }
    await page.close()
  }, 180_000)
})
