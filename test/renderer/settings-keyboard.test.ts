// Issue 12, in the settings window, moving around: only the content column ever scrolls (also at 200% zoom), the
// focus stays on a control after Pause, Resume and Remove, every field has its own accessible name, the side
// menu moves the focus, and the stretch list costs two Tab presses instead of 44.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { focused, load, startHarness, stored, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('settings-keyboard')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

/** How far the document (not the content column) is scrolled, and how much taller than the window it is. */
const documentScroll = (p: Page) =>
  p.evaluate(() => ({
    scrolled: window.scrollY + document.documentElement.scrollTop + document.body.scrollTop,
    taller: document.documentElement.scrollHeight - window.innerHeight,
  }))

/** Presses Tab until `done` holds for the focused element; answers how many presses it took. */
async function tabsUntil(done: () => Promise<boolean>, limit = 200): Promise<number> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await done()) return presses
    await page.keyboard.press('Tab')
  }
  throw new Error(`not reached in ${limit} Tab presses`)
}

const focusIn = (selector: string) => () =>
  page.evaluate((s) => document.activeElement?.closest(s) !== null, selector)

describe('scrolling (issue 12)', () => {
  it('never scrolls the window, only the content column: End, PageDown, the wheel and “About”', async () => {
    await load(page, h.url, 'settings.html')
    expect(await documentScroll(page)).toEqual({ scrolled: 0, taller: 0 })
    await page.mouse.move(400, 300)
    await page.mouse.wheel(0, 20_000)
    await page.keyboard.press('End')
    await page.keyboard.press('PageDown')
    await page.click('nav a[href="#about"]')
    await expect
      .poll(() => page.evaluate(() => document.getElementById('content')!.scrollTop))
      .toBeGreaterThan(0)
    expect(await documentScroll(page)).toEqual({ scrolled: 0, taller: 0 })
    expect((await page.locator('nav').boundingBox())?.y).toBe(0)
    expect(await page.locator('#about-title').isVisible()).toBe(true)
    const about = await page.locator('#about-title').boundingBox()
    expect(about && about.y >= 0 && about.y < 560).toBe(true)
  })

  it('keeps the menu on screen at 200% zoom, whichever section it jumps to', async () => {
    // A context of its own: the device scale is a context's, which the file's tab cannot change.
    const context = await h.browser.newContext({
      viewport: { width: 360, height: 280 },
      deviceScaleFactor: 2,
    })
    const zoomed = await context.newPage()
    await load(zoomed, h.url, 'settings.html')
    for (const id of ['about', 'stretches', 'therapy', 'progress', 'today']) {
      await zoomed.click(`nav a[href="#${id}"]`)
      expect(await documentScroll(zoomed), id).toEqual({ scrolled: 0, taller: 0 })
      expect((await zoomed.locator('nav').boundingBox())?.y, id).toBe(0)
      expect(await zoomed.evaluate(() => document.activeElement?.id), id).toBe(`${id}-title`)
    }
    expect(await zoomed.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0)
    await context.close()
  })
})

describe('focus (issue 12)', () => {
  it('moves the focus to Resume after Pause, and back to Pause after Resume', async () => {
    await load(page, h.url, 'settings.html')
    await page.focus('.status-line .pause button')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe('button:Resume')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe('button:Pause')
    expect(await page.textContent('.status-line')).toContain('Running.')
  })

  it('moves the focus to the next reminder after Remove, and to Add after the last one', async () => {
    await load(page, h.url, 'settings.html')
    for (const title of ['Water', 'Brace off']) {
      await page.click('text=Add a reminder')
      const count = (await stored(page)).activities.custom.length
      const field = `#f-activities-custom-${count - 1}-title`
      await expect.poll(() => focused(page)).toBe(field.slice(1))
      await page.fill(field, title)
      await page.press(field, 'Tab')
    }
    await expect
      .poll(async () => (await stored(page)).activities.custom.map((c) => c.title))
      .toEqual(['Water', 'Brace off'])

    await page.focus('.custom >> nth=0 >> button.quiet')
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => (await stored(page)).activities.custom.map((c) => c.title))
      .toEqual(['Brace off'])
    await expect.poll(() => focused(page)).toBe('f-activities-custom-0-title')
    expect(await page.textContent('nav .notice')).toBe('Removed “Water”.')

    await page.focus('.custom button.quiet')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe('button:Add a reminder')
  })
})

describe('names and finding things (issue 12)', () => {
  it('gives every field its own accessible name (Ice and Heat, strength and yoga, each own reminder)', async () => {
    await load(page, h.url, 'settings.html')
    await page.check('#f-activities-strength-enabled')
    await page.check('#f-activities-yoga-enabled')
    for (let i = 0; i < 2; i++) await page.click('text=Add a reminder')
    await expect.poll(async () => (await stored(page)).activities.custom.length).toBe(2)
    const names = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('main input[id^="f-"], main select')].map(
        (el) => el.labels?.[0]?.textContent?.trim() ?? '',
      ),
    )
    const repeated = names.filter((name, i) => names.indexOf(name) !== i)
    expect(repeated).toEqual([])
    expect(names).toEqual(expect.arrayContaining(['Ice: On', 'Heat: On', 'Ice: Rounds', 'Heat: Rounds']))
    expect(names).toEqual(expect.arrayContaining(['Strength training: At', 'Yoga: At', 'Reminder 2: On']))
    expect(await page.getAttribute('#f-therapy-heatOnMinutes', 'aria-describedby')).toBe(
      'f-therapy-heatOnMinutes-hint',
    )
  })

  it('jumps from the side menu to a section, moving the focus there: “Cold and heat” in 10 presses (the Screens and firm mode link comes before it)', async () => {
    await load(page, h.url, 'settings.html')
    const toLink = await tabsUntil(async () => (await focused(page)) === 'a:Cold and heat')
    await page.keyboard.press('Enter')
    expect(await focused(page)).toBe('therapy-title')
    await page.keyboard.press('Tab')
    // Heat comes first (it has the better evidence), its Start before its fields (issue 22); the safety lines
    // above it hold nothing to tab to.
    expect(await focused(page)).toBe('button:Start heat')
    expect(toLink + 2).toBeLessThanOrEqual(10)
  })

  it('makes the stretch list one stop for Tab, with arrow keys between stretches', async () => {
    await load(page, h.url, 'settings.html')
    const reach = await tabsUntil(focusIn('#therapy'))
    // 44 of the old 96 presses were the stretch list (a checkbox and "Steps" per stretch); now it is 2. General's
    // three "Don't interrupt" settings added 3; issue 13 added three stops on the way (the "Sore back" link, "My back
    // hurts today…" and "Desk only"), 1 more than before it; issue 14 added General's Language select; issue 24
    // General's fourth "Don't interrupt" setting (an app keeping the screen on); issue 23's Screens and firm mode
    // added 4 (its link, the dimming checkbox, the level's radio group, the skip limit); issue 21 Stretches' "Import a
    // routine…" button, 1 (a routine's own controls come only with a routine imported), and the stretch routine's two
    // cues (sound, voice), 2; issue 23's Daily limit 1 (its link). Main's 68 and the cues' 2.
    expect(reach).toBeLessThanOrEqual(70)

    // The list comes after the stretch settings, the routine's cues last among them.
    await page.focus('#f-stretch-voice')
    await page.keyboard.press('Tab')
    const first = await focused(page)
    expect(first).toBe('stretch-seated-cat-cow')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toBe('stretch-seated-forward-fold')
    await page.keyboard.press('Space')
    await expect
      .poll(async () => (await stored(page)).stretch.disabledStretches)
      .toEqual(['seated-forward-fold'])
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Steps for Seated forward fold')
    await page.keyboard.press('End')
    expect(await focused(page)).toBe('Steps for Lying hamstring stretch')
    // Past the list, the section's last control (routines from a physiotherapist), then the next section.
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('routine-import')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('f-bedtime-enabled')
    // Coming back, the list remembers the stretch last visited.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('Steps for Lying hamstring stretch')
  })
})
