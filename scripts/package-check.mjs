// `npm run package:check`: packages Limber as `npm run dist` would (electron-builder with electron-builder.yml),
// but with its `dir` target and a stand-in Electron folder (`electronDist`) instead of the real binary, which
// cannot be downloaded everywhere; then checks the app.asar it produced:
//   - it holds the built main process, preload and pages, and the package.json that names the main bundle;
//   - every module the main bundle and the preload import is Node's own, 'electron', or inside the archive, and the
//     main bundle loads under Node (Electron stubbed) as far as the single-instance lock;
//   - no node_modules ship beside the bundle (nothing twice: the main bundle and the pages carry their packages);
//   - the fuses electron-builder flipped in the packaged binary are the ones electron-builder.yml asks for.
// The stand-in is a small file carrying Electron's fuse wire (its sentinel and Electron's default fuse states, as in
// electron/electron build/fuses/fuses.json5), so electron-builder's real fuse step runs on it. What this cannot
// show: that the real Electron binary honours the fuses, starts, or shows a tray (the release workflow's smoke test
// does that on machines that can download Electron). See docs/electron.md, "The packaged-app check".
import { Buffer } from 'node:buffer'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire, isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import asar from '@electron/asar'
import { parse } from 'acorn'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { buildMain, NOTICES_FILE } from './build-main.mjs'
import { buildRenderer } from './build-renderer.mjs'

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

/** Files the app loads by path: missing any of them, the packaged app cannot start or show a window. */
export const REQUIRED_FILES = [
  'package.json',
  'dist/main/index.js',
  'dist/main/preload.cjs',
  `dist/main/${NOTICES_FILE}`,
  'dist/renderer/settings.html',
  'dist/renderer/settings.js',
  'dist/renderer/settings.css',
  'dist/renderer/break.html',
  'dist/renderer/break.js',
  'dist/renderer/break.css',
]

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

/**
 * Checks an unpacked app (its resources/app.asar and its executable's fuses). Answers the problems found (empty
 * when all is well) and the figures: the archive's size and what it is made of.
 */
export async function inspectPackage(appOutDir, { executable = 'limber', fuses } = {}) {
  const problems = []
  const archive = join(appOutDir, 'resources', 'app.asar')
  if (!existsSync(archive)) return { problems: [`no app.asar in ${appOutDir}`], asarBytes: 0, parts: {} }
  const asarBytes = statSync(archive).size
  const files = asar.listPackage(archive, { isPack: false }).map((path) =>
    path
      .replace(/^[/\\]/, '')
      .split(sep)
      .join('/'),
  )
  const fileSet = new Set(files)

  for (const file of REQUIRED_FILES) {
    if (!fileSet.has(file)) problems.push(`app.asar lacks ${file}`)
  }
  const manifest = fileSet.has('package.json')
    ? JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'))
    : {}
  if (manifest.main !== 'dist/main/index.js') {
    problems.push(`package.json names ${JSON.stringify(manifest.main)} as main, not dist/main/index.js`)
  }
  const shipped = new Set(files.filter((file) => file.startsWith('node_modules/')).map(packageOf))
  for (const name of shipped) {
    problems.push(`node_modules/${name} ships in app.asar although the bundles carry what they use`)
  }

  problems.push(...shippedTwice(archive, files, join(appOutDir, 'resources')))

  const parts = partsOf(archive, files)
  const extracted = await mkdtemp(join(tmpdir(), 'limber-asar-'))
  try {
    asar.extractAll(archive, extracted)
    problems.push(...unresolvedImports(extracted, 'dist/main/index.js'))
    problems.push(...unresolvedImports(extracted, 'dist/main/preload.cjs'))
    problems.push(...(await loadsUnderNode(extracted)))
  } finally {
    await rm(extracted, { recursive: true, force: true })
  }

  let fuseWire
  if (fuses) {
    const binary = join(appOutDir, executable)
    try {
      fuseWire = await getCurrentFuseWire(binary)
      for (const [index, state] of Object.entries(fuses)) {
        const found = String.fromCharCode(fuseWire[index])
        if (found !== state) {
          problems.push(
            `fuse ${FuseV1Options[index]} is ${describeFuse(found)}, electron-builder.yml asks ${describeFuse(state)}`,
          )
        }
      }
    } catch (error) {
      problems.push(`the fuses of ${binary} could not be read: ${error.message}`)
    }
  }
  return { problems, asarBytes, parts, files: files.length }
}

/** Files that ship both inside app.asar and as a plain resource beside it (same bytes). */
function shippedTwice(archive, files, resources) {
  const digest = (bytes) => createHash('sha256').update(bytes).digest('hex')
  const inArchive = new Map()
  for (const file of files) {
    if ('size' in asar.statFile(archive, file)) inArchive.set(digest(asar.extractFile(archive, file)), file)
  }
  const problems = []
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (path !== archive) {
        const twin = inArchive.get(digest(readFileSync(path)))
        if (twin)
          problems.push(`resources/${relative(resources, path)} ships twice: app.asar holds it as ${twin}`)
      }
    }
  }
  walk(resources)
  return problems
}

function describeFuse(state) {
  return { 0: 'off', 1: 'on', r: 'removed' }[state] ?? `unknown (${JSON.stringify(state)})`
}

function packageOf(file) {
  const parts = file.slice('node_modules/'.length).split('/')
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
}

/** Bytes per part of the archive: the main bundle, the preload, the pages, each shipped package, the rest. */
function partsOf(archive, files) {
  const parts = {}
  for (const file of files) {
    const entry = asar.statFile(archive, file)
    if (!('size' in entry)) continue
    const part = file.startsWith('node_modules/')
      ? `node_modules/${packageOf(file)}`
      : file.startsWith('dist/renderer/')
        ? 'dist/renderer (pages)'
        : file
    parts[part] = (parts[part] ?? 0) + entry.size
  }
  return parts
}

/**
 * Every module a bundle loads by name must be Node's, Electron's, or resolve to a file inside the archive. The
 * bundle is parsed, so only real imports and require() calls count, not module names inside strings (ajv keeps
 * `require("ajv/dist/runtime/…")` in code templates it uses only for standalone output).
 */
function unresolvedImports(extracted, bundle) {
  const file = join(extracted, bundle)
  if (!existsSync(file)) return []
  const resolveFrom = createRequire(file)
  const problems = []
  for (const specifier of loadedModules(
    readFileSync(file, 'utf8'),
    bundle.endsWith('.cjs') ? 'script' : 'module',
  )) {
    if (isBuiltin(specifier) || specifier === 'electron' || specifier.startsWith('electron/')) continue
    try {
      const target = resolveFrom.resolve(specifier)
      if (relative(extracted, target).startsWith('..')) {
        problems.push(`${bundle} imports ${specifier}, found only outside app.asar (${target})`)
      }
    } catch {
      problems.push(`${bundle} imports ${specifier}, which is not in app.asar`)
    }
  }
  return problems
}

/** The module names a program imports, exports from, import()s or require()s with a literal name. */
export function loadedModules(code, sourceType = 'module') {
  const names = new Set()
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return
    const literal = (value) =>
      value?.type === 'Literal' && typeof value.value === 'string' && names.add(value.value)
    if (/^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type) || node.type === 'ImportExpression') {
      literal(node.source)
    }
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      (node.callee.name === 'require' || node.callee.name === '__require')
    ) {
      literal(node.arguments[0])
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object') visit(value)
    }
  }
  visit(parse(code, { ecmaVersion: 'latest', sourceType }))
  return [...names]
}

/**
 * Imports the packaged main bundle under Node with 'electron' replaced by a stub whose single-instance lock is
 * taken, so the app quits at once: every module it loads at start-up must load. Answers problems found.
 */
async function loadsUnderNode(extracted) {
  const main = join(extracted, 'dist/main/index.js')
  if (!existsSync(main)) return []
  const code = readFileSync(main, 'utf8')
  const names = new Set()
  for (const match of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']electron["']/g)) {
    for (const name of match[1].split(',')) {
      const imported = name.trim().split(/\s+as\s+/)[0]
      if (imported) names.add(imported)
    }
  }
  const stub = join(extracted, 'electron-stub.mjs')
  const userData = join(extracted, 'user-data')
  const others = [...names].filter((name) => name !== 'app')
  await writeFile(
    stub,
    [
      `const untouched = (name) => new Proxy(function () {}, { get() { throw new Error(name + ' used while loading') }, apply() { throw new Error(name + ' used while loading') } })`,
      `export const app = { getPath: () => ${JSON.stringify(userData)}, getVersion: () => '0.0.0', requestSingleInstanceLock: () => false, quit: () => process.stdout.write('limber-quit\\n') }`,
      ...others.map((name) => `export const ${name} = untouched(${JSON.stringify(name)})`),
      'export default { app }',
    ].join('\n'),
  )
  const hooks = join(extracted, 'electron-hooks.mjs')
  await writeFile(
    hooks,
    `export async function resolve(specifier, context, next) {\n` +
      `  if (specifier === 'electron') return { url: ${JSON.stringify(pathToFileURL(stub).href)}, shortCircuit: true }\n` +
      `  return next(specifier, context)\n}\n`,
  )
  const register = join(extracted, 'electron-register.mjs')
  await writeFile(
    register,
    `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`,
  )
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, main], {
    cwd: extracted,
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (run.status === 0 && run.stdout.includes('limber-quit')) return []
  return [
    `the packaged main bundle did not load under Node (exit ${run.status}): ${run.stderr.trim().slice(0, 2000)}`,
  ]
}

/** Packages, inspects, prints a report; answers the result. Removes its temporary folders unless `keep`. */
export async function packageCheck({ keep = false, print = console.log } = {}) {
  const started = performance.now()
  const { work, appOutDir, bundleSizes } = await packageApp()
  try {
    const fuses = await configuredFuses()
    const result = await inspectPackage(appOutDir, { fuses })
    const seconds = (performance.now() - started) / 1000
    print(report(result, bundleSizes, fuses, seconds))
    if (keep) print(`kept ${appOutDir}`)
    return { ...result, bundleSizes, seconds }
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true })
  }
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
