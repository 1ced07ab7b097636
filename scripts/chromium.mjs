// Launches Debian's headless Chromium (or the binary CHROMIUM_PATH names) for the window tests and the benchmark.
// Playwright's own browser download is not reachable on the build machines, so the path is checked up front and a
// missing browser fails at once with how to install it.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

/** As root, Chromium needs --no-sandbox; the rest keep it from phoning home (refused on these machines). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
]

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The window tests need a real Chromium: install it with ` +
        '`apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    )
  }
  return path
}

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
}

/**
 * Starts one Chromium that several processes share (the window tests: each test file connects with
 * `chromium.connect(wsEndpoint)` rather than launching its own), in `timeZone` when given. Resolves to
 * Playwright's BrowserServer.
 */
export function launchChromiumServer({ timeZone } = {}) {
  const env = timeZone ? { ...process.env, TZ: timeZone } : process.env
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, env })
}
