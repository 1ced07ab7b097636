// The screenshots `npm run screenshots` takes (scripts/screenshots.mjs takes them): the README's pictures, the
// pseudo-locale's, the figure sheets and the review set, each as [name, page and query, size, device scale, scheme,
// milliseconds to run, setup, options].

const SETTINGS = { width: 720, height: 560 }
const BREAK = { width: 420, height: 360 }
/** 200% zoom of each window: half the CSS pixels, twice the device pixels. */
const ZOOM = 2
const SCREENS = { 1366: { width: 1366, height: 768 }, 1920: { width: 1920, height: 1080 } }

/** Opens a section from the side menu, as a user would. */
const section = (id, then) => async (page) => {
  await page.click(`nav a[href="#${id}"]`)
  if (then) await then(page)
}

/** General's "Don't interrupt" group at the top of the content column. */
const dontInterrupt = section('general', (page) =>
  page.locator('#dont-interrupt').evaluate((heading) => heading.scrollIntoView({ block: 'start' })),
)
/**
 * Progress over 8 weeks. The switch repaints only the buttons it changed, and how their rounded corners are smoothed
 * then varies from run to run: once the 8 weeks are drawn, the window is resized and back, so all of it is painted
 * afresh, as it is for every other picture.
 */
const progressWeeks = section('progress', async (page) => {
  await page.click('text=8 weeks')
  await page.locator('.chart text.label').nth(7).waitFor()
  await page.mouse.move(0, 0)
  const size = page.viewportSize()
  await page.setViewportSize({ width: size.width + 1, height: size.height })
  await page.setViewportSize(size)
  await page.locator('#progress').evaluate((card) => card.scrollIntoView({ block: 'start' }))
})
/** What the "Don't interrupt" pictures show: a Linux desktop, which cannot tell when you present. */
const LINUX_DETECTORS = 'unavailable=presenting'

/** The README's pictures: [name, page and query, size, device scale, scheme, milliseconds to run, setup]. */
export function readmeShots() {
  const shots = []
  for (const scheme of ['light', 'dark']) {
    shots.push(
      [`settings-${scheme}`, 'settings.html', SETTINGS, 1, scheme],
      [`settings-welcome-${scheme}`, 'settings.html?welcome=1', SETTINGS, 1, scheme],
      [
        `settings-stretches-${scheme}`,
        'settings.html',
        SETTINGS,
        1,
        scheme,
        0,
        section('stretches', (page) => page.locator('#stretches summary').first().click()),
      ],
      [`settings-bedtime-${scheme}`, 'settings.html', SETTINGS, 1, scheme, 0, section('bedtime')],
      [
        `settings-activities-${scheme}`,
        'settings.html',
        SETTINGS,
        1,
        scheme,
        0,
        section('activities', (page) => page.click('text=Add a reminder')),
      ],
      [`settings-general-${scheme}`, 'settings.html', SETTINGS, 1, scheme, 0, section('general')],
      [`settings-progress-${scheme}`, 'settings.html', SETTINGS, 1, scheme, 0, section('progress')],
      [
        `settings-dont-interrupt-${scheme}`,
        `settings.html?${LINUX_DETECTORS}`,
        SETTINGS,
        1,
        scheme,
        0,
        dontInterrupt,
      ],
      [`settings-held-${scheme}`, 'settings.html?held=call', SETTINGS, 1, scheme],
      [`break-held-${scheme}`, 'break.html?break=posture&held=call', BREAK, 1, scheme, 20_000],
      [`settings-progress-weeks-${scheme}`, 'settings.html', SETTINGS, 1, scheme, 0, progressWeeks],
      // A sore-back plan just started: when to see a doctor, up front in Today.
      [`settings-sore-back-${scheme}`, 'settings.html?soreback=1', SETTINGS, 1, scheme],
      // Day 2: the plan, and the morning check-in waiting in Today.
      [`settings-sore-back-day2-${scheme}`, 'settings.html?soreback=2&checkin=open', SETTINGS, 1, scheme],
      [
        `settings-reset-${scheme}`,
        'settings.html',
        SETTINGS,
        1,
        scheme,
        0,
        section('general', (page) => page.click('text=Reset all settings…')),
      ],
    )
    for (const kind of [
      'stretch',
      'posture',
      'wind-down',
      'bedtime',
      'therapy',
      'custom',
      'check-in',
      'none',
    ]) {
      // Into the first hold for the stretch; a third of the way for the posture countdown. The check-in on day 2
      // of a sore-back plan (with the ice or heat offer).
      shots.push([
        `break-${kind}-${scheme}`,
        `break.html?break=${kind}${kind === 'check-in' ? '&soreback=2' : ''}`,
        BREAK,
        1,
        scheme,
        kind === 'stretch' ? 12_000 : 20_000,
      ])
    }
  }
  shots.push(
    [
      'settings-zoom200-light',
      'settings.html',
      { width: SETTINGS.width / ZOOM, height: SETTINGS.height / ZOOM },
      ZOOM,
      'light',
      0,
      section('stretches'),
    ],
    [
      'break-zoom200-light',
      'break.html?break=stretch',
      { width: BREAK.width / ZOOM, height: BREAK.height / ZOOM },
      ZOOM,
      'light',
      12_000,
    ],
    ['break-full-1366-light', 'break.html?break=stretch&full=1', SCREENS[1366], 1, 'light', 12_000],
    ['break-full-1920-dark', 'break.html?break=posture&full=1', SCREENS[1920], 1, 'dark', 20_000],
  )
  return shots
}

/**
 * The pseudo-locale (every text accented and 40% longer, in ⟦ ⟧) at the windows' two sizes: each settings section
 * and each kind of break, so a clipped or overlapping text shows at a glance (test/renderer/pseudo-layout.test.ts
 * checks the same screens by measuring them).
 */
export function pseudoShots() {
  const shots = []
  const sections = ['today', 'breaks', 'stretches', 'bedtime', 'activities', 'general', 'therapy']
  for (const [size, viewport] of Object.entries({ '420x360': BREAK, '720x560': SETTINGS })) {
    for (const id of [...sections, 'sore-back', 'progress', 'about']) {
      const open = id === 'today' ? undefined : section(id)
      shots.push([`settings-${id}-${size}`, 'settings.html?lang=pseudo', viewport, 1, 'light', 0, open])
    }
    shots.push([`settings-welcome-${size}`, 'settings.html?lang=pseudo&welcome=1', viewport, 1, 'light'])
    const kinds = ['stretch', 'posture', 'wind-down', 'get-ready', 'bedtime', 'therapy', 'custom', 'none']
    for (const kind of kinds) {
      const run = kind === 'stretch' ? 12_000 : 20_000
      shots.push([`break-${kind}-${size}`, `break.html?lang=pseudo&break=${kind}`, viewport, 1, 'light', run])
    }
    shots.push([
      `break-check-in-${size}`,
      'break.html?lang=pseudo&break=check-in&soreback=2',
      viewport,
      1,
      'light',
    ])
  }
  return shots
}

/** Every screen at every size worth a look, light and dark; `breaks`: every sample break (BREAK_SCENARIOS). */
export function reviewShots(breaks) {
  const shots = []
  const sizes = {
    small: [{ width: 420, height: 360 }, 1],
    usual: [{ width: 720, height: 560 }, 1],
    zoom200: [{ width: 360, height: 280 }, ZOOM],
    'zoom200-break': [{ width: 210, height: 180 }, ZOOM],
    full1366: [SCREENS[1366], 1],
    full1920: [SCREENS[1920], 1],
  }
  for (const scheme of ['light', 'dark']) {
    for (const [size, [viewport, scale]] of Object.entries(sizes)) {
      if (size !== 'zoom200-break' && !size.startsWith('full')) {
        shots.push([`settings-${size}-${scheme}`, 'settings.html', viewport, scale, scheme])
        shots.push([`settings-welcome-${size}-${scheme}`, 'settings.html?welcome=1', viewport, scale, scheme])
        shots.push([`settings-held-${size}-${scheme}`, 'settings.html?held=call', viewport, scale, scheme])
        shots.push([
          `settings-dont-interrupt-${size}-${scheme}`,
          `settings.html?unavailable=full-screen,presenting`,
          viewport,
          scale,
          scheme,
          0,
          dontInterrupt,
        ])
        // A sore-back plan in Today (the Sore back settings section is among the sections below).
        shots.push([`settings-plan-${size}-${scheme}`, 'settings.html?soreback=1', viewport, scale, scheme])
        shots.push([
          `settings-plan-day2-${size}-${scheme}`,
          'settings.html?soreback=2&checkin=open',
          viewport,
          scale,
          scheme,
        ])
        for (const id of [
          'stretches',
          'bedtime',
          'activities',
          'general',
          'therapy',
          'sore-back',
          'progress',
          'about',
        ]) {
          shots.push([
            `settings-${id}-${size}-${scheme}`,
            'settings.html',
            viewport,
            scale,
            scheme,
            0,
            section(id),
          ])
        }
      }
      if (size === 'usual' || size === 'zoom200') continue
      const full = size.startsWith('full') ? '&full=1' : ''
      shots.push([
        `break-held-${size}-${scheme}`,
        `break.html?break=posture&held=call${full}`,
        viewport,
        scale,
        scheme,
        20_000,
      ])
      for (const kind of breaks) {
        const run = kind.startsWith('stretch') ? 12_000 : 20_000
        shots.push([
          `break-${kind}-${size}-${scheme}`,
          `break.html?break=${kind}${full}${kind === 'check-in' ? '&soreback=2' : ''}`,
          viewport,
          scale,
          scheme,
          run,
        ])
      }
    }
  }
  return shots
}

/** The figure sheets, light and dark: every stretch's figure, held, the whole page (renderer/preview/figure-sheet.tsx). */
export function sheetShots() {
  return ['light', 'dark'].map((scheme) => [
    `figures-${scheme}`,
    'figure-sheet.html?lang=en',
    { width: 1200, height: 900 },
    1,
    scheme,
    0,
    undefined,
    { fullPage: true, ready: '.sheet-figure' },
  ])
}
