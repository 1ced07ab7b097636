// Shared set-up for the window tests: one headless Chromium per test file, the preview build (the real window
// bundles plus the in-memory bridge) served on 127.0.0.1, console watching for CSP violations, axe-core and
// screenshots into docs/screenshots.
import { copyFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../scripts/chromium.mjs'
import { startPreview } from '../../scripts/preview.mjs'

const root = resolve(import.meta.dirname, '../..')
export const SCREENSHOTS = join(root, 'docs/screenshots')

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
  await page.addScriptTag({ url: new URL('/axe.min.js', page.url()).href })
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

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}
