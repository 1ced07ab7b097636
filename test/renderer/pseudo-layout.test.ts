// The windows in the pseudo-locale (every text accented and 40% longer, in ⟦ ⟧), at the sizes they open at
// (420×360 and 720×560): no text is clipped, cut with an ellipsis or pushed out sideways, and no two texts or
// controls are drawn over one another, in any settings page (every section, every <details> open) or break kind.
// Pictures of the same screens are made by `npm run screenshots` (docs/screenshots/pseudo); tests write no files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { load, startHarness, type Harness } from './harness'
import { layoutProblems } from './layout-check'
import { BREAK_SCENARIOS } from '../../renderer/preview/scenario'

let h: Harness

const SIZES = [
  { width: 420, height: 360 },
  { width: 720, height: 560 },
]
/** The settings pages: all sections in one column, the welcome, a sore-back day with its check-in, a held reminder. */
const SETTINGS_PAGES = [
  '',
  'welcome=1',
  'soreback=2&checkin=open',
  'soreback=1&frequent=1&doctor=high',
  'held=call',
]
/** Every sample break; the check-in as on a plan's second day, so its plan line shows too. */
const BREAKS = BREAK_SCENARIOS.map((kind) => (kind === 'check-in' ? 'check-in&soreback=2' : kind))

/** Opens a page in the pseudo-locale with every <details> open, at each size in turn, and says what is wrong. */
async function problemsOf(path: string): Promise<string[]> {
  const page = await h.page(SIZES[0]!)
  await load(page, h.url, `${path}${path.includes('?') ? '&' : '?'}lang=pseudo`)
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
  })
  expect(await page.locator('html').getAttribute('lang')).toBe('en-XA')
  const problems: string[] = []
  for (const size of SIZES) {
    // The window resized rather than opened again: the same screen, laid out at the other size.
    await page.setViewportSize(size)
    for (const problem of await layoutProblems(page))
      problems.push(`${size.width}×${size.height}: ${problem}`)
  }
  return problems
}

beforeAll(async () => {
  h = await startHarness('pseudo-layout')
})

afterAll(async () => {
  await h?.close()
})

describe(`the pseudo-locale at ${SIZES.map((size) => `${size.width}×${size.height}`).join(' and ')}`, () => {
  it.each(SETTINGS_PAGES)('settings (%s): nothing clipped or overlapping in any section', async (query) => {
    const problems = await problemsOf(`settings.html${query ? `?${query}` : ''}`)
    expect(problems, problems.join('\n')).toEqual([])
  })

  it.each(BREAKS)('break window (%s): nothing clipped or overlapping', async (kind) => {
    const problems = await problemsOf(`break.html?break=${kind}`)
    expect(problems, problems.join('\n')).toEqual([])
  })
})

it('sees a clipped text and an overlap when there is one', async () => {
  const page = await h.page(SIZES[0]!)
  await load(page, h.url, 'settings.html?lang=pseudo')
  expect(await layoutProblems(page)).toEqual([])
  await page.evaluate(() => {
    const title = document.querySelector<HTMLElement>('#breaks-title')!
    Object.assign(title.style, { width: '40px', overflow: 'hidden', whiteSpace: 'nowrap' })
    const intro = document.querySelector<HTMLElement>('#breaks .intro')!
    intro.style.marginTop = '-30px'
  })
  const problems = await layoutProblems(page)
  expect(problems.some((p) => p.startsWith('clipped sideways: h2#breaks-title'))).toBe(true)
  expect(problems.some((p) => p.startsWith('overlap:') && p.includes('p.intro'))).toBe(true)
})
