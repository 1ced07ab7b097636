// The break window in headless Chromium, against the app running in the preview: the stretch routine's hold timer on a fake
// clock (no real waiting), the posture countdown and the keyboard (Enter on Done, S, Esc; focus on Done). Issue
// 12's regressions: the keyboard never lands on the page, long breaks in minutes, one-sided stretches, no repeated
// evening text, no "Get ready" flicker after a resume. (How it looks and fits: break-look.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { calls, startHarness, type Harness } from './harness'

let h: Harness
let page: Page

const T0 = new Date('2026-11-26T14:05:00').getTime()

/**
 * Opens a break on real time: in a reused tab of its own that no clock call reaches (the file's tab has a fake clock
 * once a test has paused one, and its next load would replay it).
 */
async function open(query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  page = await h.page({ width: 420, height: 360 }, { tab: 'real time' })
  await load(query, colorScheme)
}

async function load(query: string, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
  await page.goto(`${h.url}/break.html${query}`)
  await page.waitForSelector('#break-title, .empty h1')
}

/**
 * Opens a break with the page's clock stopped at T0, so only runFor moves time: in the file's tab, where this
 * install and pauseAt are the last of its clock's calls before the load, so the app starts on the same paused clock
 * as in a page of its own.
 */
async function openPaused(query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  page = await h.page({ width: 420, height: 360 })
  // A minute early: on a loaded machine a second can pass before the clock is paused at T0.
  await page.clock.install({ time: T0 - 60_000 })
  await page.clock.pauseAt(T0)
  await load(query, colorScheme)
}

const text = (selector: string) => page.textContent(selector)
/** The focused button's own words, without the key hint shown on it. */
const focused = () => page.evaluate(() => document.activeElement?.firstChild?.textContent?.trim())
/** The ring as it reads now: its figure, its word, and the repetition line (null outside a stretch). */
const ring = () =>
  page.evaluate(() => ({
    seconds: document.querySelector('[data-testid=seconds]')?.textContent ?? null,
    label: document.querySelector('.ring-label')?.textContent ?? null,
    rep: document.querySelector('[data-testid=rep]')?.textContent ?? null,
  }))

beforeAll(async () => {
  h = await startHarness('break')
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
    expect(await ring()).toEqual({ seconds: '8', label: 'Get ready', rep: 'Rep 1 of 2 · first side' })
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
    // The tip is for when the user is back at the desk, and says so (issue 22).
    expect(await text('.tips')).toContain('Back at your desk')
    await page.clock.runFor(30_000)
    // It ends at a tick, not “0 done” (issue 22).
    expect(await text('[data-testid=seconds]')).toBe('✓')
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

  it('keeps the keyboard on a control at the last stretch, and a stray Enter never answers Done (issue 12)', async () => {
    await open('?break=stretch')
    await page.focus('button[aria-label="Next stretch"]')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect.poll(() => text('.of')).toContain('Stretch 3 of 3')
    // At the last stretch Next cannot act, but it keeps the focus: Enter again does nothing at all.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Next stretch')
    expect(await page.getAttribute('button[aria-label="Next stretch"]', 'aria-disabled')).toBe('true')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    expect(await text('.of')).toContain('Stretch 3 of 3')
    // Even with the focus on the page itself, Enter is not an answer.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Enter')
    await page.click('.routine .steps')
    await page.keyboard.press('Enter')
    expect(await calls(page, 'act')).toEqual([])
    // Done itself still answers to Enter; then the focus goes to the words of the answer, never to the page.
    await page.focus('.actions button.primary')
    await page.keyboard.press('Enter')
    await expect.poll(() => calls(page, 'act')).toEqual([{ name: 'act', args: [expect.any(String), 'done'] }])
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Well done\.$/)
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true)
  })

  it('counts a 10-minute posture break in minutes and seconds, not “600 seconds” (issue 12)', async () => {
    await openPaused('?break=posture')
    await page.evaluate(async () => {
      const content = await window.limber!.getBreak()
      window.__limberPreview!.emit('break:changed', { ...content!, id: 'ten-minutes', durationSeconds: 600 })
    })
    await page.clock.runFor(100)
    expect(await ring()).toMatchObject({ seconds: '10:00', label: 'minutes left' })
    // Jumps, not runs: the 200 ms tick fires once per jump, as it would after a slow frame.
    await page.clock.fastForward(2 * 60_000)
    await page.clock.runFor(200)
    expect(await ring()).toMatchObject({ seconds: '8:00', label: 'minutes left' })
    await page.clock.fastForward(7 * 60_000 + 30_000)
    await page.clock.runFor(200)
    expect(await ring()).toMatchObject({ seconds: '30', label: 'seconds' })
  })

  it('says “other side” for the second repetition of a one-sided stretch (issue 12)', async () => {
    await openPaused('?break=stretch')
    await page.click('button[aria-label="Next stretch"]') // the seated twist, one side at a time
    await page.clock.runFor(500)
    expect(await text('.stretch-name')).toBe('Seated twist')
    await page.clock.runFor(8000) // first hold
    expect(await ring()).toEqual({ seconds: '10', label: 'Hold', rep: 'Rep 1 of 2 · first side' })
    await page.clock.runFor(10_000) // between the holds
    expect(await ring()).toMatchObject({ label: 'Switch sides', rep: 'Rep 1 of 2 · other side' })
    await page.clock.runFor(5000) // second hold
    expect(await ring()).toEqual({ seconds: '10', label: 'Hold', rep: 'Rep 2 of 2 · other side' })
    expect(await page.textContent('[aria-live=polite].sr-only')).toBe('Hold, other side. Rep 2 of 2.')
  })

  it('does not repeat the wind-down’s suggestions in the line above them (issue 12)', async () => {
    for (const kind of ['wind-down', 'get-ready', 'posture'] as const) {
      await open(`?break=${kind}`)
      const message = (await text('.message')) ?? ''
      const tips = await page.locator('.tips li, .tips p').allTextContents()
      expect(tips.length, kind).toBeGreaterThan(0)
      for (const tip of tips) {
        // No tip's opening words (its first four) appear in the message.
        const opening = tip.split(' ').slice(0, 4).join(' ').toLowerCase()
        expect(message.toLowerCase(), `${kind}: “${tip}”`).not.toContain(opening)
      }
    }
  })

  it('shows Hold at once after resuming a paused hold, never a flash of “Get ready” (issue 12)', async () => {
    await openPaused('?break=stretch')
    await page.clock.runFor(10_500) // 2 s into the first hold
    await page.click('button[aria-label="Pause timer"]')
    await page.clock.runFor(20_000)
    await page.click('button[aria-label="Resume timer"]')
    // Before any tick of the timer: the first frame after Resume already shows the hold.
    expect(await ring()).toMatchObject({ seconds: '8', label: 'Hold' })
    for (let i = 0; i < 5; i++) {
      await page.clock.runFor(40)
      expect((await ring()).label).toBe('Hold')
    }
  })

  it('keeps to its Content-Security-Policy: no violations in any page of this file', () => {
    expect(h.cspViolations).toEqual([])
  })
})
