// Busy-probe benchmark (run by `npm run bench`): the cost of one busyReasons() call on this machine. Bundles
// scripts/bench/busy-probes.ts with esbuild into a temporary folder (koffi, unused on Linux, left out) and runs it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export async function benchBusy() {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-'))
  try {
    const outfile = join(dir, 'busy-probes.mjs')
    await esbuild.build({
      entryPoints: [join(root, 'scripts/bench/busy-probes.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      absWorkingDir: root,
      external: ['koffi'],
      // The x11 client is CommonJS; give the ESM bundle a `require` for its built-ins.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    })
    await import(pathToFileURL(outfile).href)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchBusy()
