// Builds the main process (main/electron/main.ts → dist/main/index.js, ESM) and the windows' preload
// (main/electron/preload.ts → dist/main/preload.cjs: a sandboxed preload is loaded as CommonJS and may require
// nothing but 'electron', so everything it uses is bundled in).
//
// The main bundle keeps every npm package external: `dependencies` ship in app.asar anyway, so bundling them
// would only duplicate them, and node-schedule (CommonJS) and conf/ajv (dynamic requires) do not survive being
// inlined into an ESM bundle without shims. Only our own TypeScript is bundled.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export async function buildMain({ outdir = 'dist/main' } = {}) {
  const out = join(root, outdir)
  const common = { bundle: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: root }
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'main/electron/main.ts')],
      outfile: join(out, 'index.js'),
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'main/electron/preload.ts')],
      outfile: join(out, 'preload.cjs'),
      platform: 'node',
      format: 'cjs',
      // Electron 45 runs Chromium 140 (preload) on Node 22.
      target: ['chrome140', 'node22'],
      external: ['electron'],
    }),
  ])
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`built ${await buildMain()}`)
}
