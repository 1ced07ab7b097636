// The packaged app, as `npm run package:check` builds it: electron-builder's dir target with a stand-in Electron.
// The real package must pass every check; a deliberately broken one shows each check can fail.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import asar from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  REQUIRED_FILES,
  configuredFuses,
  filesNamedByUrl,
  inspectPackage,
  loadedModules,
  packageApp,
  updateProblems,
  type Inspection,
} from '../scripts/package-check.mjs'

const FIVE_MB = 5_000_000
const ON_WINDOWS = process.platform === 'win32'
const NOT_ON_WINDOWS =
  "Not tried on Windows: the check packages electron-builder's Linux dir target around a Linux stand-in for " +
  'Electron. The Linux and macOS jobs of the release workflow run it.'

describe('the packaged app', () => {
  let work: string | undefined
  let inspection: Inspection
  let fuses: Record<number, '0' | '1'>
  let updates: string[]

  beforeAll(async () => {
    if (ON_WINDOWS) return
    const packaged = await packageApp()
    work = packaged.work
    fuses = await configuredFuses()
    inspection = await inspectPackage(packaged.appOutDir, { fuses })
    updates = updateProblems(packaged.appOutDir, packaged.bundleSizes)
  }, 240_000)
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('passes every check: built main, preload and pages inside, every import resolving, nothing twice, fuses set', (context) => {
    if (ON_WINDOWS) context.skip(NOT_ON_WINDOWS)
    expect(inspection.problems).toEqual([])
  })

  it('ships in node_modules only koffi, the runtime dependency the bundle cannot carry, and stays under 5 MB', (context) => {
    if (ON_WINDOWS) context.skip(NOT_ON_WINDOWS)
    const modules = Object.keys(inspection.parts).filter((part) => part.startsWith('node_modules/'))
    expect(modules).toContain('node_modules/koffi')
    for (const part of modules)
      expect(part).toMatch(
        /^node_modules\/(koffi|@koromix\/koffi-[a-z0-9-]+)( \(unpacked beside app\.asar\))?$/,
      )
    expect(inspection.asarBytes).toBeLessThanOrEqual(FIVE_MB)
  })

  it('can update itself: the GitHub Releases feed is written beside app.asar and electron-updater is bundled', (context) => {
    if (ON_WINDOWS) context.skip(NOT_ON_WINDOWS)
    expect(updates).toEqual([])
  })

  it('has RunAsNode, NODE_OPTIONS and --inspect off, and asar-only loading with its integrity check on', (context) => {
    if (ON_WINDOWS) context.skip(NOT_ON_WINDOWS)
    // Indices on Electron's fuse wire: 0 RunAsNode, 2 NODE_OPTIONS, 3 --inspect, 4 integrity, 5 asar only.
    expect(fuses).toMatchObject({ 0: '0', 2: '0', 3: '0', 4: '1', 5: '1' })
  })
})

describe('the package inspection', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'limber-bad-package-'))
  })
  afterAll(async () => rm(folder, { recursive: true, force: true }))

  it('reports a package that ships node_modules, imports what it lacks, misses a page and kept the default fuses', async () => {
    const app = join(folder, 'app')
    await mkdir(join(app, 'dist/main'), { recursive: true })
    await mkdir(join(app, 'node_modules/preact'), { recursive: true })
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'limber', main: 'dist/main/index.js' }))
    await writeFile(
      join(app, 'dist/main/index.js'),
      "import { DateTime } from 'luxon'\nexport { DateTime }\nexport const worker = new URL('./x11-worker.js', import.meta.url)\n",
    )
    await writeFile(join(app, 'node_modules/preact/package.json'), '{"name":"preact","main":"index.js"}')
    await writeFile(join(app, 'node_modules/preact/index.js'), 'module.exports = {}')
    const unpacked = join(folder, 'linux-unpacked')
    await mkdir(join(unpacked, 'resources'), { recursive: true })
    await asar.createPackage(app, join(unpacked, 'resources', 'app.asar'))
    // An Electron binary whose fuses nobody flipped: Electron's defaults.
    const wire = Buffer.concat([
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, 8]),
      Buffer.from('10110001'),
    ])
    await writeFile(join(unpacked, 'limber'), wire)

    const { problems } = await inspectPackage(unpacked, { fuses: await configuredFuses() })
    const expected = [
      'app.asar lacks dist/renderer/break.html',
      'app.asar lacks dist/main/preload.cjs',
      'app.asar lacks dist/main/x11-worker.js',
      'dist/main/index.js starts ./x11-worker.js, which is not beside it in app.asar',
      'node_modules/preact ships in app.asar',
      'dist/main/index.js imports luxon, which is not in app.asar',
      'did not load under Node',
      'fuse RunAsNode is on, electron-builder.yml asks off',
      'fuse OnlyLoadAppFromAsar is off, electron-builder.yml asks on',
    ]
    for (const problem of expected) expect(problems.join('\n')).toContain(problem)
    expect(REQUIRED_FILES).toContain('dist/renderer/break.html')
  }, 60_000)

  it('counts only real imports, not module names inside strings', () => {
    const code = [
      "import a from 'typebox'",
      "export * from './local.js'",
      "const b = __require('fs')",
      "const c = await import('node:path')",
      'const template = `require("ajv/dist/runtime/equal").default`',
      'const text = \'require("not-a-module")\'',
    ].join('\n')
    expect(loadedModules(code).sort()).toEqual(['./local.js', 'fs', 'node:path', 'typebox'])
  })

  it('finds the worker scripts a bundle starts from beside itself, and nothing else', () => {
    const code = [
      "const worker = new URL('./x11-worker.js', import.meta.url)",
      "const page = new URL('https://limber.app/help')",
      "const other = new URL('./x.js', 'file:///elsewhere/')",
      'const built = new URL(`./${name}.js`, import.meta.url)',
    ].join('\n')
    expect(filesNamedByUrl(code)).toEqual(['./x11-worker.js'])
  })
})
