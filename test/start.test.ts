// `npm start` where Electron's binary is missing and cannot be downloaded: it says what happened and what to do,
// instead of ending in "TypeError: fetch failed". Runs the real script, with the download pointed at a closed port.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const electronPackage = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
const electronInstalled = existsSync(join(electronPackage, 'path.txt'))

let cache: string
beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'limber-electron-cache-'))
})
afterAll(async () => rm(cache, { recursive: true, force: true }))

function start(env: Record<string, string>, script = 'scripts/start.mjs') {
  const clean = { ...process.env }
  delete clean.ELECTRON_OVERRIDE_DIST_PATH
  delete clean.ELECTRON_MIRROR
  return spawnSync(process.execPath, [script], {
    env: { ...clean, electron_config_cache: cache, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('npm start without Electron', () => {
  it('says the download failed, how to use a mirror or a copy on disk, and that the preview works meanwhile', (context) => {
    if (electronInstalled)
      context.skip('Electron is installed on this machine, so npm start would run it instead.')
    const run = start({ ELECTRON_MIRROR: 'http://127.0.0.1:9/' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Limber could not start. Electron 45.')
    expect(run.stderr).toContain('downloading it from http://127.0.0.1:9/ failed')
    expect(run.stderr).toContain('ELECTRON_MIRROR=')
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=')
    expect(run.stderr).toContain('npm run preview')
    // The downloader's stack trace is not what a newcomer reads.
    expect(run.stderr).not.toMatch(/^\s+at /m)
  }, 90_000)

  it('npm run dist says the same, for the installers, instead of the downloader’s stack trace', (context) => {
    if (electronInstalled)
      context.skip('Electron is installed on this machine, so npm run dist would package with it instead.')
    const run = start({ ELECTRON_MIRROR: 'http://127.0.0.1:9/' }, 'scripts/dist.mjs')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Limber’s installers could not be made. Electron 45.')
    expect(run.stderr).toContain('downloading it from http://127.0.0.1:9/ failed')
    expect(run.stderr).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm run dist')
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=')
    expect(run.stderr).not.toMatch(/^\s+at /m)
  }, 90_000)

  it('says so when ELECTRON_OVERRIDE_DIST_PATH names a folder without Electron', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'limber-no-electron-'))
    try {
      const run = start({ ELECTRON_OVERRIDE_DIST_PATH: empty })
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH is ${empty}, but there is no `)
      expect(run.stderr).toMatch(/there is no electron(\.exe)? |there is no Electron\.app/)
      expect(run.stderr).toContain('npm run preview')
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})
