// Issue 22, what you started you can see and stop: a heat or ice run shows in Today in the tray's first line's words
// ("Ice on, 14 min left, round 1 of 3"), counting down, with a Stop; Cold and heat has a Start for each, heat first,
// which brings the run and its Stop in its place; a Start or a Stop keeps the focus in the window. The preview's
// ?therapy=ice|heat is a run the user started six minutes ago. In every language; clean in axe, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { CATALOGS } from '../../locales/index'
import { LANGUAGE_CODES } from '../../main/core/i18n/languages'
import { axeViolations, calls, focused, load, startHarness, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('therapy-run')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

const todayLine = () => page.locator('#today .therapy-run [role=status]').textContent()
/** The tray's first line, as the app in the page draws it. */
const trayFirst = (p: Page = page) => p.evaluate(() => window.__limberPreview!.platform.tray?.menu[0])

describe('a run in Today (issue 22)', () => {
  it('shows a run started six minutes ago as the tray does, first, and counts its minutes down', async () => {
    await load(page, h.url, 'settings.html?therapy=ice')
    expect(await todayLine()).toBe('Ice on, 14 min left, round 1 of 3')
    expect(await trayFirst()).toMatchObject({ label: 'Ice on, 14 min left, round 1 of 3' })
    // Above everything but a doctor's notice: the first thing in Today.
    expect(await page.locator('#today > :nth-child(2)').getAttribute('class')).toContain('therapy-run')
    await page.clock.runFor(60_000)
    await expect.poll(todayLine).toBe('Ice on, 13 min left, round 1 of 3')
    expect(await axeViolations(page, { within: '#today' })).toEqual([])
  })

  it('ends with Stop: the line goes from Today and the tray, and the focus stays in Today', async () => {
    await load(page, h.url, 'settings.html?therapy=heat')
    expect(await todayLine()).toBe('Heat on, 14 min left')
    await page.click('#today >> text=Stop heat')
    expect(await calls(page, 'stopTherapy')).toHaveLength(1)
    await expect.poll(() => page.locator('.therapy-run').count()).toBe(0)
    expect(await trayFirst()).not.toMatchObject({ label: expect.stringMatching(/^Heat/) })
    expect(await focused(page)).not.toBe('body')
    expect(
      await page.evaluate(() => document.getElementById('today')!.contains(document.activeElement)),
    ).toBe(true)
  })

  it('shows what “Start ice” in a sore-back plan started, and takes the focus to its Stop', async () => {
    await load(page, h.url, 'settings.html?soreback=2')
    expect(await page.locator('.therapy-run').count()).toBe(0)
    await page.click('.plan >> text=Start ice')
    await expect.poll(todayLine).toBe('Ice on, 20 min left, round 1 of 3')
    await expect.poll(() => focused(page)).toBe('button:Stop ice')
    expect(await page.locator('#today .therapy-run button').isVisible()).toBe(true)
  })
})

describe('Cold and heat (issue 22)', () => {
  it('offers Start heat, then Start ice; Start brings the run and its Stop in its place, and Stop the Start', async () => {
    await load(page, h.url, 'settings.html')
    await page.click('nav a[href="#therapy"]')
    const section = page.locator('#therapy')
    expect(await section.locator('button[data-start]').allTextContents()).toEqual(['Start heat', 'Start ice'])
    await section.locator('text=Start heat').click()
    expect((await calls(page, 'startTherapy')).map((c) => c.args)).toEqual([['heat']])
    await expect
      .poll(() => section.locator('.therapy-run [role=status]').textContent())
      .toBe('Heat on, 20 min left')
    await expect.poll(() => focused(page)).toBe('button:Stop heat')
    expect(await section.locator('.therapy-run').isVisible()).toBe(true)
    // Today says the same, in the same words.
    expect(await todayLine()).toBe('Heat on, 20 min left')
    await page.keyboard.press('Enter')
    expect(await calls(page, 'stopTherapy')).toHaveLength(1)
    await expect.poll(() => focused(page)).toBe('button:Start heat')
    expect(await page.locator('.therapy-run').count()).toBe(0)
  })

  it('shows a run of ice in its place, keeping Start heat, light and dark, clean in axe', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await load(page, h.url, 'settings.html?therapy=ice', scheme)
      const section = page.locator('#therapy')
      expect(await section.locator('button').allTextContents()).toEqual(
        expect.arrayContaining(['Start heat', 'Stop ice']),
      )
      expect(await section.locator('text=Start ice').count()).toBe(0)
      expect(await axeViolations(page, { within: '#therapy', contrastOnly: scheme === 'dark' })).toEqual([])
    }
  })
})

describe('in every language (issue 22)', () => {
  it.each(LANGUAGE_CODES)('%s: Today says the run as the tray does, with its Stop', async (code) => {
    // The file's tab, its clock installed again: the run started six minutes before the same time.
    const other = await h.page({ width: 720, height: 560 })
    await other.clock.install({ time: new Date('2026-11-26T14:05:00') })
    await load(other, h.url, `settings.html?therapy=ice&lang=${code}`)
    // Today's line and Stop, and the tray's first two lines, read at once.
    const { line, button, first, second } = await other.evaluate(() => {
      const menu = window.__limberPreview!.platform.tray?.menu
      return {
        line: document.querySelector('#today .therapy-run [role=status]')?.textContent ?? null,
        button: document.querySelector('#today .therapy-run button')?.textContent ?? null,
        first: menu?.[0],
        second: menu?.[1],
      }
    })
    expect(line).toMatch(/14/)
    expect(first).toMatchObject({ label: line })
    const stop = CATALOGS[code].common.stop.ice
    expect(button).toBe(stop)
    expect(second).toMatchObject({ label: stop })
  })
})

it('keeps to its Content-Security-Policy', () => {
  expect(h.cspViolations).toEqual([])
})
