// Smoke test of the real app in real Electron, for machines that can download Electron (the release workflow runs
// it on Linux, Windows and macOS). Where Electron's binary is not present it reports itself SKIPPED, with the
// reason: it never passes without having run.
//
// Playwright's Electron launcher attaches through --inspect, which the packaged app's fuses switch off, so the
// app is run unpackaged (`electron .` over the built dist/, the same code the package holds). The packaged
// binary's fuses get their own check below, without Playwright.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { _electron, type ElectronApplication } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const electronPackage = dirname(createRequire(import.meta.url).resolve('electron/package.json'))

function electronBinary(): string | undefined {
  const name =
    process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : process.platform === 'win32'
        ? 'electron.exe'
        : 'electron'
  const folder = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist')
  const path = join(folder, name)
  return existsSync(path) ? path : undefined
}

/** The environment without unset entries (Playwright takes strings only). */
function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
}

const NO_ELECTRON =
  'Electron binary not present (node_modules/electron/dist is empty and ELECTRON_OVERRIDE_DIST_PATH is unset; ' +
  'Electron cannot be downloaded here). The release workflow runs this test.'

describe('the real app in real Electron', () => {
  const binary = electronBinary()
  let app: ElectronApplication | undefined
  let home: string
  let env: Record<string, string>

  beforeAll(async () => {
    if (!binary) return
    const { buildMain } = await import('../../scripts/build-main.mjs')
    const { buildRenderer } = await import('../../scripts/build-renderer.mjs')
    await Promise.all([buildMain(), buildRenderer()])
    home = await mkdtemp(join(tmpdir(), 'limber-smoke-'))
    // A fresh user-data folder on Linux ($XDG_CONFIG_HOME/Limber); CI machines elsewhere start empty anyway.
    env = { ...definedEnv(), XDG_CONFIG_HOME: home }
    delete env.ELECTRON_RUN_AS_NODE
  }, 120_000)
  afterAll(async () => {
    await app?.close().catch(() => undefined)
    if (home) await rm(home, { recursive: true, force: true })
  })

  /** A second launch with a command, as a user would type it; it hands the command over and exits. */
  const secondLaunch = (command: string) => {
    const run = spawnSync(binary!, [root, command], { env, timeout: 30_000 })
    expect(run.status, `second launch ${command}`).toBe(0)
  }

  it('starts, creates the tray, opens settings, takes a break, records memory with no window open, and quits', async (context) => {
    if (!binary) context.skip(NO_ELECTRON)
    app = await _electron.launch({ executablePath: binary, args: [root], env, timeout: 60_000 })
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
    const log = join(userData, 'logs', 'main.log')
    await expect
      .poll(() => existsSync(log) && readFileSync(log, 'utf8'), { timeout: 30_000 })
      .toMatch(/tray icon created/)

    const settingsOpened = app.waitForEvent('window')
    secondLaunch('--settings')
    const settings = await settingsOpened
    expect(settings.url()).toBe('limber://app/settings.html')
    await expect.poll(() => settings.title()).toBe('Limber settings')

    const breakOpened = app.waitForEvent('window')
    secondLaunch('--break-now')
    const breakPage = await breakOpened
    expect(breakPage.url()).toBe('limber://app/break.html')
    await breakPage.getByRole('button', { name: /done/i }).waitFor()
    const breakClosed = breakPage.waitForEvent('close')
    await breakPage.keyboard.press('Enter')
    await breakClosed
    await settings.close()

    await expect.poll(() => app!.windows().length, { timeout: 15_000 }).toBe(0)
    const memory = await app.evaluate(({ app: electronApp }) => ({
      metrics: electronApp.getAppMetrics().map((metric) => ({ type: metric.type, memory: metric.memory })),
      mainHeap: process.memoryUsage(),
    }))
    const kb = (type: string) =>
      memory.metrics
        .filter((metric) => metric.type === type)
        .reduce((sum, m) => sum + m.memory.workingSetSize, 0)
    const figures = {
      platform: `${process.platform}-${process.arch}`,
      mainWorkingSetKB: kb('Browser'),
      rendererWorkingSetKB: kb('Tab'),
      gpuWorkingSetKB: kb('GPU'),
      utilityWorkingSetKB: kb('Utility'),
      mainHeapUsedKB: Math.round(memory.mainHeap.heapUsed / 1024),
      processes: memory.metrics.map((metric) => metric.type),
    }
    console.log(`smoke memory, no window open: ${JSON.stringify(figures)}`)
    await mkdir(join(root, 'test-results'), { recursive: true })
    await writeFile(
      join(root, 'test-results', `smoke-memory-${figures.platform}.json`),
      JSON.stringify(figures, null, 2),
    )
    expect(figures.rendererWorkingSetKB).toBe(0)

    const closed = app.waitForEvent('close')
    secondLaunch('--quit')
    await closed
    app = undefined
  }, 180_000)
})

describe('the packaged app’s fuses, in its real binary', () => {
  // Set by the release workflow to the executable electron-builder made (e.g. release/linux-unpacked/limber).
  const packaged = process.env.LIMBER_PACKAGED_APP
  const NO_PACKAGE =
    'No packaged app to run (LIMBER_PACKAGED_APP is unset; the release workflow sets it after `npm run dist`). ' +
    '`npm run package:check` checks the fuse wire electron-builder writes, on a stand-in binary.'

  /** Runs the packaged binary for a few seconds and answers what it printed; it is stopped if still running. */
  const runBriefly = (args: string[], extraEnv: NodeJS.ProcessEnv) =>
    new Promise<string>((resolvePromise) => {
      const child = spawn(packaged!, args, { env: { ...process.env, ...extraEnv } })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const timer = setTimeout(() => child.kill(), 8_000)
      child.on('exit', () => {
        clearTimeout(timer)
        resolvePromise(output)
      })
    })

  it('does not run as plain Node with ELECTRON_RUN_AS_NODE', async (context) => {
    if (!packaged) context.skip(NO_PACKAGE)
    const output = await runBriefly(['-e', 'console.log("ran as node")'], { ELECTRON_RUN_AS_NODE: '1' })
    expect(output).not.toContain('ran as node')
  }, 30_000)

  it('ignores --inspect and NODE_OPTIONS', async (context) => {
    if (!packaged) context.skip(NO_PACKAGE)
    const output = await runBriefly(['--inspect=9339'], { NODE_OPTIONS: '--require ./no-such-module.js' })
    expect(output).not.toMatch(/Debugger listening|no-such-module/)
  }, 30_000)
})
