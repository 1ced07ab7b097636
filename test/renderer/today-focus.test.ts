// Issue 22: the focus stays in Today when a control there takes itself away (the check-in's Save and "Not today",
// "End the plan"), today's check-in can be corrected, and Save before a number is chosen is answered in the app's own
// words and the language in use, never by the browser's bubble. In headless Chromium, against the app in the preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { calls, focused, load, startHarness, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('today-focus')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

const sent = async (name: string) => (await calls(page, name)).map((c) => c.args)
/** Whether the focused element is inside Today (not the page, not another section). */
const inToday = () => page.evaluate(() => document.querySelector('#today')?.contains(document.activeElement))

describe('the focus stays in Today (issue 22)', () => {
  it.each([
    ['en', 'Your back today: 3 of 10.'],
    ['de', 'Dein Rücken heute: 3 von 10.'],
  ])('after the check-in’s Save, on today’s answer that replaced the form (%s)', async (lang, answer) => {
    await load(page, h.url, `settings.html?checkin=open&lang=${lang}`)
    await page.focus('#today-check-in-pain-3')
    await page.keyboard.press('Space')
    await page.focus('form.check-in button[type=submit]')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.textContent('#check-in-answer')).toBe(answer)
    await expect.poll(() => focused(page)).toBe('check-in-answer')
    expect(await inToday()).toBe(true)
  })

  it('after “Not today”, on the control that follows, Take a break now', async () => {
    await load(page, h.url, 'settings.html?checkin=open')
    await page.focus('form.check-in button[type=button]')
    await page.keyboard.press('Enter')
    expect(await sent('dismissCheckIn')).toEqual([[]])
    await expect.poll(() => page.locator('form.check-in').count()).toBe(0)
    await expect.poll(() => focused(page)).toBe('button:Take a posture break now')
  })

  it('after “End the plan”, on “My back hurts today…” that took its place', async () => {
    await load(page, h.url, 'settings.html?soreback=2')
    await page.getByRole('button', { name: 'End the plan' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('section[aria-labelledby=plan-title]').count()).toBe(0)
    await expect.poll(() => focused(page)).toBe('button:My back hurts today…')
    expect(await inToday()).toBe(true)
  })
})

describe('today’s check-in (issue 22)', () => {
  it('can be corrected: Change brings the form back with the answer in it, and Save replaces it', async () => {
    await load(page, h.url, 'settings.html?checkin=open')
    await page.click('label:has(#today-check-in-pain-6)')
    await page.fill('#today-check-in-word', 'stiff')
    await page.click('text=Save')
    await expect.poll(() => page.textContent('#check-in-answer')).toBe('Your back today: 6 of 10, “stiff”.')
    await page.getByRole('button', { name: 'Change' }).click()
    expect(await page.isChecked('#today-check-in-pain-6')).toBe(true)
    expect(await page.inputValue('#today-check-in-word')).toBe('stiff')
    expect(await focused(page)).toBe('today-check-in-pain-6')
    // Cancel leaves the answer as it was, the focus back on Change.
    await page.getByRole('button', { name: 'Cancel' }).click()
    expect(await page.textContent('#check-in-answer')).toBe('Your back today: 6 of 10, “stiff”.')
    expect(await focused(page)).toBe('check-in-change')
    await page.getByRole('button', { name: 'Change' }).click()
    await page.click('label:has(#today-check-in-pain-4)')
    await page.fill('#today-check-in-word', '')
    await page.click('text=Save')
    await expect.poll(() => page.textContent('#check-in-answer')).toBe('Your back today: 4 of 10.')
    expect(await sent('saveCheckIn')).toEqual([
      [6, 'stiff'],
      [4, undefined],
    ])
  })

  it.each([
    ['en', 'Choose a number from 0 to 10 first.'],
    ['de', 'Wähl zuerst eine Zahl von 0 bis 10.'],
  ])(
    'says “choose a number” in the app’s words when Save comes first, not the browser’s (%s)',
    async (lang, says) => {
      await load(page, h.url, `settings.html?checkin=open&lang=${lang}`)
      // The browser's own bubble ("Please select one of these options.") speaks the system's language: it never comes.
      expect(await page.$eval('form.check-in', (form) => (form as HTMLFormElement).noValidate)).toBe(true)
      expect(await page.locator('form.check-in [required]').count()).toBe(0)
      await page.focus('#today-check-in-word')
      await page.keyboard.press('Enter')
      expect(await page.textContent('form.check-in [role=alert]')).toContain(says)
      expect(await sent('saveCheckIn')).toEqual([])
      // The focus is on the scale, where the choice is missing; choosing clears the message.
      expect(await focused(page)).toBe('today-check-in-pain-0')
      await page.keyboard.press('ArrowRight')
      expect(await page.locator('form.check-in [role=alert]').count()).toBe(0)
    },
  )
})
