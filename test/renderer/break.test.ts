// The break window in headless Chromium, against the in-memory bridge: the stretch routine's hold timer on a fake
// clock (no real waiting), the posture countdown, the keyboard (Enter, S, Esc; focus on Done), axe in light and
// dark for every kind of break, and their screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, calls, screenshot, startHarness, type Harness } from './harness'

let h: Harness
let page: Page

const T0 = new Date('2026-11-26T14:05:00').getTime()

/** Whether the page has a fake clock installed (then a test that wants real time needs a fresh page). */
let clocked = false

async function freshPage(): Promise<void> {
  const fresh = await h.newPage({ width: 420, height: 360 })
  await page.close()
  page = fresh
  clocked = false
}

async function open(query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  if (clocked) await freshPage()
  await load(query, colorScheme)
}

async function load(query: string, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
  await page.goto(`${h.url}/break.html${query}`)
  await page.waitForSelector('#break-title, .empty h1')
}

/** Opens a break with the page's clock stopped at T0, so only runFor moves time. */
async function openPaused(query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await freshPage()
  clocked = true
  await page.clock.install({ time: T0 - 1000 })
  await page.clock.pauseAt(T0)
  await load(query, colorScheme)
}

const text = (selector: string) => page.textContent(selector)
/** The focused button's own words, without the key hint shown on it. */
const focused = () => page.evaluate(() => document.activeElement?.firstChild?.textContent?.trim())
const ring = async () => ({
  seconds: await text('[data-testid=seconds]'),
  label: await text('.ring-label'),
  rep: await text('[data-testid=rep]').catch(() => null),
})

beforeAll(async () => {
  h = await startHarness('break')
  page = await h.newPage({ width: 420, height: 360 })
})

afterAll(async () => {
  await h?.close()
})

describe('break window', () => {
  it('guides a stretch: get into position, hold with the ring, ease out, next repetition, next stretch', async () => {
    await openPaused('?break=stretch')
    expect(await text('.stretch-name')).toBe('Seated cat and cow')
    expect(await text('.of')).toContain('Stretch 1 of 3')
    expect(await text('.cue')).toContain('no bouncing')

    await page.clock.runFor(500)
    expect(await ring()).toEqual({ seconds: '8', label: 'Get ready', rep: 'Rep 1 of 2' })

    await page.clock.runFor(8000) // 8.5 s: the hold has just begun
    expect(await ring()).toEqual({ seconds: '10', label: 'Hold', rep: 'Rep 1 of 2' })

    await page.clock.runFor(5000) // halfway through the hold: the ring is half full
    expect(await ring()).toEqual({ seconds: '5', label: 'Hold', rep: 'Rep 1 of 2' })
    const offset = Number(await page.getAttribute('.ring .fill', 'stroke-dashoffset'))
    const length = Number(await page.getAttribute('.ring .fill', 'stroke-dasharray'))
    expect(offset / length).toBeGreaterThan(0.4)
    expect(offset / length).toBeLessThan(0.6)

    await page.clock.runFor(5000) // 18.5 s: ease out between repetitions
    expect(await ring()).toEqual({ seconds: '5', label: 'Ease out', rep: 'Rep 1 of 2' })

    await page.clock.runFor(5000) // 23.5 s: second hold
    expect(await ring()).toEqual({ seconds: '10', label: 'Hold', rep: 'Rep 2 of 2' })

    await page.clock.runFor(10_000) // 33.5 s: the next stretch, from its start
    expect(await text('.of')).toContain('Stretch 2 of 3')
    expect(await text('.stretch-name')).toBe('Seated twist')
    expect(await ring()).toEqual({ seconds: '8', label: 'Get ready', rep: 'Rep 1 of 2' })
  })

  it('pauses the hold timer, and steps between stretches by hand', async () => {
    await openPaused('?break=stretch')
    await page.clock.runFor(10_500) // 2 s into the first hold
    expect(await ring()).toMatchObject({ seconds: '8', label: 'Hold' })
    await page.click('button[aria-label="Pause timer"]')
    await page.clock.runFor(20_000)
    expect(await ring()).toMatchObject({ seconds: '8', label: 'Hold' })
    await page.click('button[aria-label="Resume timer"]')
    await page.clock.runFor(3000)
    expect(await ring()).toMatchObject({ seconds: '5', label: 'Hold' })

    await page.click('button[aria-label="Next stretch"]')
    await page.clock.runFor(300)
    expect(await text('.of')).toContain('Stretch 2 of 3')
    await page.click('button[aria-label="Previous stretch"]')
    await page.clock.runFor(300)
    expect(await text('.of')).toContain('Stretch 1 of 3')
    expect(await ring()).toMatchObject({ label: 'Get ready' })
  })

  it('counts a posture break down and shows a posture tip', async () => {
    await openPaused('?break=posture')
    await page.clock.runFor(30_500)
    expect(await text('[data-testid=seconds]')).toBe('30')
    expect(await text('.tips')).toContain('Posture tip')
    await page.clock.runFor(30_000)
    expect(await text('[data-testid=seconds]')).toBe('0')
    expect(await text('.countdown .phase')).toContain('Nicely done')
  })

  it('starts with the focus on Done, and Enter answers done', async () => {
    await open('?break=stretch')
    await expect.poll(focused).toBe('Done')
    await page.keyboard.press('Enter')
    await expect.poll(() => calls(page, 'act')).toEqual([{ name: 'act', args: [expect.any(String), 'done'] }])
  })

  it('answers snooze to S and skip to Esc', async () => {
    await open('?break=posture')
    await expect.poll(focused).toBe('Done')
    await page.keyboard.press('s')
    await expect.poll(async () => (await calls(page, 'act')).map((c) => c.args[1])).toEqual(['snooze'])
    await expect.poll(() => text('main')).toContain('Snoozed for 5 minutes')

    await open('?break=wind-down')
    await expect.poll(focused).toBe('Done')
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await calls(page, 'act')).map((c) => c.args[1])).toEqual(['skip'])
  })

  it('keeps Enter for the focused button: Next on a stretch does not answer Done', async () => {
    await open('?break=stretch')
    await page.focus('button[aria-label="Next stretch"]')
    await page.keyboard.press('Enter')
    await expect.poll(() => text('.of')).toContain('Stretch 2 of 3')
    expect(await calls(page, 'act')).toEqual([])
  })

  it('follows main: a new break replaces the one on screen', async () => {
    await open('?break=posture')
    await page.evaluate(async () => {
      const next = await window.limber?.stretchNow()
      return next
    })
    await expect.poll(() => text('#break-title')).toBe('Seated cat and cow')
  })

  const KINDS = ['stretch', 'posture', 'wind-down', 'bedtime', 'therapy', 'custom', 'none'] as const
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations for any kind of break in ${scheme} mode, and makes their screenshots`, async () => {
      for (const kind of KINDS) {
        await openPaused(`?break=${kind}`, scheme)
        // Into the first hold for the stretch; a third of the way for the posture countdown.
        await page.clock.runFor(kind === 'stretch' ? 12_000 : 20_000)
        await screenshot(page, `break-${kind}-${scheme}`)
        // axe waits on timers of its own, so time flows again for it.
        await page.clock.resume()
        expect({ kind, violations: await axeViolations(page) }).toEqual({ kind, violations: [] })
      }
    }, 90_000)
  }

  it('stays usable at 200% zoom: everything reachable by scrolling, nothing sideways', async () => {
    const zoomed = await h.browser.newPage({ viewport: { width: 210, height: 180 }, deviceScaleFactor: 2 })
    await zoomed.goto(`${h.url}/break.html?break=stretch`)
    await zoomed.waitForSelector('#break-title')
    expect(
      await zoomed.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
    await zoomed.focus('.actions button.primary')
    await zoomed.screenshot({ path: 'docs/screenshots/break-zoom200-light.png' })
    await zoomed.close()
  })

  it('keeps to its Content-Security-Policy: no violations in any page of this file', () => {
    expect(h.cspViolations).toEqual([])
  })
})
