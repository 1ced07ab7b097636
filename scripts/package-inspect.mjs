// The inspection half of `npm run package:check`: given the folder electron-builder's `dir` target wrote, checks
// its resources/app.asar (required files, every import resolving inside it, a load under Node with Electron
// stubbed, nothing shipped twice) and the fuse wire of its executable, and measures what the archive holds.
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire, isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import asar from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { parse } from 'acorn'
import { NOTICES_FILE, X11_WORKER_FILE } from './build-main.mjs'

/** Files the app loads by path: missing any of them, the packaged app cannot start or show a window. */
export const REQUIRED_FILES = [
  'package.json',
  'dist/main/index.js',
  'dist/main/preload.cjs',
  `dist/main/${X11_WORKER_FILE}`,
  `dist/main/${NOTICES_FILE}`,
  'dist/renderer/settings.html',
  'dist/renderer/settings.js',
  'dist/renderer/settings.css',
  'dist/renderer/break.html',
  'dist/renderer/break.js',
  'dist/renderer/break.css',
  'dist/renderer/dimmed.html',
  'dist/renderer/dimmed.js',
  'dist/renderer/dimmed.css',
]

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
  const shipped = new Set(
    files
      .filter((file) => file.startsWith('node_modules/') && 'size' in asar.statFile(archive, file))
      .map(packageOf),
  )
  const runtime = runtimePackages(archive, manifest, shipped)
  for (const name of shipped) {
    if (!runtime.has(name)) {
      problems.push(
        `node_modules/${name} ships in app.asar although it is no runtime dependency: the bundles carry what they use`,
      )
    }
  }

  problems.push(...shippedTwice(archive, files, join(appOutDir, 'resources')))

  const parts = partsOf(archive, files)
  const extracted = await mkdtemp(join(tmpdir(), 'limber-asar-'))
  try {
    asar.extractAll(archive, extracted)
    // The main process's files: its entry, the chunks it loads (at start, or only where a system needs them), the
    // X11 probe's worker, the preload; and the files they start by URL (the worker) must be beside them.
    for (const file of mainFiles(extracted)) {
      problems.push(...unresolvedImports(extracted, file))
      problems.push(...unfoundFiles(extracted, file))
    }
    problems.push(...(await loadsUnderNode(extracted)))
    problems.push(...(await x11WorkerAnswers(extracted)))
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

/**
 * The packages allowed in node_modules: package.json's runtime `dependencies` (only what the main bundle cannot
 * carry, such as koffi's native binary) and, among what ships, the packages they depend on (koffi's binary package
 * for this system).
 */
function runtimePackages(archive, manifest, shipped) {
  const allowed = new Set()
  const visit = (name) => {
    if (allowed.has(name) || !shipped.has(name)) return
    allowed.add(name)
    let own = {}
    try {
      own = JSON.parse(asar.extractFile(archive, `node_modules/${name}/package.json`).toString('utf8'))
    } catch {
      return
    }
    for (const next of Object.keys({ ...own.dependencies, ...own.optionalDependencies })) visit(next)
  }
  for (const name of Object.keys(manifest.dependencies ?? {})) visit(name)
  return allowed
}

/**
 * Files that ship both inside app.asar and as a plain resource beside it (same bytes). Files electron-builder
 * unpacked (native binaries, which cannot load from inside an archive) live only beside it: the archive lists them
 * without holding them.
 */
function shippedTwice(archive, files, resources) {
  const digest = (bytes) => createHash('sha256').update(bytes).digest('hex')
  const inArchive = new Map()
  for (const file of files) {
    const entry = asar.statFile(archive, file)
    if ('size' in entry && !entry.unpacked) inArchive.set(digest(asar.extractFile(archive, file)), file)
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

export function describeFuse(state) {
  return { 0: 'off', 1: 'on', r: 'removed' }[state] ?? `unknown (${JSON.stringify(state)})`
}

function packageOf(file) {
  const parts = file.slice('node_modules/'.length).split('/')
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
}

/**
 * Bytes per part of the archive: the main bundle, the preload, the pages, each shipped package, the rest. Native
 * files electron-builder unpacked are named apart: they are listed in the archive but sit beside it.
 */
function partsOf(archive, files) {
  const parts = {}
  for (const file of files) {
    const entry = asar.statFile(archive, file)
    if (!('size' in entry)) continue
    const part = file.startsWith('node_modules/')
      ? `node_modules/${packageOf(file)}${entry.unpacked ? ' (unpacked beside app.asar)' : ''}`
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

/**
 * Files a bundle names relative to itself, `new URL('./x11-worker.js', import.meta.url)` (a worker thread's
 * script), must be in the archive beside it: Electron starts worker threads from inside app.asar.
 */
function unfoundFiles(extracted, bundle) {
  const file = join(extracted, bundle)
  if (!existsSync(file)) return []
  return filesNamedByUrl(readFileSync(file, 'utf8'))
    .filter((name) => !existsSync(fileURLToPath(new URL(name, pathToFileURL(file)))))
    .map((name) => `${bundle} starts ${name}, which is not beside it in app.asar`)
}

/** The literal paths a module turns into file URLs relative to itself: `new URL('<path>', import.meta.url)`. */
export function filesNamedByUrl(code) {
  const names = new Set()
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return
    const [path, base] = node.type === 'NewExpression' && node.callee.name === 'URL' ? node.arguments : []
    if (
      path?.type === 'Literal' &&
      typeof path.value === 'string' &&
      base?.type === 'MemberExpression' &&
      base.object.type === 'MetaProperty' &&
      base.property.name === 'url'
    ) {
      names.add(path.value)
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object') visit(value)
    }
  }
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }))
  return [...names]
}

/**
 * Starts the packaged X11 probe worker, taken out of the archive, as the probe does, with a display that is most
 * likely served by nobody (TCP port 65535): it must load (the x11 client bundled inside it) and answer.
 */
async function x11WorkerAnswers(extracted) {
  const file = join(extracted, 'dist/main', X11_WORKER_FILE)
  if (!existsSync(file)) return []
  const starter = join(extracted, 'x11-worker-start.mjs')
  await writeFile(
    starter,
    "import { Worker } from 'node:worker_threads'\n" +
      `const worker = new Worker(new URL(${JSON.stringify(pathToFileURL(file).href)}), ` +
      "{ workerData: { limberX11Display: 'tcp/127.0.0.1:59535' } })\n" +
      "worker.once('message', (answer) => { console.log(JSON.stringify(answer)); process.exit(0) })\n" +
      "worker.once('error', (error) => { console.log(error.stack); process.exit(1) })\n",
  )
  const run = spawnSync(process.execPath, [starter], { cwd: extracted, encoding: 'utf8', timeout: 60_000 })
  if (run.status === 0 && run.stdout.includes('"ok":')) return []
  return [
    `the packaged X11 probe worker did not start and answer under Node (exit ${run.status}): ` +
      `${`${run.stdout}\n${run.stderr}`.trim().slice(0, 2000)}`,
  ]
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

/** The main process's scripts in the extracted archive (dist/main/…, chunks included), relative to it. */
function mainFiles(extracted) {
  const folder = join(extracted, 'dist/main')
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true })
    .map((file) => `dist/main/${String(file).replaceAll(sep, '/')}`)
    .filter((file) => /\.(c|m)?js$/.test(file))
    .sort()
}

/**
 * Imports the packaged main bundle under Node with 'electron' replaced by a stub whose single-instance lock is
 * taken, so the app quits at once: every module it loads at start-up must load. Answers problems found.
 */
async function loadsUnderNode(extracted) {
  const main = join(extracted, 'dist/main/index.js')
  if (!existsSync(main)) return []
  // What the main process's files import from Electron (the chunks loaded at start import it, not the entry).
  const code = mainFiles(extracted)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(extracted, file), 'utf8'))
    .join('\n')
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
