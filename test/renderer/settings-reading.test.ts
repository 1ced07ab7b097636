// Issue 12, in the settings window, the small texts a user reads: what "Today" says in the morning, while paused
// and with everything off; that a pause ending tomorrow says so; which morning a bedtime after midnight falls on;
// and snoozed breaks in the progress chart and its legend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { load, startHarness, storeDirectly, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness('settings-reading')
})

afterAll(async () => {
  await h?.close()
})

/**
 * A settings window whose clock reads `at` (local time) and runs on from there: the file's tab, its clock installed
 * again before each load (the last install is the one a load gets).
 */
async function openAt(at: string): Promise<Page> {
  const page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date(at) })
  await load(page, h.url, 'settings.html')
  return page
}

describe('what “Today” says (issue 12)', () => {
  it('at 7:28 AM, paused until morning: says the pause ends tomorrow, and nothing about an evening', async () => {
    const page = await openAt('2026-11-27T07:28:00')
    // The app started at 7:28: its first posture break comes 30 minutes later.
    expect(await page.textContent('.status-line')).toContain('Running. Next: Posture break at 7:58 AM.')
    await page.selectOption('#pause-for', 'until-morning')
    await page.click('.status-line .pause button')
    await expect
      .poll(() => page.textContent('.status-line'))
      .toContain('Paused until tomorrow at 6:30 AM. No reminders until then.')
    const timeline = await page.textContent('.timeline')
    expect(timeline).toContain('Nothing until the pause ends, tomorrow at 6:30 AM.')
    expect(timeline).not.toMatch(/evening/i)
  })

  it('with every reminder off, says nothing is planned rather than wishing a good evening', async () => {
    const page = await openAt('2026-11-27T07:28:00')
    await storeDirectly(page, {
      posture: { enabled: false },
      stretch: { enabled: false },
      bedtime: { enabled: false },
    })
    await expect.poll(() => page.textContent('.timeline')).toContain('Nothing is planned')
    expect(await page.textContent('.timeline')).not.toMatch(/evening/i)
    expect(await page.textContent('.status-line')).toContain('Nothing is planned in the next 24 hours.')
  })
})

describe('a bedtime after midnight (issue 12)', () => {
  it('says which morning a Friday-night bedtime of 12:30 AM falls on', async () => {
    const page = await openAt('2026-11-26T14:05:00')
    await page.check('#override-5')
    await page.fill('#f-bedtime-overrides-5-bedtime', '00:30')
    await page.locator('#f-bedtime-overrides-5-bedtime').dispatchEvent('change')
    await expect
      .poll(() => page.textContent('#f-bedtime-overrides-5-bedtime-hint'))
      .toBe('After midnight: early Saturday morning')
    const night = page.locator('.override-times .sleep')
    expect(await night.textContent()).toContain(
      'Bed at 12:30 AM (early Saturday), up at 6:30 AM on Saturday: 6 hr in bed.',
    )
    const name = await page.evaluate(() =>
      document
        .querySelector<HTMLInputElement>('#f-bedtime-overrides-5-bedtime')
        ?.labels?.[0]?.textContent?.trim(),
    )
    expect(name).toBe('Friday night: Bedtime')
  })
})

describe('the stretch list (issue 12)', () => {
  it('says which stretches are done standing or on the floor', async () => {
    const page = await openAt('2026-11-26T14:05:00')
    expect(await page.textContent('label[for="stretch-childs-pose"]')).toContain(
      '· Lower back · on the floor',
    )
    expect(await page.textContent('label[for="stretch-doorway-chest-stretch"]')).toContain('· standing')
    expect(await page.textContent('label[for="stretch-seated-twist"]')).toBe('Seated twist · Middle back')
  })
})

describe('the progress chart (issue 12)', () => {
  it('shows snoozed breaks, with Snoozed in the legend beside Done and Skipped', async () => {
    const page = await openAt('2026-11-26T14:05:00')
    await page.click('nav a[href="#progress"]')
    const legend = await page.locator('.legend .legend-item').allTextContents()
    expect(legend.map((text) => text.trim())).toEqual(['Done', 'Snoozed', 'Skipped'])
    const history = await page.evaluate(() => window.limber!.getHistory())
    const snoozedDays = history.days.filter((d) => d.snoozed > 0).length
    expect(snoozedDays).toBeGreaterThan(0)
    expect(await page.locator('.chart rect.snoozed').count()).toBe(snoozedDays)
    expect(await page.textContent('#chart-desc')).toMatch(/\d+ done, \d+ snoozed and \d+ skipped in total/)
  })
})
