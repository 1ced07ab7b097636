// Issue 23 in the settings window, against the app in the preview: the daily limit's settings (keyboard alone,
// ranges said at the field), Today's long sitting bouts and the limit once reached, and Progress's back figures:
// this week against the goals in plain words, the goals to change, and the long bouts and breaks taken in the
// table; clean in axe, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, calls, load, startHarness, stored, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('back-health')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

const textOf = (selector: string) =>
  page.evaluate(
    (s) => document.querySelector<HTMLElement>(s)?.innerText?.replace(/\s+/g, ' ').trim() ?? null,
    selector,
  )

/** Types into a field and leaves it with Tab, as a user would. */
async function enter(id: string, text: string): Promise<void> {
  await page.fill(`#${id}`, text)
  await page.press(`#${id}`, 'Tab')
}

describe('the daily limit in the settings', () => {
  it('is off by default, turns on from the keyboard, and keeps its hours in range', async () => {
    await load(page, h.url, 'settings.html')
    await page.click('nav a[href="#day-limit"]')
    expect(await page.isChecked('#f-dayLimit-enabled')).toBe(false)
    expect(await page.isVisible('#f-dayLimit-hours')).toBe(false)
    await page.focus('#f-dayLimit-enabled')
    await page.keyboard.press('Space')
    await expect.poll(async () => (await stored(page)).dayLimit.enabled).toBe(true)
    expect(await page.isVisible('#f-dayLimit-hours')).toBe(true)
    expect(await page.inputValue('#f-dayLimit-hours')).toBe('8')
    // What it does, and today so far against it.
    expect(await textOf('#day-limit')).toMatch(/every hour after/)
    expect(await textOf('.day-limit-so-far')).toMatch(/^Today so far: .* of 8 hr\.$/)
    await enter('f-dayLimit-hours', '7')
    await expect.poll(async () => (await stored(page)).dayLimit.hours).toBe(7)
    await enter('f-dayLimit-hours', '20')
    await expect.poll(() => textOf('#f-dayLimit-hours-error')).toMatch(/^✕ 20 is too large\. .*16/)
    expect((await stored(page)).dayLimit.hours).toBe(7)
    expect(await axeViolations(page, { within: '#day-limit' })).toEqual([])
  })
})

describe('Today', () => {
  it('says how many long sitting bouts today has had', async () => {
    await load(page, h.url, 'settings.html')
    expect(await textOf('#today .long-bouts')).toBe('1 long sitting bout today.')
    expect(await page.locator('.day-limit-reached').count()).toBe(0)
  })

  it('says the daily limit was reached, and the tray icon turns quieter', async () => {
    await load(page, h.url, 'settings.html?daylimit=reached')
    expect(await textOf('.day-limit-reached')).toBe(
      'You reached today’s limit of 8 hr at the computer. Time to call it a day when you can.',
    )
    const platform = await page.evaluate(() => {
      const p = window.__limberPreview!.platform
      return { icon: p.tray?.icon, titles: p.notifications.map((n) => n.title) }
    })
    expect(platform.icon).toBe('rest')
    expect(platform.titles).toContain('You’ve been at the computer 8 hours today')
    expect(await axeViolations(page, { within: '#today' })).toEqual([])
  })
})

describe('Progress', () => {
  it('gives this week a plain verdict against the goals, with today’s figures and why they matter', async () => {
    await load(page, h.url, 'settings.html')
    await page.click('nav a[href="#progress"]')
    const figures = await textOf('.back-figures')
    expect(figures).toMatch(/^Your back this week So far this week\./)
    expect(figures).toMatch(
      /(Goal met|Not there yet|Goal missed)\. \d+ of \d+ work days at the computer with at most 1 long sitting bout\. Goal: 4 of 5 work days\./,
    )
    expect(figures).toMatch(/\d+ of \d+ breaks taken \(\d+%\)\. Goal: at least 70%\./)
    expect(figures).toMatch(/1 long sitting bout today\. Longest without a break: 1 hr 4 min\./)
    expect(figures).toMatch(/more than 35 minutes at the computer without a break/)
    // The table's new figures, each under the one it goes with: the breaks taken under the tallies, the long bouts
    // under the longest stretch without a break.
    await page.click('details.numbers summary')
    const headers = await page.locator('.numbers th[scope="col"]').allTextContents()
    expect(headers).toEqual(
      expect.arrayContaining([
        'Breaks done, snoozed, skipped Breaks taken',
        'Longest without a break Long bouts',
      ]),
    )
    expect(await axeViolations(page, { within: '#progress' })).toEqual([])
  })

  it('lets the user see and change the goals, and the verdict follows', async () => {
    await load(page, h.url, 'settings.html', 'dark')
    await page.click('nav a[href="#progress"]')
    await page.click('details.goals summary')
    expect(await page.inputValue('#f-goals-longBoutsPerDay')).toBe('1')
    expect(await page.inputValue('#f-goals-goodDays')).toBe('4')
    expect(await page.inputValue('#f-goals-breaksTakenPercent')).toBe('70')
    await enter('f-goals-breaksTakenPercent', '90')
    await expect.poll(async () => (await stored(page)).goals.breaksTakenPercent).toBe(90)
    await expect.poll(() => textOf('.back-figures')).toMatch(/Goal: at least 90%\./)
    await enter('f-goals-goodDays', '9')
    await expect.poll(() => textOf('#f-goals-goodDays-error')).toMatch(/^✕ 9 is too large\. .*7/)
    expect(await calls(page, 'setPreferences')).toEqual([
      { name: 'setPreferences', args: [{ goals: { breaksTakenPercent: 90 } }] },
    ])
    expect(await axeViolations(page, { within: '#progress', contrastOnly: true })).toEqual([])
  })
})
