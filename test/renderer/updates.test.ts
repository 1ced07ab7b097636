// About's updates in the settings window, in headless Chromium with the real app in the preview and a release feed
// as the URL says (`?update=`): the line that says what became of the update, "Check for updates", "Restart to
// update", the setting that turns automatic updates off, and the words for a copy the system manages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, calls, load, startHarness, stored, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('updates')
  page = await h.page({ width: 720, height: 560 })
})

afterAll(async () => {
  await h?.close()
})

async function about(query: string, scheme?: 'light' | 'dark'): Promise<void> {
  await load(page, h.url, `settings.html${query}`, scheme)
  await page.click('nav a[href="#about"]')
  await page.waitForSelector('[data-update-line]')
}
const line = () => page.textContent('[data-update-line]')
const automatic = 'Download and install updates automatically'

describe('About’s updates', () => {
  it('says Limber is up to date, and checks again when asked', async () => {
    await about('?update=latest')
    await page.waitForFunction(() => document.querySelector('[data-update-line]')?.textContent !== '')
    expect(await line()).toBe('Limber is up to date.')
    expect(await page.getByLabel(automatic).isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Check for updates' }).click()
    expect(await calls(page, 'checkForUpdates')).toHaveLength(1)
    expect(await axeViolations(page)).toEqual([])
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`says a downloaded update is ready and restarts to install it when asked (${scheme})`, async () => {
      await about('?update=ready', scheme)
      await page.waitForFunction(() =>
        /ready/.test(document.querySelector('[data-update-line]')?.textContent ?? ''),
      )
      expect(await line()).toBe('Version 1.1.0 is ready. It installs when Limber quits.')
      await page.getByRole('button', { name: 'Restart to update' }).click()
      await page.waitForFunction(() => (window.__limberPreview?.platform.updater.restarts ?? 0) > 0)
      expect(await axeViolations(page, { contrastOnly: scheme === 'dark' })).toEqual([])
    })
  }

  it('shows a download in progress, and a failure quietly in its own words', async () => {
    await about('?update=downloading')
    await page.waitForFunction(() =>
      /40/.test(document.querySelector('[data-update-line]')?.textContent ?? ''),
    )
    expect(await line()).toBe('Downloading version 1.1.0 (40%)…')
    expect(await page.getByRole('button', { name: 'Check for updates' }).isDisabled()).toBe(true)
    await about('?update=failed')
    await page.waitForFunction(() =>
      /offline/.test(document.querySelector('[data-update-line]')?.textContent ?? ''),
    )
    expect(await line()).toBe(
      'Could not check for updates: this computer seems to be offline. Limber tries again later.',
    )
    expect(await page.locator('[role="alertdialog"], dialog[open]').count()).toBe(0)
  })

  it('lets the user turn automatic updates off, and words it in German too', async () => {
    await about('?update=latest')
    await page.getByLabel(automatic).click()
    expect((await stored(page)).updates).toEqual({ automatic: false })
    await about('?update=latest&lang=de')
    expect(await page.getByLabel('Updates automatisch herunterladen und installieren').isChecked()).toBe(true)
  })

  it('says where a deb’s updates come from, with no setting and no button', async () => {
    await about('?update=system')
    expect(await line()).toMatch(/^This copy was installed as a deb package, so your system updates it/)
    expect(await page.getByLabel(automatic).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Check for updates' }).count()).toBe(0)
  })
})
