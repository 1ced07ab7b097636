// Don't interrupt in the windows, in headless Chromium with the real app in the preview: a break window that
// opened by itself answers no key until the user clicks it or gives it the focus ("yes sounds good" typed into it
// records nothing), a held break says it was held, the Today view says what is held and why, and General's "Don't
// interrupt" group shows its three settings, each unavailable (with why) where the system cannot tell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, calls, load, startHarness, stored, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('dont-interrupt')
  page = await h.page({ width: 420, height: 360 })
})

afterAll(async () => {
  await h?.close()
})

async function openBreak(query: string): Promise<void> {
  await page.setViewportSize({ width: 420, height: 360 })
  await load(page, h.url, `break.html${query}`)
}

describe('a break window that opened by itself', () => {
  it('records no answer when the user types "yes sounds good" into it, nor Enter, Space or Esc', async () => {
    await openBreak('?break=posture&opened=itself')
    await page.keyboard.type('yes sounds good')
    for (const key of ['Enter', 'Space', 'Escape', 'Shift+S']) await page.keyboard.press(key)
    // Even a Tab onto a button and Enter, as in a form, does nothing.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await calls(page, 'act')).toEqual([])
    expect(await page.textContent('.sent')).toBe('')
    expect(await page.isEnabled('button.primary')).toBe(true)
  })

  it('does not take a focus that comes the moment it opens as the user’s, but one a moment later', async () => {
    // The page's clock stands still, so "the moment it opens" does not depend on how busy the machine is. A page
    // of its own: a paused clock stays paused in its context (an install does not resume it), and the file's tab
    // goes on with the real clock.
    const clocked = await h.newPage({ width: 420, height: 360 })
    try {
      await clocked.clock.install({ time: new Date('2026-11-26T14:05:00').getTime() })
      await clocked.clock.pauseAt(new Date('2026-11-26T14:05:01').getTime())
      await load(clocked, h.url, 'break.html?break=posture&opened=itself')
      await clocked.evaluate(() => window.dispatchEvent(new FocusEvent('focus')))
      await clocked.keyboard.press('s')
      expect(await calls(clocked, 'act')).toEqual([])
      await clocked.clock.runFor(1_500)
      await clocked.evaluate(() => window.dispatchEvent(new FocusEvent('focus')))
      await clocked.waitForFunction(() => document.activeElement?.classList.contains('primary'))
      await clocked.keyboard.press('s')
      expect(await calls(clocked, 'act')).toEqual([{ name: 'act', args: [expect.any(String), 'snooze'] }])
    } finally {
      await clocked.close()
    }
  })

  it('answers keys once the user has clicked it, and Done then has the focus', async () => {
    await openBreak('?break=posture&opened=itself')
    await page.keyboard.press('s')
    await page.click('h1#break-title')
    await page.waitForFunction(() => document.activeElement?.classList.contains('primary'))
    await page.keyboard.press('s')
    expect(await calls(page, 'act')).toEqual([{ name: 'act', args: [expect.any(String), 'snooze'] }])
  })

  it('answers keys once the user has given it the focus (switching to it after it opened)', async () => {
    await openBreak('?break=stretch&opened=itself')
    await page.evaluate(() => {
      window.dispatchEvent(new FocusEvent('blur'))
      window.dispatchEvent(new FocusEvent('focus'))
    })
    await page.waitForFunction(() => document.activeElement?.classList.contains('primary'))
    await page.keyboard.press('Enter')
    expect(await calls(page, 'act')).toEqual([{ name: 'act', args: [expect.any(String), 'done'] }])
  })

  it('answers a mouse click on Done at once', async () => {
    await openBreak('?break=posture&opened=itself')
    await page.click('button.primary')
    expect(await calls(page, 'act')).toEqual([{ name: 'act', args: [expect.any(String), 'done'] }])
  })

  it("holds the morning check-in's keys too: a stray Esc does not put the question off", async () => {
    await openBreak('?break=check-in&opened=itself')
    await page.keyboard.type('see you soon')
    await page.keyboard.press('Escape')
    expect(await calls(page, 'dismissCheckIn')).toEqual([])
    await page.click('h1#break-title')
    await page.keyboard.press('Escape')
    expect((await calls(page, 'dismissCheckIn')).length).toBe(1)
  })

  it('a window the user asked for answers its keys at once, as before', async () => {
    await openBreak('?break=posture')
    await page.keyboard.press('s')
    expect(await calls(page, 'act')).toEqual([{ name: 'act', args: [expect.any(String), 'snooze'] }])
  })
})

describe('a break that was held', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`says how long it waited and why, above the break (${scheme})`, async () => {
      await page.setViewportSize({ width: 420, height: 360 })
      await load(page, h.url, 'break.html?break=posture&held=call', scheme)
      expect(await page.textContent('.held')).toBe('Held 25 min while you were in a call.')
      expect(await axeViolations(page, { contrastOnly: scheme === 'dark' })).toEqual([])
    })
  }
})

describe('the settings window', () => {
  async function general(query = ''): Promise<void> {
    await page.setViewportSize({ width: 720, height: 560 })
    await load(page, h.url, `settings.html${query}`)
    await page.click('nav a[href="#general"]')
    await page.waitForSelector('#dont-interrupt')
  }
  const hint = (path: string) =>
    page.evaluate(
      (id) => document.getElementById(`${id}-hint`)?.textContent ?? null,
      `f-${path.replace('.', '-')}`,
    )

  it('offers the "Don’t interrupt" settings, the first three on by default, and saves a change', async () => {
    await general()
    const boxes = {
      'Wait while an app is full screen or I am presenting': true,
      'Wait while I am in a call (camera or microphone in use)': true,
      'Wait while Do Not Disturb or Focus is on': true,
      // An app keeping the screen on says nothing of whether anyone watches: the user turns this one on.
      'Wait while an app keeps the screen on (a video or a call)': false,
    }
    for (const [label, on] of Object.entries(boxes)) {
      expect(await page.getByLabel(label).isChecked()).toBe(on)
    }
    expect(await hint('dontInterrupt.calls')).toBeNull()
    await page.getByLabel('Wait while I am in a call (camera or microphone in use)').click()
    expect((await stored(page)).dontInterrupt).toEqual({
      fullScreen: true,
      calls: false,
      doNotDisturb: true,
      screenKeptOn: false,
    })
    await page.getByLabel('Wait while an app keeps the screen on (a video or a call)').click()
    expect((await stored(page)).dontInterrupt.screenKeptOn).toBe(true)
    expect(await axeViolations(page)).toEqual([])
  })

  it('shows the ones this system cannot tell unavailable: unticked, disabled, and why (issue 22)', async () => {
    await general('?unavailable=full-screen,presenting,do-not-disturb')
    expect(await hint('dontInterrupt.fullScreen')).toBe(
      'Unavailable on this system. On Wayland, apps cannot see whether another window is full screen. ' +
        'Linux desktops have no common signal for presenting; a slideshow in full screen counts as full screen.',
    )
    expect(await hint('dontInterrupt.doNotDisturb')).toMatch(
      /^Unavailable on this system\. macOS keeps Focus private/,
    )
    expect(await hint('dontInterrupt.calls')).toBeNull()
    const fullScreen = page.getByLabel('Wait while an app is full screen or I am presenting')
    expect(await fullScreen.isChecked()).toBe(false)
    expect(await fullScreen.isDisabled()).toBe(true)
    expect(await page.getByLabel('Wait while Do Not Disturb or Focus is on').isDisabled()).toBe(true)
    // The one this system can tell stays the user's to change.
    expect(await page.getByLabel('Wait while I am in a call (camera or microphone in use)').isEnabled()).toBe(
      true,
    )
    // What is stored is kept, for a system that can tell (the same preferences may serve another session).
    expect((await stored(page)).dontInterrupt).toEqual({
      fullScreen: true,
      calls: true,
      doNotDisturb: true,
      screenKeptOn: false,
    })
    expect(await axeViolations(page)).toEqual([])
  })

  it('says a call’s microphone it cannot check in one sentence, never “Unavailable: Microphone: …” (issue 22)', async () => {
    await general('?unavailable=call')
    expect(await hint('dontInterrupt.calls')).toBe(
      'Unavailable on this system. No PulseAudio or PipeWire sound server answered.',
    )
  })

  it.each(['en', 'de', 'es', 'fr', 'pt-BR'])(
    'words every reason in one pattern, “what. why.”, with no colon, on a system that can tell nothing (%s)',
    async (lang) => {
      await general(`?busy=unavailable&lang=${lang}`)
      const paths = ['fullScreen', 'calls', 'doNotDisturb', 'screenKeptOn'].map(
        (key) => `dontInterrupt.${key}`,
      )
      // Each setting's reason and whether its box is disabled, all four read in one go.
      const reasons = () =>
        page.evaluate(
          (paths) =>
            paths.map((path) => {
              const id = `f-${path.replace('.', '-')}`
              const note = document.getElementById(`${id}-hint`)?.textContent ?? null
              return { path, note, disabled: document.getElementById(id)?.matches(':disabled') ?? null }
            }),
          paths,
        )
      await expect
        .poll(async () => (await reasons()).filter(({ note }) => note === null).map(({ path }) => path))
        .toEqual([])
      for (const { path, note, disabled } of await reasons()) {
        expect(note, path).toMatch(/^[^:]+\. \S[^:]+\.$/)
        expect(disabled, path).toBe(true)
      }
    },
  )

  it('says which part of a setting this system cannot tell, and keeps the setting', async () => {
    await general('?unavailable=presenting')
    expect(await hint('dontInterrupt.fullScreen')).toBe(
      'Presenting is not detected on this system. Linux desktops have no common signal for presenting; a slideshow in full screen counts as full screen.',
    )
    expect(await page.getByLabel('Wait while an app is full screen or I am presenting').isChecked()).toBe(
      true,
    )
    expect(await page.getByLabel('Wait while an app is full screen or I am presenting').isEnabled()).toBe(
      true,
    )
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`Today says what is held and why (${scheme})`, async () => {
      await page.setViewportSize({ width: 720, height: 560 })
      await load(page, h.url, 'settings.html?held=call', scheme)
      expect(await page.textContent('.status-line [role=status]')).toBe(
        'Running. Posture break held: you are in a call. It comes within a minute after.',
      )
      expect(await axeViolations(page, { contrastOnly: scheme === 'dark' })).toEqual([])
    })
  }
})
