// App benchmark (run by `npm run bench`): timer wake-ups of the running app on a virtual clock. Bundles
// scripts/bench/app-wakeups.ts with esbuild into a temporary folder (dependencies included) and runs it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export async function benchApp() {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-'))
  try {
    const outfile = join(dir, 'app-wakeups.mjs')
    await esbuild.build({
      entryPoints: [join(root, 'scripts/bench/app-wakeups.ts')],
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

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchApp()
