// Firm mode and the dimmed screens in headless Chromium, against the app running in the preview: the settings'
// "Screens and firm mode" section saves what it shows; a firm break offers no Skip, says why and that holding Esc
// for three seconds leaves it (a tap does nothing); the allowance's break says the day's skips are used; the calm
// dimmed screen says in words that the break is on another screen and brings it here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, calls, load, startHarness, stored, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness('firm-and-screens')
})

afterAll(async () => {
  await h?.close()
})

/** The break page's buttons by their words (the key hints on them aside). */
const buttons = (page: Page) =>
  page.$$eval('.actions button', (all) => all.map((button) => button.firstChild?.textContent?.trim() ?? ''))

describe('the settings’ Screens and firm mode section', () => {
  it('starts gentle with every display dimmed, and saves a level, the skip allowance and the displays choice', async () => {
    const page = await h.page({ width: 720, height: 560 })
    await load(page, h.url, 'settings.html')
    const section = page.locator('#firm')
    await expect(section.locator('h2').textContent()).resolves.toBe('Screens and firm mode')
    expect(await section.getByRole('radio', { name: /^Gentle/ }).isChecked()).toBe(true)
    expect(await section.getByLabel('Full-screen breaks dim my other screens').isChecked()).toBe(true)
    await expect(section.textContent()).resolves.toContain('hold')

    await section.getByRole('radio', { name: /^No skip/ }).check()
    await section.getByLabel('Limit skips a day').check()
    await section.getByRole('textbox', { name: 'Skips a day' }).fill('2')
    await section.getByRole('textbox', { name: 'Skips a day' }).blur()
    await section.getByLabel('Full-screen breaks dim my other screens').uncheck()
    await expect
      .poll(async () => (await stored(page)).firmMode)
      .toEqual({
        level: 'no-skip',
        limitSkips: true,
        skipsPerDay: 2,
      })
    expect((await stored(page)).breakWindow.everyDisplay).toBe(false)
    expect(await axeViolations(page, { within: '#firm' })).toEqual([])
  })

  it('says the allowed range when the skips a day are out of it, and stores nothing', async () => {
    const page = await h.page({ width: 720, height: 560 })
    await load(page, h.url, 'settings.html')
    const section = page.locator('#firm')
    await section.getByLabel('Limit skips a day').check()
    await section.getByRole('textbox', { name: 'Skips a day' }).fill('40')
    await section.getByRole('textbox', { name: 'Skips a day' }).blur()
    await expect(section.locator('.error').first().textContent()).resolves.toMatch(/1.*10/)
    expect((await stored(page)).firmMode.skipsPerDay).toBe(3)
  })
})

describe('a firm break', () => {
  it('offers Snooze without Skip under “no skip”, and Esc alone does not skip it', async () => {
    const page = await h.page({ width: 420, height: 360 })
    await load(page, h.url, 'break.html?break=posture&firm=no-skip')
    expect(await buttons(page)).toEqual(['Done', 'Snooze 5 min'])
    await expect(page.locator('.firm-note').textContent()).resolves.toMatch(
      /snoozed, not skipped.*hold Esc for 3 seconds/,
    )
    await page.locator('main').click()
    await page.keyboard.press('Escape')
    expect(await calls(page, 'act')).toEqual([])
    expect(await calls(page, 'leaveBreak')).toEqual([])
  })

  it('after its one snooze offers Done alone, and holding Esc for three seconds leaves it, recorded as skipped', async () => {
    // A page of its own: its clock is paused, and a paused clock stays paused in its context (a later install
    // does not resume it) while the file's tab goes on with the real clock.
    const page = await h.newPage({ width: 420, height: 360 })
    const start = new Date('2026-11-26T14:05:00').getTime()
    await page.clock.install({ time: start - 1000 })
    await page.clock.pauseAt(start)
    await load(page, h.url, 'break.html?break=posture&firm=snoozed')
    expect(await buttons(page)).toEqual(['Done'])
    await expect(page.locator('.firm-note').textContent()).resolves.toMatch(/stays until it is done/)
    await page.locator('main').click() // it opened by itself: the keys act once the user reaches for it
    await page.clock.runFor(100) // the window's effects run after a frame
    await page.keyboard.down('Escape')
    await expect(page.locator('.firm-note').textContent()).resolves.toMatch(/Keep holding Esc/)
    await page.clock.runFor(1_900)
    expect(await calls(page, 'leaveBreak')).toEqual([])
    await page.keyboard.up('Escape') // let go: it starts over
    await page.keyboard.down('Escape')
    await page.clock.runFor(2_800)
    expect(await calls(page, 'leaveBreak')).toEqual([])
    await page.clock.runFor(300)
    await expect.poll(async () => (await calls(page, 'leaveBreak')).length).toBe(1)
    await page.keyboard.up('Escape')
    // Main took the break off the screen: the window says what became of it.
    await expect(page.locator('.empty h1').textContent()).resolves.toBe('Skipped. Next time, then.')
    const history = await page.evaluate(() => window.limber!.getHistory())
    expect(JSON.stringify(history)).toContain('"skipped":1')
    await page.close()
  })

  it('says the day’s skips are used when Skip has turned into Snooze', async () => {
    const page = await h.page({ width: 420, height: 360 })
    await load(page, h.url, 'break.html?break=stretch&firm=allowance')
    expect(await buttons(page)).toEqual(['Done', 'Snooze 5 min'])
    await expect(page.locator('.firm-note').textContent()).resolves.toMatch(/used today’s 3 skips/)
  })

  it('is in every language: German', async () => {
    const page = await h.page({ width: 420, height: 360 })
    await load(page, h.url, 'break.html?break=posture&firm=no-skip&lang=de')
    await expect(page.locator('.firm-note').textContent()).resolves.toMatch(/Esc 3 Sekunden/)
  })
})

describe('the dimmed screen', () => {
  it('says in words that the break is on another screen, takes no focus trap, and brings the break here', async () => {
    const page = await h.page({ width: 1366, height: 768 })
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    await page.goto(`${h.url}/dimmed.html?display=2`)
    await page.waitForSelector('#dimmed-title')
    await expect(page.locator('h1').textContent()).resolves.toBe('A break is on')
    await expect(page.locator('main p').textContent()).resolves.toBe(
      'Your break is showing on another screen.',
    )
    // One control only, so Tab never gets caught in it.
    expect(
      await page.locator('button, a, input, select, textarea, [tabindex]:not([tabindex="-1"])').count(),
    ).toBe(1)
    await page.getByRole('button', { name: 'Show the break here' }).click()
    await expect
      .poll(async () => await calls(page, 'bringBreakHere'))
      .toEqual([{ name: 'bringBreakHere', args: [2] }])
    const dimmed = await page.evaluate(() => window.__limberPreview!.platform.dimmed.map((d) => d.displayId))
    expect(dimmed).toEqual([1])
    expect(await axeViolations(page)).toEqual([])
  })

  it('speaks the language in use', async () => {
    const page = await h.page({ width: 1366, height: 768 })
    // The colours and motion as a new page has them (the last test asked for dark).
    await page.emulateMedia({ colorScheme: null, reducedMotion: null })
    await page.goto(`${h.url}/dimmed.html?display=2&lang=fr`)
    await page.waitForSelector('#dimmed-title')
    await expect(page.locator('button').textContent()).resolves.toBe('Afficher la pause ici')
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^fr/)
  })
})
