// `npm run package:check`: packages Limber as `npm run dist` would (electron-builder with electron-builder.yml),
// but with its `dir` target and a stand-in Electron folder (`electronDist`) instead of the real binary, which
// cannot be downloaded everywhere; then checks the app.asar it produced:
//   - it holds the built main process, preload and pages, and the package.json that names the main bundle;
//   - every module the main bundle, the preload and the X11 probe's worker import is Node's own, 'electron', or
//     inside the archive; every worker script the main bundle starts is beside it; the main bundle loads under Node
//     (Electron stubbed) as far as the single-instance lock, and the worker starts and answers;
//   - no node_modules ship beside the bundle (nothing twice: the main bundle and the pages carry their packages);
//   - the packaged app can update itself: resources/app-update.yml names GitHub Releases, electron-updater is bundled;
//   - the fuses electron-builder flipped in the packaged binary are the ones electron-builder.yml asks for.
// The stand-in is a small file carrying Electron's fuse wire (its sentinel and Electron's default fuse states, as in
// electron/electron build/fuses/fuses.json5), so electron-builder's real fuse step runs on it. What this cannot
// show: that the real Electron binary honours the fuses, starts, or shows a tray (the release workflow's smoke test
// does that on machines that can download Electron). See docs/electron.md, "The packaged-app check".
// The inspection itself is package-inspect.mjs.
import { Buffer } from 'node:buffer'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FuseV1Options } from '@electron/fuses'
import { buildMain } from './build-main.mjs'
import { buildRenderer } from './build-renderer.mjs'
import { describeFuse, inspectPackage } from './package-inspect.mjs'

export { REQUIRED_FILES, filesNamedByUrl, inspectPackage, loadedModules } from './package-inspect.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

/** Electron's fuse sentinel and V1 wire with Electron's own defaults (run_as_node on … grant_file_protocol on). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ELECTRON_DEFAULT_WIRE = '10110001'

/** electron-builder.yml's electronFuses keys → their place on Electron's fuse wire. */
const FUSE_INDEX = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
}

/**
 * Builds dist/ and packages it into a temporary folder with electron-builder's `dir` target and a stand-in
 * Electron. Answers where the unpacked app is, the bundle's composition, and the folder to remove afterwards.
 */
export async function packageApp() {
  const work = await mkdtemp(join(tmpdir(), 'limber-package-'))
  const sizes = {}
  await Promise.all([buildMain({ sizes }), buildRenderer()])
  const standIn = join(work, 'electron-stand-in')
  await writeStandIn(standIn)
  const output = join(work, 'release')
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js')
  const run = spawnSync(
    process.execPath,
    [cli, '--linux', 'dir', `-c.electronDist=${standIn}`, `-c.directories.output=${output}`],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  )
  if (run.status !== 0) {
    throw new Error(`electron-builder failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`)
  }
  const unpacked = readdirSync(output).find((name) => /^linux(-.+)?-unpacked$/.test(name))
  if (!unpacked) throw new Error(`electron-builder wrote no unpacked app to ${output}:\n${run.stdout}`)
  return { work, appOutDir: join(output, unpacked), bundleSizes: sizes }
}

/** A file with Electron's fuse wire in it, where electron-builder expects the Electron executable. */
async function writeStandIn(folder) {
  await mkdir(folder, { recursive: true })
  const executable = join(folder, 'electron')
  const script = '#!/bin/sh\necho "Limber package check: a stand-in, not Electron" >&2\nexit 1\n'
  const wire = Buffer.concat([
    Buffer.from(script),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE),
  ])
  await writeFile(executable, wire)
  await chmod(executable, 0o755)
}

/** The fuses electron-builder.yml asks for, as wire states ('0' off, '1' on) by fuse index. */
export async function configuredFuses() {
  const { getConfig } = require('app-builder-lib/out/util/config/config')
  const config = await getConfig(root, 'electron-builder.yml', null)
  const wanted = {}
  for (const [name, value] of Object.entries(config.electronFuses ?? {})) {
    if (name in FUSE_INDEX) wanted[FUSE_INDEX[name]] = value ? '1' : '0'
  }
  return wanted
}

/** Packages, inspects, prints a report; answers the result. Removes its temporary folders unless `keep`. */
export async function packageCheck({ keep = false, print = console.log } = {}) {
  const started = performance.now()
  const { work, appOutDir, bundleSizes } = await packageApp()
  try {
    const fuses = await configuredFuses()
    const inspected = await inspectPackage(appOutDir, { fuses })
    const result = {
      ...inspected,
      problems: [...inspected.problems, ...updateProblems(appOutDir, bundleSizes)],
    }
    const seconds = (performance.now() - started) / 1000
    print(report(result, bundleSizes, fuses, seconds))
    if (keep) print(`kept ${appOutDir}`)
    return { ...result, bundleSizes, seconds }
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true })
  }
}

/**
 * The packaged app can update itself: electron-builder wrote the feed (resources/app-update.yml, from
 * electron-builder.yml's `publish`) and electron-updater is in the main bundle (loaded from it, not node_modules).
 */
export function updateProblems(appOutDir, bundleSizes) {
  const problems = []
  const feed = join(appOutDir, 'resources', 'app-update.yml')
  if (!existsSync(feed))
    problems.push('resources/app-update.yml is missing: installed copies would find no updates')
  else if (!/^provider: github$/m.test(readFileSync(feed, 'utf8')))
    problems.push('resources/app-update.yml does not name GitHub Releases as the update feed')
  if (!bundleSizes['electron-updater']) problems.push('electron-updater is not in the main bundle')
  return problems
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`
const kb = (bytes) => `${(bytes / 1e3).toFixed(0)} kB`

export function report({ problems, asarBytes, parts }, bundleSizes, fuses, seconds) {
  const lines = [`app.asar: ${mb(asarBytes)} (goal: at most 5 MB)`]
  for (const [part, bytes] of Object.entries(parts).sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${kb(bytes).padStart(7)}  ${part}`)
  }
  const largest = Object.entries(bundleSizes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
  if (largest.length > 0) lines.push(`main bundle, largest parts: ${largest.join(', ')}`)
  const flipped = Object.entries(fuses).map(
    ([index, state]) => `${FuseV1Options[index]} ${describeFuse(state)}`,
  )
  lines.push(`fuses checked in the packaged binary: ${flipped.join(', ')}`)
  lines.push(`package check took ${seconds.toFixed(1)} s`)
  lines.push(
    problems.length === 0 ? 'package check: all good' : `package check found ${problems.length} problem(s):`,
  )
  for (const problem of problems) lines.push(`  ✖ ${problem}`)
  return lines.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await packageCheck({ keep: process.argv.includes('--keep') })
  if (result.problems.length > 0) process.exitCode = 1
}
