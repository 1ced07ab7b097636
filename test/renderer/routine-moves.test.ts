// The stretch routine's changes of position in headless Chromium, against the app running in the preview, on the
// page's clock (no real waiting): a routine done on the floor starts with getting down, whose hold cannot start
// before the user is there ("I'm ready", by its button or R, or 30 seconds, then the stretch's own time to get into
// position); other changes of position give 15 seconds; the routine ends with getting up. A physiotherapist's
// routine keeps its own order and gets the same moves between its places. The optional tones and
// voice, recorded as the window gives them (window.__limberCues), come at those moments and not before they are
// turned on; Settings says when the system has no voice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startHarness, type Harness } from './harness'

let h: Harness
const T0 = new Date('2026-11-26T14:05:00').getTime()

beforeAll(async () => {
  h = await startHarness('routine-moves')
})

/** Each test steps a page's clock many times (a wait per step): on a loaded machine that takes a while. */
const MANY_STEPS = 60_000

afterAll(async () => {
  await h?.close()
})

/** Every URL each page of its own has asked for. */
const requested = new WeakMap<Page, string[]>()

/**
 * A break page with its clock stopped at T0, so only runFor moves time. By default the file's tab: this install
 * and pauseAt are the last of its clock's calls before the load, so the app starts on the same paused clock as in
 * a page of its own. A test that asks what the page fetched takes a page of its own (`network`): the file's tab
 * has the scripts of the tests before it in its cache, and would not ask for them again.
 */
async function openPaused(query: string, size = { width: 420, height: 360 }, network = false): Promise<Page> {
  let page: Page
  if (network) {
    page = await h.newPage(size)
    const urls: string[] = []
    page.on('request', (request) => urls.push(request.url()))
    requested.set(page, urls)
  } else {
    page = await h.page(size)
  }
  // A minute early: on a loaded machine a second can pass before the clock is paused at T0.
  await page.clock.install({ time: T0 - 60_000 })
  await page.clock.pauseAt(T0)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${h.url}/break.html?${query}`)
  await page.waitForSelector('#break-title')
  return page
}

const title = (page: Page) => page.textContent('#break-title')
const ringWord = (page: Page) => page.textContent('.ring-label')
const seconds = (page: Page) => page.textContent('[data-testid=seconds]')
const cues = (page: Page) => page.evaluate(() => window.__limberCues ?? [])
/** Whether the page has asked for the cues' own code (chunks/break-cues-<hash>.js, scripts/build-renderer.mjs). */
const cueCodeFetched = (page: Page) => {
  const urls = requested.get(page)
  if (!urls) throw new Error('only a page of its own (openPaused(…, network)) says what it fetched')
  return urls.some((url) => /\/chunks\/break-cues-[^/]+\.js$/.test(url))
}

/** Just after a move ends: the stretch is on screen with its own 8 s to get into position, and only then holds. */
async function getsReadyThenHolds(page: Page, stretch: string): Promise<void> {
  await page.clock.runFor(300)
  expect(await title(page)).toBe(stretch)
  expect(await ringWord(page)).toBe('Get ready')
  await page.clock.runFor(7000)
  expect(await ringWord(page)).toBe('Get ready')
  await page.clock.runFor(1000)
  expect(await ringWord(page)).toBe('Hold')
}

describe('getting down to the floor', () => {
  it(
    'comes first, in its own words, and the hold does not start in the 30 seconds it gives nor while the steps are read',
    async () => {
      const page = await openPaused('break=stretch-floor')
      expect(await title(page)).toBe('Get down onto the floor')
      expect(await page.textContent('.steps')).toContain('Knees first, then hands, then roll onto your back.')
      expect(await page.textContent('.kicker')).toBe('Next: Knee to chest')
      await page.clock.runFor(500)
      expect(await seconds(page)).toBe('30')
      for (let second = 1; second <= 37; second++) {
        await page.clock.runFor(1000)
        expect(await ringWord(page), `${second}.5 s`).not.toBe('Hold')
      }
      // 30 s to get down, then the stretch's 8 s to read its steps and get into position.
      expect(await title(page)).toBe('Knee to chest')
      await page.clock.runFor(1000) // 38.5 s
      expect(await ringWord(page)).toBe('Hold')
    },
    MANY_STEPS,
  )

  it(
    'ends when the user says "I\'m ready" with the button, and the stretch then starts with time to get into position',
    async () => {
      const page = await openPaused('break=stretch-floor')
      await page.clock.runFor(5000)
      await page.click('button.ready')
      await getsReadyThenHolds(page, 'Knee to chest')
    },
    MANY_STEPS,
  )

  it(
    'ends at the R key too, and R means nothing once the stretch is on screen',
    async () => {
      const page = await openPaused('break=stretch-floor')
      expect(await page.getAttribute('button.ready', 'aria-keyshortcuts')).toBe('R')
      await page.clock.runFor(2000)
      await page.keyboard.press('r')
      await page.clock.runFor(300)
      expect(await title(page)).toBe('Knee to chest')
      await page.keyboard.press('r')
      await page.clock.runFor(300)
      expect(await title(page)).toBe('Knee to chest')
      expect(await ringWord(page)).toBe('Get ready')
    },
    MANY_STEPS,
  )
})

describe('other changes of position, and getting up', () => {
  it(
    'gives 15 seconds to turn over from the back onto the front, and none between two stretches on the back',
    async () => {
      const page = await openPaused('break=stretch-floor')
      await page.click('button.ready')
      await page.click('button[aria-label="Next stretch"]')
      await page.clock.runFor(300)
      expect(await title(page)).toBe('Lying knee roll')
      await page.click('button[aria-label="Next stretch"]')
      await page.clock.runFor(300)
      expect(await title(page)).toBe('Change position')
      expect(await page.textContent('.steps')).toContain('Roll slowly over onto your front.')
      await page.clock.runFor(14_000)
      expect(await title(page)).toBe('Change position')
      await page.clock.runFor(1000)
      expect(await title(page)).toBe('Sphinx')
      expect(await ringWord(page)).toBe('Get ready')
    },
    MANY_STEPS,
  )

  it(
    'ends a floor routine with getting up, timed the same way, and only then is the routine complete',
    async () => {
      const page = await openPaused('break=stretch-floor')
      const next = page.locator('button[aria-label="Next stretch"]')
      while ((await next.getAttribute('aria-disabled')) !== 'true') await next.click()
      await page.clock.runFor(300)
      expect(await title(page)).toBe('Get up slowly')
      expect(await page.textContent('.kicker')).toBe('Last step')
      expect(await page.textContent('.steps li')).toBe(
        'Roll onto your side, push up with your arms, then sit.',
      )
      expect(await seconds(page)).toBe('30')
      await page.clock.runFor(29_000)
      expect(await page.isVisible('.complete')).toBe(false)
      await page.click('button.ready')
      await page.clock.runFor(300)
      expect(await page.textContent('.complete')).toContain('Routine complete')
    },
    MANY_STEPS,
  )

  it(
    'gives a desk routine no moves at all',
    async () => {
      const page = await openPaused('break=stretch')
      expect(await title(page)).toBe('Seated cat and cow')
      expect(await page.isVisible('button.ready')).toBe(false)
    },
    MANY_STEPS,
  )
})

describe("a physiotherapist's routine (the preview's ?routine=1: docs/routine-example.json, used for breaks)", () => {
  /** Next, `times` times, each followed by a moment for the window to show the step. */
  async function next(page: Page, times: number): Promise<void> {
    for (let i = 0; i < times; i++) {
      await page.click('button[aria-label="Next stretch"]')
      await page.clock.runFor(300)
    }
  }

  it(
    'keeps its own order and stands the user up, then gets them down onto the floor, where the hold waits for them',
    async () => {
      const page = await openPaused('break=stretch&routine=1')
      // At the desk, as the physiotherapist listed them: no move before the first.
      expect(await title(page)).toBe('Seated cat and cow')
      await next(page, 2)
      expect(await title(page)).toBe('Stand up')
      expect(await seconds(page)).toBe('15')
      await next(page, 1)
      expect(await title(page)).toBe('Wall slide')
      await next(page, 1)
      expect(await title(page)).toBe('Get down onto the floor')
      expect(await page.textContent('.kicker')).toBe('Next: Knee to chest')
      expect(await page.textContent('.steps')).toContain('Knees first, then hands, then roll onto your back.')
      expect(await seconds(page)).toBe('30')
      for (let second = 1; second <= 37; second++) {
        await page.clock.runFor(1000)
        expect(await ringWord(page), `${second}.3 s`).not.toBe('Hold')
      }
      // 30 s to get down, then the stretch's 8 s to read its steps and get into position.
      expect(await title(page)).toBe('Knee to chest')
      await page.clock.runFor(1000)
      expect(await ringWord(page)).toBe('Hold')
    },
    MANY_STEPS,
  )

  it(
    'ends the getting down at "I\'m ready", and the stretch still starts with its time to get into position',
    async () => {
      const page = await openPaused('break=stretch&routine=1')
      await next(page, 4)
      expect(await title(page)).toBe('Get down onto the floor')
      await page.clock.runFor(3000)
      await page.keyboard.press('r')
      await getsReadyThenHolds(page, 'Knee to chest')
    },
    MANY_STEPS,
  )

  it(
    'gets the user up after its last floor stretch (its own, described in full), and only then is it complete',
    async () => {
      const page = await openPaused('break=stretch&routine=1&cues=1', undefined, true)
      // Its cues are a stretch break's: their code comes with the break.
      expect(await cueCodeFetched(page)).toBe(true)
      const nextButton = page.locator('button[aria-label="Next stretch"]')
      const seen: (string | null)[] = [await title(page)]
      while ((await nextButton.getAttribute('aria-disabled')) !== 'true') {
        await nextButton.click()
        await page.clock.runFor(300)
        seen.push(await title(page))
      }
      expect(seen).toEqual([
        'Seated cat and cow',
        'Seated pelvic tilt',
        'Stand up',
        'Wall slide',
        'Get down onto the floor',
        'Knee to chest',
        'Bridge',
        'Get up slowly',
      ])
      expect(await page.textContent('.kicker')).toBe('Last step')
      expect(await seconds(page)).toBe('30')
      await page.clock.runFor(29_000)
      expect(await page.isVisible('.complete')).toBe(false)
      await page.clock.runFor(1500)
      expect(await page.textContent('.complete')).toContain('Routine complete')
      await page.close()
    },
    MANY_STEPS,
  )
})

describe('the sound cues and the voice', () => {
  it(
    'are off by default: no tone, nothing said',
    async () => {
      const page = await openPaused('break=stretch-floor&voices=en', undefined, true)
      await page.click('button.ready')
      await page.clock.runFor(30_000)
      expect(await cues(page)).toEqual([])
      expect(await page.evaluate(() => window.limber!.getPreferences().then((p) => p.stretch))).toMatchObject(
        {
          soundCues: false,
          voice: false,
        },
      )
      // Nor is their code fetched: the window loads it only for a break with a cue on.
      expect(await cueCodeFetched(page)).toBe(false)
      await page.close()
    },
    MANY_STEPS,
  )

  it(
    'sound a tone as each hold starts and ends, and another when to change sides',
    async () => {
      const page = await openPaused('break=stretch-floor&cues=1', undefined, true)
      expect(await cueCodeFetched(page)).toBe(true)
      await page.click('button.ready')
      const readyAt = await page.evaluate(() => Date.now())
      // Knee to chest, one-sided: 8 s to get ready, hold 10 s, 5 s to change sides, hold 10 s.
      await page.clock.runFor(7500)
      expect(await cues(page)).toEqual([])
      await page.clock.runFor(1000)
      await page.clock.runFor(10_000)
      await page.clock.runFor(6000)
      await page.clock.runFor(10_000)
      const heard = (await cues(page)).map((c) => ({
        cue: c.cue,
        at: Math.round((c.at - readyAt) / 100) / 10,
      }))
      expect(heard.map((c) => c.cue)).toEqual(['hold-start', 'hold-end', 'switch', 'hold-start', 'hold-end'])
      const at = heard.map((c) => c.at)
      expect(at[0]).toBeGreaterThanOrEqual(8)
      expect(at[0]).toBeLessThan(8.5)
      expect(at[1]).toBeGreaterThanOrEqual(18)
      expect(at[2]! - at[1]!).toBeGreaterThan(0.3)
      expect(at[3]).toBeGreaterThanOrEqual(23)
      expect(at[4]).toBeGreaterThanOrEqual(33)
      await page.close()
    },
    MANY_STEPS,
  )

  it(
    'reads the step aloud and counts down the end of a hold, in the voice of the language in use',
    async () => {
      const page = await openPaused('break=stretch-floor&voice=1&voices=de,en')
      await page.clock.runFor(300)
      const first = (await cues(page))[0]
      expect(first?.cue).toBe('voice')
      expect(first?.text).toContain('Get down onto the floor')
      expect(first?.text).toContain('Knees first, then hands, then roll onto your back.')
      await page.click('button.ready')
      await page.clock.runFor(300)
      expect((await cues(page)).at(-1)?.text).toMatch(/^Knee to chest.*Lie on your back/)
      // The steps are heard before the hold starts: it gives the time to read them aloud (up to 30 s), not just 8 s.
      let waited = 0.3
      while ((await ringWord(page)) !== 'Hold' && waited < 31) {
        await page.clock.runFor(1000)
        waited += 1
      }
      expect(waited).toBeGreaterThan(12)
      expect(waited).toBeLessThanOrEqual(30.3)
      expect((await cues(page)).at(-1)?.text).toMatch(/^Hold, first side/)
      await page.clock.runFor(10_000)
      const said = (await cues(page)).map((c) => c.text)
      expect(said).toContain('3')
      const count = said.slice(said.indexOf('3'), said.indexOf('3') + 3)
      expect(count).toEqual(['3', '2', '1'])
    },
    MANY_STEPS,
  )

  it(
    'speaks German in a German break',
    async () => {
      const page = await openPaused('break=stretch-floor&voice=1&voices=de,en&lang=de')
      await page.clock.runFor(300)
      expect((await cues(page))[0]?.text).toContain('Langsam auf den Boden')
    },
    MANY_STEPS,
  )

  it(
    'says nothing when the system has no voice for the language, and Settings says why',
    async () => {
      const page = await openPaused('break=stretch-floor&voice=1&voices=fr')
      await page.clock.runFor(3000)
      expect(await cues(page)).toEqual([])

      // A page of its own for Settings, reused for the three: they run on real time, and the file's tab has a
      // paused clock.
      const settings = await h.newPage({ width: 720, height: 560 })
      for (const [voices, hint] of [
        ['none', 'Your system has no voice for this language, so nothing can be read aloud.'],
        ['fr', 'Your system has no voice for this language, so nothing can be read aloud.'],
        ['en-GB', 'Uses your system’s voice for the language Limber is in.'],
      ] as const) {
        await settings.goto(`${h.url}/settings.html?voices=${voices}`)
        await settings.waitForSelector('#content[aria-busy]', { state: 'detached' })
        const voice = settings.getByLabel('Read each step aloud and count down the end of each hold')
        expect(await voice.isChecked(), voices).toBe(false)
        const described = await voice.getAttribute('aria-describedby')
        expect(await settings.textContent(`#${described?.split(' ')[0]}`), voices).toBe(hint)
      }
      await settings.close()
    },
    MANY_STEPS,
  )
})
