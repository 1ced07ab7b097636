// Runs one TypeScript bench (scripts/bench/*.ts) under plain Node: bundles it with esbuild into a temporary folder
// (dependencies included, except `external` ones) and imports it, then removes the folder.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * `entry`: the bench's path from the repository root, e.g. 'scripts/bench/app-wakeups.ts'. `alongside(dir)` builds
 * what the bench's code loads from beside itself (a worker thread's script) into the bundle's folder.
 */
export async function runBundled(entry, { external = [], alongside } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-'))
  try {
    await alongside?.(dir)
    const outfile = join(dir, `${basename(entry, '.ts')}.mjs`)
    await esbuild.build({
      entryPoints: [join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      absWorkingDir: root,
      external,
      // Bundled CommonJS packages (node-schedule, x11) need a `require` for Node's built-ins in an ESM bundle.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    })
    await import(pathToFileURL(outfile).href)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
