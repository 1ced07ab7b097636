// Builds the main process (main/electron/main.ts → dist/main/index.js, ESM) and the windows' preload
// (main/electron/windows/preload.ts → dist/main/preload.cjs: a sandboxed preload is loaded as CommonJS and may require
// nothing but 'electron', so everything it uses is bundled in).
//
// The main bundle carries its npm packages inside it (everything but those in MAIN_EXTERNALS and Node's
// built-ins), so the packaged app.asar holds no other node_modules: only the code that runs ships, once (typebox, luxon and ajv
// are megabytes on disk and a few hundred kilobytes once bundled). That is why they are devDependencies: they
// are inputs of this build, not files electron-builder copies. Their licences go beside the bundle in
// THIRD-PARTY-NOTICES.txt. Minified, with source maps beside the files (main.ts turns them on, so stack traces in
// the log name our files and lines). Split at dynamic imports: what only one system needs (the x11 client, for
// X11 sessions) is a chunk of its own, loaded only there.
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

/**
 * Builds into `outdir` (default dist/main). `sizes`, when given, is filled with the bytes each bundled package
 * (and 'limber' for our own code) adds to the main process's files, and `files` with each file's bytes.
 */
export async function buildMain({ outdir = 'dist/main', sizes, files } = {}) {
  const out = resolve(root, outdir)
  const common = { bundle: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: root }
  await rm(out, { recursive: true, force: true })
  const [main] = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { index: join(root, 'main/electron/main.ts') },
      outdir: out,
      chunkNames: 'chunks/[name]-[hash]',
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
  ])
  await writeFile(join(out, NOTICES_FILE), notices(bundledPackages(main.metafile)))
  if (sizes) Object.assign(sizes, bundleSizes(main.metafile))
  if (files) {
    for (const [file, { bytes }] of Object.entries(main.metafile.outputs))
      files[relative(out, join(root, file))] = bytes
  }
  return out
}

/** The package folders (node_modules/…/name) whose files esbuild put into the bundle. */
function bundledPackages(metafile) {
  const folders = new Set()
  for (const input of Object.keys(metafile.inputs)) {
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
