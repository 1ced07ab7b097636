// Shared set-up for the window tests: one headless Chromium per test file, the preview build (the real window
// bundles plus the in-memory bridge) served on 127.0.0.1, console watching for CSP violations, axe-core, and a
// contrast measure for what axe does not check. Tests write no files: the README's pictures are made by
// `npm run screenshots`.
import { copyFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import type { PreferencesPatch } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences/index'
import { launchChromium } from '../../scripts/chromium.mjs'
import { startPreview } from '../../scripts/preview.mjs'

const root = resolve(import.meta.dirname, '../..')

export interface Harness {
  browser: Browser
  server: Server
  url: string
  /** Console messages that report a Content-Security-Policy violation, across every page of the file. */
  cspViolations: string[]
  newPage(size: { width: number; height: number }): Promise<Page>
  close(): Promise<void>
}

/** Builds the preview into its own folder (test files run in parallel) and starts Chromium. */
export async function startHarness(name: string): Promise<Harness> {
  const outdir = `dist/test-preview/${name}`
  const [{ server, url }, browser] = await Promise.all([startPreview({ outdir }), launchChromium()])
  // axe is served from the page's own origin: the strict CSP (rightly) refuses an inline copy.
  copyFileSync(join(root, 'node_modules/axe-core/axe.min.js'), join(root, outdir, 'axe.min.js'))
  const cspViolations: string[] = []
  return {
    browser,
    server,
    url,
    cspViolations,
    async newPage(size) {
      const page = await browser.newPage({ viewport: size })
      page.on('console', (message) => {
        const text = message.text()
        if (/Content Security Policy|Refused to/i.test(text) && !/frame-ancestors.*ignored/i.test(text)) {
          cspViolations.push(text)
        }
      })
      page.on('pageerror', (error) => cspViolations.push(`page error: ${error.message}`))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Refused to load: CSP violation of ${event.violatedDirective}`)
        })
      })
      return page
    },
    async close() {
      await browser.close()
      await new Promise((done) => server.close(done))
    },
  }
}

/** Loads one of the windows (`settings.html?…`, `break.html?…`) in `scheme`, with reduced motion, and waits for it. */
export async function load(page: Page, url: string, path: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
  await page.goto(`${url}/${path}`)
  await page.waitForSelector('#today-title, #welcome-title, #break-title, .empty h1')
}

/** The preferences the in-memory bridge holds now: what is stored. */
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

/** Runs axe-core on the page and answers its violations, each as "rule: target, target…". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Loaded once per page: axe is large, and a page is often checked in several states.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: new URL('/axe.min.js', page.url()).href })
  }
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> }
      }
    ).axe.run()
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
  })
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
