// Builds the main process (main/electron/main.ts → dist/main/index.js, ESM) and the windows' preload
// (main/electron/windows/preload.ts → dist/main/preload.cjs: a sandboxed preload is loaded as CommonJS and may require
// nothing but 'electron', so everything it uses is bundled in).
//
// The main bundle carries its npm packages inside it (everything but those in MAIN_EXTERNALS and Node's
// built-ins), so the packaged app.asar holds no other node_modules: only the code that runs ships, once (typebox, luxon and ajv
// are megabytes on disk and a few hundred kilobytes once bundled). That is why they are devDependencies: they
// are inputs of this build, not files electron-builder copies. Their licences go beside the bundle in
// THIRD-PARTY-NOTICES.txt. Minified, with source maps beside the files (main.ts turns them on, so stack traces in
// the log name our files and lines). Split at dynamic imports (main.ts loads start.ts so that a failure to load is
// shown). The X11 probe is a worker thread of its own (x11-worker.js, the x11 client inside), started only on X11.
import { readdirSync, readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * What the main bundle leaves to the runtime besides Node's built-ins: Electron, and koffi (the busy probes' FFI on
 * Windows and macOS), whose prebuilt native binary cannot be bundled; it ships in app.asar's node_modules as the
 * one runtime dependency, its `.node` file unpacked beside the asar by electron-builder.
 */
export const MAIN_EXTERNALS = ['electron', 'koffi']
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt'
/** The X11 probe's worker thread, beside index.js, where main/electron/busy/linux-fullscreen.ts starts it from. */
export const X11_WORKER_FILE = 'x11-worker.js'

/**
 * Builds into `outdir` (default dist/main). `sizes`, when given, is filled with the bytes each bundled package
 * (and 'limber' for our own code) adds to the main process's files, and `files` with each file's bytes.
 */
export async function buildMain({ outdir = 'dist/main', sizes, files } = {}) {
  const out = resolve(root, outdir)
  const common = { bundle: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: root }
  await rm(out, { recursive: true, force: true })
  const [main, , x11Worker] = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { index: join(root, 'main/electron/main.ts') },
      outdir: out,
      // Chunks beside index.js: code in a chunk names files by `new URL('./x11-worker.js', import.meta.url)`.
      chunkNames: '[name]-[hash]',
      splitting: true,
      minify: true,
      sourcemap: 'linked',
      // A stack trace needs the mappings only, not the sources themselves.
      sourcesContent: false,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      external: MAIN_EXTERNALS,
      metafile: true,
      // Bundled CommonJS packages (node-schedule, electron-log) require Node's built-ins; an ESM file has no
      // `require` of its own, so it gets one made for it.
      banner: {
        js: "import { createRequire as limberCreateRequire } from 'node:module'; const require = limberCreateRequire(import.meta.url);",
      },
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'main/electron/windows/preload.ts')],
      outfile: join(out, 'preload.cjs'),
      platform: 'node',
      format: 'cjs',
      // Electron 45 runs Chromium 140 (preload) on Node 22.
      target: ['chrome140', 'node22'],
      external: ['electron'],
    }),
    buildX11Worker(out),
  ])
  await writeFile(join(out, NOTICES_FILE), notices(bundledPackages(main.metafile, x11Worker.metafile)))
  if (sizes) Object.assign(sizes, bundleSizes(main.metafile))
  if (files) {
    for (const [file, { bytes }] of Object.entries(main.metafile.outputs))
      files[relative(out, join(root, file))] = bytes
  }
  return out
}

/**
 * The X11 probe's worker (main/electron/busy/x11-worker.ts → `out`/x11-worker.js), its own ESM bundle with the x11
 * client inside: the probe runs in a thread it can end (see linux-fullscreen.ts). Also built by the tests.
 */
export function buildX11Worker(out) {
  return esbuild.build({
    bundle: true,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
    entryPoints: [join(root, 'main/electron/busy/x11-worker.ts')],
    outfile: join(out, X11_WORKER_FILE),
    platform: 'node',
    format: 'esm',
    target: 'node22',
    metafile: true,
    // Started afresh for every look: minified, it loads in less time (its errors reach the log as messages).
    minify: true,
    banner: {
      js: "import { createRequire as limberCreateRequire } from 'node:module'; const require = limberCreateRequire(import.meta.url);",
    },
  })
}

/** The package folders (node_modules/…/name) whose files esbuild put into the bundles. */
function bundledPackages(...metafiles) {
  const folders = new Set()
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match) folders.add(match[1])
  }
  return [...folders].sort()
}

function bundleSizes(metafile) {
  const sizes = {}
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input)?.[1] ?? 'limber'
      sizes[name] = (sizes[name] ?? 0) + bytesInOutput
    }
  }
  return sizes
}

function notices(folders) {
  const sections = folders.map((folder) => {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'))
    const licenceFile = readdirSync(join(root, folder)).find((name) => /^(licen[cs]e|copying)/i.test(name))
    const text = licenceFile
      ? readFileSync(join(root, folder, licenceFile), 'utf8').trim()
      : `Licence: ${manifest.license ?? 'see the package'}`
    return `${manifest.name} ${manifest.version} (${manifest.license ?? 'unknown licence'})\n\n${text}`
  })
  const rule = `\n\n${'-'.repeat(78)}\n\n`
  return `Limber's main process bundles these packages:${rule}${sections.join(rule)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`built ${await buildMain()}`)
}
