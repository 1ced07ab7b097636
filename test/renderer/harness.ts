// Shared set-up for the window tests: the run's one headless Chromium and preview build (windows-setup.ts), which
// each test file connects to; console watching for CSP violations, axe-core, and a contrast measure for what axe
// does not check. The preview runs the real app in each page (renderer/preview). Tests write no files: the README's
// pictures are made by `npm run screenshots`.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import type { BreakContent, PreferencesPatch } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences'

export interface Harness {
  browser: Browser
  /** The preview's base URL. */
  url: string
  /** Console messages that report a Content-Security-Policy violation, across every page of the file. */
  cspViolations: string[]
  newPage(size: { width: number; height: number }): Promise<Page>
  /**
   * The file's one tab, reused from test to test at `size`: its scripts stay fetched and compiled, so a load costs
   * a third of a new tab's. Each load starts the app in it afresh (the preview's app lives in the page). Its clock
   * belongs to the file's context, and Playwright replays every clock call of the file on each load, in order: an
   * install (and a pauseAt) before the load gives the clock a fresh context would have; but an install alone after
   * an earlier test paused the clock leaves it paused, and a test with no clock calls runs on the earlier tests'
   * clock. Such a test takes another reused tab (`tab`: a name of its own, e.g. one that never sets a clock), and
   * one that needs a second window beside it or to see what is fetched (a reused tab has it cached) a context of its
   * own (newPage, newContext). `zoom` is the device scale (200% is 2), which is a context's: one tab per zoom.
   */
  page(size: { width: number; height: number }, options?: { zoom?: number; tab?: string }): Promise<Page>
  /** A browser context of its own (pages in it share the preview's preferences, as Electron's windows share main). */
  newContext(size: { width: number; height: number }): Promise<BrowserContext>
  close(): Promise<void>
}

/** Connects the calling test file (`name`) to the run's Chromium and preview. */
export async function startHarness(name: string): Promise<Harness> {
  const endpoint = inject('chromiumEndpoint')
  if (!endpoint)
    throw new Error(`${name}: no shared Chromium; window tests run in vitest's "windows" project`)
  const browser = await chromium.connect(endpoint)
  const cspViolations: string[] = []
  /** The file's reused tabs, by name and zoom. */
  const tabs = new Map<string, Page>()
  const newPage = async (size: { width: number; height: number }, zoom = 1) => {
    const page = await browser.newPage({ viewport: size, deviceScaleFactor: zoom })
    await watch(page, cspViolations)
    return page
  }
  return {
    browser,
    url: inject('previewUrl'),
    cspViolations,
    newPage: (size) => newPage(size),
    async page(size, { zoom = 1, tab = 'the file' } = {}) {
      const key = `${tab} at ${zoom}`
      let page = tabs.get(key)
      if (!page || page.isClosed()) {
        page = await newPage(size, zoom)
        tabs.set(key, page)
      } else {
        // A blank document first: the last test's app stops there, and cannot react to the next test's clock.
        await page.goto('about:blank')
        await page.setViewportSize(size)
      }
      return page
    },
    async newContext(size) {
      const context = await browser.newContext({ viewport: size })
      context.on('page', (page) => void watch(page, cspViolations))
      return context
    },
    async close() {
      // Closes this file's connection and every context it made; the browser serves the other files on.
      await browser.close()
    },
  }
}

/** Reports the page's CSP violations and errors into `found`. */
export async function watch(page: Page, found: string[]): Promise<void> {
  page.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy|Refused to/i.test(text) && !/frame-ancestors.*ignored/i.test(text)) {
      found.push(text)
    }
  })
  page.on('pageerror', (error) => found.push(`page error: ${error.message}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: CSP violation of ${event.violatedDirective}`)
    })
  })
}

/**
 * What the break window is given for a preview scenario (`break.html?break=…`), read from a page of its own in
 * `context`: to show several kinds in one page by an event, as main shows a new break.
 */
export async function breakContentOf(
  context: BrowserContext,
  url: string,
  query: string,
): Promise<BreakContent | null> {
  const page = await context.newPage()
  try {
    await page.goto(`${url}/break.html?${query}`)
    return await page.evaluate(() => window.limber!.getBreak())
  } finally {
    await page.close()
  }
}

/** Loads one of the windows (`settings.html?…`, `break.html?…`) in `scheme`, with reduced motion, and waits for it. */
export async function load(page: Page, url: string, path: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
  await page.goto(`${url}/${path}`)
  await drawn(page)
}

/** Waits for a window's first render with data, and for the settings window to have drawn every section. */
export async function drawn(page: Page): Promise<void> {
  await page.waitForSelector('#today-title, #welcome-title, #break-title, .empty h1')
  // The settings window draws what is on screen first (Today), then the rest, saying it is busy meanwhile.
  await page.waitForSelector('#content[aria-busy]', { state: 'detached' })
}

/** The preferences the app in the page holds now: what is stored. */
export function stored(page: Page): Promise<Preferences> {
  return page.evaluate(() => window.limber!.getPreferences())
}

/** Stores a change directly through the bridge (as another window or main would), and waits for the window to show it. */
export async function storeDirectly(page: Page, patch: PreferencesPatch): Promise<void> {
  const ok = await page.evaluate(async (p) => (await window.limber!.setPreferences(p)).ok, patch)
  if (!ok) throw new Error(`the bridge refused ${JSON.stringify(patch).slice(0, 200)}`)
}

export interface Recorded {
  name: string
  args: unknown[]
}

export function calls(page: Page, name?: string): Promise<Recorded[]> {
  return page.evaluate(
    (only) => (window.__limberCalls ?? []).filter((c) => only === undefined || c.name === only),
    name,
  )
}

/**
 * Runs axe-core on the page and answers its violations, each as "rule: target, target…". A screen gets one full
 * pass; the same screen in its other colour scheme needs only the rule the scheme changes (`contrastOnly`), and a
 * part that opened on a screen already checked only a pass over that part (`within`, a selector).
 */
export async function axeViolations(
  page: Page,
  scope: { contrastOnly?: boolean; within?: string } = {},
): Promise<string[]> {
  // Loaded once per page: axe is large, and a page is often checked in several states.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: new URL('/axe.min.js', page.url()).href })
  }
  const violations = await page.evaluate(async ({ contrastOnly, within }) => {
    type Axe = {
      run(
        context: Element | Document,
        options: { runOnly?: string[] },
      ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>
    }
    const axe = (window as unknown as { axe: Axe }).axe
    const context = within ? document.querySelector(within) : document
    if (!context) throw new Error(`axe: nothing matches ${within}`)
    const result = await axe.run(context, contrastOnly ? { runOnly: ['color-contrast'] } : {})
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
  }, scope)
  return violations
}

export interface Contrast {
  /** What was measured: "button.primary border", ".ring .track stroke" … */
  what: string
  ratio: number
}

/**
 * The contrast (WCAG 2 formula) between a visible edge of each element matching `selector` (its border, or an
 * SVG stroke) and the colour behind the element: the first opaque background among its ancestors. Measured on
 * the page's computed styles in Chromium, in whatever colour scheme the page is in.
 */
export function edgeContrasts(page: Page, selector: string, edge: 'border' | 'stroke'): Promise<Contrast[]> {
  return page.evaluate(
    ([selector, edge]) => {
      const rgb = (css: string): [number, number, number, number] => {
        const parts = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0]
        return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1]
      }
      const luminance = ([r, g, b]: number[]) => {
        const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0)
      }
      const behind = (el: Element): number[] => {
        for (let node = el.parentElement; node; node = node.parentElement) {
          const colour = rgb(getComputedStyle(node).backgroundColor)
          if (colour[3] === 1) return colour
        }
        return rgb(getComputedStyle(document.documentElement).backgroundColor)
      }
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
      }
      return [...document.querySelectorAll(selector)].filter(visible).map((el) => {
        const style = getComputedStyle(el)
        const colour = rgb(edge === 'border' ? style.borderTopColor : style.stroke)
        const [a, b] = [luminance(colour), luminance(behind(el))].sort((x, y) => y - x)
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`
        return {
          what: `${name} ${edge}`,
          ratio: Math.round((((a ?? 0) + 0.05) / ((b ?? 0) + 0.05)) * 100) / 100,
        }
      })
    },
    [selector, edge] as const,
  )
}

/** The element with the focus now, described for assertions: its id, or its accessible label, or its tag. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    return el.id || el.getAttribute('aria-label') || `${el.tagName.toLowerCase()}:${el.textContent?.trim()}`
  })
}
