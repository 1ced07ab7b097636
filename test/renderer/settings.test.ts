// The settings window in headless Chromium, against the app running in the preview: changes reach the bridge at once, bad
// values stay at their field with nothing sent, main's errors show at the field, reset asks first, and the
// window passes axe in light and dark, on every section and in the reset dialog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, calls, drawn, startHarness, type Harness } from './harness'

let h: Harness
let page: Page

// A fixed afternoon, so the timeline is the same on every run.
const AFTERNOON = new Date('2026-11-26T14:05:00')

async function open(query = '', colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
  await page.goto(`${h.url}/settings.html${query}`)
  await drawn(page)
}

async function sets(): Promise<unknown[]> {
  return (await calls(page, 'setPreferences')).map((c) => c.args[0])
}

beforeAll(async () => {
  h = await startHarness('settings')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: AFTERNOON })
})

afterAll(async () => {
  await h?.close()
})

describe('settings window', () => {
  it('sends a changed preference to the bridge as soon as the field is left', async () => {
    await open()
    await page.fill('#f-stretch-holdSeconds', '12')
    await page.press('#f-stretch-holdSeconds', 'Tab')
    await expect.poll(sets).toEqual([{ stretch: { holdSeconds: 12 } }])
    await expect.poll(() => page.textContent('nav .notice')).toBe('Saved.')
    expect(await page.getAttribute('#f-stretch-holdSeconds', 'aria-invalid')).toBeNull()
  })

  it('shows the error at the field for a value out of range, and sends nothing', async () => {
    await open()
    await page.fill('#f-stretch-holdSeconds', '90')
    await page.press('#f-stretch-holdSeconds', 'Enter')
    const field = page.locator('#f-stretch-holdSeconds')
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true')
    expect(await field.getAttribute('aria-describedby')).toContain('f-stretch-holdSeconds-error')
    expect(await page.textContent('#f-stretch-holdSeconds-error')).toContain(
      'Enter a whole number from 8 to 30.',
    )
    expect(await page.inputValue('#f-stretch-holdSeconds')).toBe('90')
    expect(await sets()).toEqual([])

    // Fixing the value clears the error and saves it.
    await page.fill('#f-stretch-holdSeconds', '20')
    await page.press('#f-stretch-holdSeconds', 'Tab')
    await expect.poll(sets).toEqual([{ stretch: { holdSeconds: 20 } }])
    expect(await page.locator('#f-stretch-holdSeconds-error').count()).toBe(0)
  })

  it('shows an error from main at the field it names', async () => {
    await open()
    await page.check('#f-workHours-enabled')
    await page.fill('#f-workHours-end', '09:00')
    await page.locator('#f-workHours-end').dispatchEvent('change')
    await expect
      .poll(() => page.textContent('#f-workHours-end-error').catch(() => null))
      .toContain('Must differ from “Start”.')
    expect(await page.getAttribute('#f-workHours-end', 'aria-invalid')).toBe('true')
    expect(await page.textContent('nav .notice')).toContain('Not saved')
  })

  it('warns, but does not block, when the sleep window is outside 7–9 hours', async () => {
    await open()
    await page.fill('#f-bedtime-bedtime', '01:00')
    await page.locator('#f-bedtime-bedtime').dispatchEvent('change')
    await expect.poll(sets).toEqual([{ bedtime: { bedtime: '01:00' } }])
    expect(await page.textContent('#bedtime .sleep')).toContain('5 hr 30 min')
    expect(await page.textContent('#bedtime .sleep')).toContain('7 to 9 hours')
  })

  it('removes an evening’s exception by sending the exceptions without it', async () => {
    await open()
    await page.check('#override-5')
    await page.fill('#f-bedtime-overrides-5-bedtime', '23:30')
    await page.locator('#f-bedtime-overrides-5-bedtime').dispatchEvent('change')
    await expect.poll(async () => (await sets()).length).toBe(1)
    await page.check('#override-6')
    await page.fill('#f-bedtime-overrides-6-wakeTime', '08:30')
    await page.locator('#f-bedtime-overrides-6-wakeTime').dispatchEvent('change')
    const friday = { bedtime: '23:30', wakeTime: '06:30' }
    const saturday = { bedtime: '22:30', wakeTime: '08:30' }
    await expect
      .poll(sets)
      .toEqual([
        { bedtime: { overrides: { '5': friday } } },
        { bedtime: { overrides: { '5': friday, '6': saturday } } },
      ])

    await page.uncheck('#override-5')
    await expect
      .poll(async () => (await sets()).at(-1))
      .toEqual({ bedtime: { overrides: { '6': saturday } } })
    expect(await page.locator('#f-bedtime-overrides-5-bedtime').count()).toBe(0)
    // The usual times changing leaves the remaining exception as it is.
    await page.fill('#f-bedtime-bedtime', '23:00')
    await page.locator('#f-bedtime-bedtime').dispatchEvent('change')
    await expect.poll(async () => (await sets()).at(-1)).toEqual({ bedtime: { bedtime: '23:00' } })
    expect(await page.inputValue('#f-bedtime-overrides-6-bedtime')).toBe('22:30')
    expect(await page.isChecked('#override-5')).toBe(false)
  })

  it('turns a single stretch off, showing its steps on request', async () => {
    await open()
    const first = page.locator('.stretch-list > li').first()
    await first.locator('summary').click()
    expect(await first.locator('details ol li').count()).toBeGreaterThan(2)
    await first.locator('input[type=checkbox]').uncheck()
    const [patch] = (await expect.poll(sets).toHaveLength(1), await sets()) as [
      { stretch: { disabledStretches: string[] } },
    ]
    expect(patch.stretch.disabledStretches).toHaveLength(1)
  })

  it('adds, renames and removes a reminder of the user’s own', async () => {
    await open()
    await page.click('text=Add a reminder')
    const title = page.locator('#f-activities-custom-0-title')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('f-activities-custom-0-title')
    await title.fill('Glass of water')
    await title.press('Tab')
    await expect.poll(async () => (await sets()).length).toBe(2)
    const last = (await sets())[1] as { activities: { custom: { title: string }[] } }
    expect(last.activities.custom[0]?.title).toBe('Glass of water')

    await title.fill('   ')
    await title.press('Tab')
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true')
    expect(await sets()).toHaveLength(2)

    await page.click('.custom button.quiet')
    await expect.poll(async () => (await sets()).length).toBe(3)
    expect((await sets())[2]).toEqual({ activities: { custom: [] } })
  })

  it('asks before resetting every setting, in a dialog of its own', async () => {
    await open()
    await page.click('text=Reset all settings…')
    const dialog = page.locator('dialog.confirm')
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(await calls(page, 'resetPreferences')).toEqual([])

    // A wrong value still typed in a field must not survive the reset: the field shows the default again.
    await page.fill('#f-stretch-holdSeconds', '90')
    await page.press('#f-stretch-holdSeconds', 'Enter')
    await expect.poll(() => page.getAttribute('#f-stretch-holdSeconds', 'aria-invalid')).toBe('true')
    await page.click('text=Reset all settings…')
    await dialog.locator('button.primary').click()
    await expect.poll(async () => (await calls(page, 'resetPreferences')).length).toBe(1)
    await expect.poll(() => page.inputValue('#f-stretch-holdSeconds')).toBe('10')
    expect(await page.getAttribute('#f-stretch-holdSeconds', 'aria-invalid')).toBeNull()
  })

  it('pauses and resumes from the status line', async () => {
    await open()
    await page.selectOption('#pause-for', '1h')
    await page.click('.status-line .pause button')
    await expect.poll(() => page.textContent('.status-line')).toContain('Paused until')
    await page.click('.status-line button.primary')
    await expect.poll(() => page.textContent('.status-line')).toContain('Running.')
    expect((await calls(page)).filter((c) => c.name === 'pause' || c.name === 'resume')).toEqual([
      { name: 'pause', args: ['1h'] },
      { name: 'resume', args: [] },
    ])
  })

  it('says when only screen lock and sleep count as breaks on this system', async () => {
    await open('?idle=unavailable')
    const hint = await page.textContent('#f-naturalBreaks-enabled-hint')
    expect(hint).toContain('Idle time unavailable')
    expect(hint).toContain('only locking the screen or sleep count as breaks')
  })

  it('stays usable at 200% zoom: no sideways scrolling, navigation above the content', async () => {
    // 200% zoom of a 720x560 window: half the CSS pixels, twice the device pixels.
    // A context of its own: the device scale is a context's, which the file's tab cannot change.
    const context = await h.browser.newContext({
      viewport: { width: 360, height: 280 },
      deviceScaleFactor: 2,
    })
    const small = await context.newPage()
    await small.goto(`${h.url}/settings.html`)
    await drawn(small)
    expect(
      await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
    const nav = await small.locator('nav').boundingBox()
    const main = await small.locator('main').boundingBox()
    expect(nav && main && nav.y + nav.height <= main.y).toBe(true)
    await small.focus('#f-stretch-holdSeconds')
    expect(await axeViolations(small)).toEqual([])
    await context.close()
  })

  for (const scheme of ['light', 'dark'] as const) {
    // One full pass for each state of the screen; its dark scheme changes only the colours.
    it(`has no axe violations in ${scheme} mode`, async () => {
      await open('', scheme)
      expect(await axeViolations(page, { contrastOnly: scheme === 'dark' })).toEqual([])
      for (const section of ['stretches', 'bedtime', 'activities', 'general', 'progress']) {
        await page.click(`nav a[href="#${section}"]`)
        if (section === 'stretches') await page.locator('#stretches summary').first().click()
        if (section === 'activities') await page.click('text=Add a reminder')
      }
      await page.click('text=Reset all settings…')
      expect(await axeViolations(page, { contrastOnly: scheme === 'dark' })).toEqual([])
    })
  }

  it('keeps to its Content-Security-Policy: no violations in any page of this file', () => {
    expect(h.cspViolations).toEqual([])
  })
})
