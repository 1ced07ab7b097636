// Settings → Stretches → "Import a routine…", in real Chromium through the preview (main's own reading and checks
// run in the page): a good file is listed with its stretches and can be used for breaks; a file with a mistake is
// refused with the field and the stretch named, and nothing is listed. The file dialog is the preview's hook
// (window.__limberPreview.chooseFile), as a user choosing a file.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { calls, load, startHarness, type Harness } from './harness'

const EXAMPLE = readFileSync(new URL('../../docs/routine-example.json', import.meta.url), 'utf8')

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('routines')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

/** The user chooses `name` in the file dialog that "Import a routine…" opens. */
async function importFile(name: string, contents: string): Promise<void> {
  await page.evaluate(([n, c]) => window.__limberPreview?.chooseFile(n ?? null, c), [name, contents])
  await page.getByRole('button', { name: 'Import a routine…' }).click()
}

describe('importing a routine in Settings', () => {
  it('lists a good file with its stretches, and it can be used for stretch breaks', async () => {
    await load(page, h.url, 'settings.html')
    await importFile('morning.json', EXAMPLE)
    const status = page.locator('.routines [role="status"]')
    await expect
      .poll(() => status.textContent())
      .toContain('Imported the routine “Morning back routine”, with 5 stretches.')
    const card = page.locator('.routine').first()
    await expect.poll(() => card.locator('h4').textContent()).toBe('Morning back routine')
    expect(await card.textContent()).toContain('Wall slide')
    expect(await card.textContent()).toContain('On a sore-back day, 2 of its stretches are left out')
    await card.getByLabel('Use it for stretch breaks, instead of the automatic choice').check()
    await expect.poll(async () => (await calls(page, 'useRoutine')).length).toBe(1)
    expect((await calls(page, 'importRoutine')).length).toBe(1)
  })

  it('refuses a file with a mistake, naming the field and the stretch, and lists nothing', async () => {
    await load(page, h.url, 'settings.html')
    const wrong = EXAMPLE.replace('"hold": 10,', '"hold": 200,')
    await importFile('morning.json', wrong)
    const status = page.locator('.routines [role="status"]')
    await expect.poll(() => status.textContent()).toContain('was not imported')
    expect(await status.textContent()).toContain(
      'stretches[2].hold: a whole number of seconds from 5 to 120, got 200.',
    )
    expect(await status.getAttribute('class')).toContain('error')
    expect(await page.locator('.routine').count()).toBe(0)
    expect(await page.locator('.routines').textContent()).toContain('No routine imported yet.')
  })
})

describe('a routine used for stretch breaks (the preview’s ?routine=1: imported in Settings, used for breaks)', () => {
  it('is what the stretch break shows: its name, then its stretches in its order with its repetitions', async () => {
    await load(page, h.url, 'break.html?break=stretch&routine=1')
    await expect.poll(() => page.locator('.routine-line').textContent()).toBe('Morning back routine')
    const body = page.locator('main')
    expect(await body.textContent()).toContain('Seated cat and cow')
    expect(await body.textContent()).toMatch(/Stretch 1 of 5/i)
    expect(await body.textContent()).toContain('Rep 1 of 3')
  })
})
