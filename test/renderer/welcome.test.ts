// Issue 12: the first-run welcome in the settings window. On a first start it opens in place of the sections and
// says what Limber will do today, offers the three choices that matter most, sends a test reminder (and says how
// to allow notifications when none could be shown) and says where the tray icon is. Shown once; About has it.
// Issue 22: its first screen at 720×560, in every language, is three short lines (naming "My back hurts today", the
// morning check-in, heat and ice, and no desktop jargon) and Start; the rest is below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { CATALOGS } from '../../locales/index'
import { LANGUAGE_CODES, type LanguageCode } from '../../main/core/i18n/languages'
import { axeViolations, calls, focused, load, startHarness, stored, type Harness } from './harness'

let h: Harness
let page: Page

/** The morning check-in, heat and ice, as each language names them elsewhere in the window. */
const checkInAndPacks: Record<LanguageCode, string[]> = {
  en: ['morning check-in', 'heat', 'ice'],
  de: ['Rücken-Check am Morgen', 'Wärme', 'Kälte'],
  es: ['registro de la mañana', 'calor', 'hielo'],
  fr: ['point du matin', 'chaleur', 'glace'],
  'pt-BR': ['check-in da manhã', 'calor', 'gelo'],
}

beforeAll(async () => {
  h = await startHarness('welcome')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

describe('first-run welcome (issue 12)', () => {
  it('opens at the welcome on a first start, says what today holds, and is marked as seen', async () => {
    await load(page, h.url, 'settings.html?welcome=1')
    expect(await focused(page)).toBe('welcome-title')
    expect(await page.locator('#today-title').count()).toBe(0)
    const plan = await page.locator('.welcome .plan li').allTextContents()
    expect(plan).toEqual(
      expect.arrayContaining([
        'A posture break after every 30 minutes at the computer, 1 minute long.',
        'A guided stretch break every 60 minutes: 3 stretches, each held 10 seconds.',
        'In the evening, a reminder to wind down at 8:30 PM.',
        'A reminder to get ready for bed at 10:00 PM.',
        'Bedtime at 10:30 PM, and quiet from then until 6:30 AM (different on evenings you set).',
      ]),
    )
    expect(await page.locator('.welcome .choices h4').allTextContents()).toEqual([
      'Work hours',
      'Bedtime and wake time',
      'Natural breaks',
    ])
    expect(await page.textContent('.tray-place')).toMatch(/Find it in your tray\. Limber lives in/)
    expect(await calls(page, 'markWelcomeSeen')).toHaveLength(1)
  })

  it('saves the three choices from the welcome itself', async () => {
    await load(page, h.url, 'settings.html?welcome=1')
    await page.check('#f-workHours-enabled')
    await page.uncheck('#f-naturalBreaks-enabled')
    await page.fill('#f-bedtime-bedtime', '23:00')
    await page.locator('#f-bedtime-bedtime').dispatchEvent('change')
    await expect
      .poll(async () => {
        const p = await stored(page)
        return [p.workHours.enabled, p.naturalBreaks.enabled, p.bedtime.bedtime]
      })
      .toEqual([true, false, '23:00'])
    await expect
      .poll(() => page.textContent('.welcome .plan'))
      .toContain('Breaks only in work hours: 9:00 AM to 5:30 PM, Monday to Friday.')
  })

  it('sends a test reminder and says it was shown', async () => {
    await load(page, h.url, 'settings.html?welcome=1')
    await page.click('text=Send a test reminder')
    await expect
      .poll(() => page.textContent('.test-reminder [role=status]'))
      .toContain('Sent: a notification titled')
    expect(await calls(page, 'sendTestReminder')).toHaveLength(1)
  })

  it('says how to allow notifications when the system could not show one', async () => {
    await load(page, h.url, 'settings.html?welcome=1&notifications=off')
    await page.click('text=Send a test reminder')
    const status = page.locator('.test-reminder [role=status]')
    await expect.poll(() => status.textContent()).toContain('This system could not show a notification.')
    expect(await status.textContent()).toMatch(/notification settings|Settings › |System Settings/)
    expect(await status.getAttribute('class')).toBe('warning')
  })

  it('goes to all settings, and comes back from About', async () => {
    await load(page, h.url, 'settings.html?welcome=1')
    await page.click('text=Go to all settings')
    await expect.poll(() => focused(page)).toBe('today-title')
    expect(await page.locator('#welcome').count()).toBe(0)
    await page.click('nav a[href="#about"]')
    await page.click('text=Show the welcome again')
    await expect.poll(() => focused(page)).toBe('welcome-title')
    // A jump from the menu leaves the welcome for the section.
    await page.click('nav a[href="#bedtime"]')
    await expect.poll(() => focused(page)).toBe('bedtime-title')
  })

  it('does not open by itself once seen', async () => {
    await load(page, h.url, 'settings.html')
    expect(await page.locator('#welcome').count()).toBe(0)
    expect(await calls(page, 'markWelcomeSeen')).toEqual([])
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} mode`, async () => {
      await load(page, h.url, 'settings.html?welcome=1', scheme)
      await page.click('text=Send a test reminder')
      // One full pass for the screen; its dark scheme changes only the colours.
      expect(await axeViolations(page, { contrastOnly: scheme === 'dark' })).toEqual([])
    })
  }

  it.each(LANGUAGE_CODES)(
    '%s: passes the ten-second test at 720×560: three short lines and Start on the first screen (issue 22)',
    async (code) => {
      const texts = CATALOGS[code]
      await load(page, h.url, `settings.html?welcome=1&lang=${code}`)
      const start = page.getByRole('button', { name: texts.settings.welcome.start, exact: true })
      const first = await page.evaluate((startName) => {
        const button = [...document.querySelectorAll('#welcome button')].find(
          (b) => b.textContent === startName,
        )!
        const fold = button.getBoundingClientRect().bottom
        // Every text drawn above the Start button: what the first screen says.
        const above = [...document.querySelectorAll('#welcome p, #welcome h2, #welcome h3, #welcome li')]
          .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().bottom <= fold)
          .map((el) => el.textContent ?? '')
        return {
          fold,
          above,
          lines: [...document.querySelectorAll('#welcome .gist p')].map((p) => p.textContent),
        }
      }, texts.settings.welcome.start)
      expect(first.fold).toBeLessThanOrEqual(560)
      expect(await start.isVisible()).toBe(true)
      expect(first.above).toEqual([texts.settings.welcome.title, ...first.lines])
      expect(first.lines).toHaveLength(3)
      for (const line of first.lines) expect(line!.length).toBeLessThan(140)
      const said = first.lines.join(' ')
      // What this audience installs Limber for: "My back hurts today" (as its button says it), the check-in, both packs.
      expect(said).toContain(texts.settings.soreBack.start.replace('…', ''))
      for (const words of checkInAndPacks[code]) expect(said).toContain(words)
      // No desktop jargon up front.
      expect(said).not.toMatch(
        /GNOME|AppIndicator|taskbar|Taskleiste|notification area|tray|bandeja|barre des tâches/i,
      )
      await start.click()
      await expect.poll(() => focused(page)).toBe('today-title')
    },
  )

  it('keeps to its Content-Security-Policy', () => {
    expect(h.cspViolations).toEqual([])
  })
})
