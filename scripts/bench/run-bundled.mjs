// Runs a TypeScript bench under scripts/bench: bundles it with esbuild into a temporary folder (dependencies
// included) and imports it, so the bench runs the app's own code unchanged under plain Node.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export async function runBundled(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-'))
  try {
    const outfile = join(dir, basename(entry).replace(/\.ts$/, '.mjs'))
    await esbuild.build({
      entryPoints: [join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      absWorkingDir: root,
      // node-schedule and its helpers are CommonJS; give the ESM bundle a `require` for their built-ins.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    })
    await import(pathToFileURL(outfile).href)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
