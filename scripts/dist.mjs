// `npm run dist`: the installers (electron-builder.yml). Electron itself is found (or downloaded) first, as
// `npm start` does, and handed to electron-builder, so a machine that cannot download it hears what happened and
// what to do instead of ending in the downloader's stack trace.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { explain, findElectron } from './start.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** electron-builder's flags for a CPU architecture. */
const ARCH_FLAGS = ['--x64', '--ia32', '--armv7l', '--arm64', '--universal']
/** electron-builder's flags for each system's installers. */
const PLATFORM_FLAGS = {
  linux: ['--linux', '-l'],
  win32: ['--win', '-w', '--windows'],
  darwin: ['--mac', '-m', '--macos'],
}

async function main() {
  const electron = findElectron()
  if (!electron.path) {
    if (electron.details && process.env.LIMBER_DEBUG) console.error(electron.details)
    console.error(explain(electron.problem, 'npm run dist'))
    process.exitCode = 1
    return
  }
  const { buildMain } = await import('./build-main.mjs')
  const { buildRenderer } = await import('./build-renderer.mjs')
  await Promise.all([buildMain(), buildRenderer()])
  const builder = join(
    dirname(createRequire(import.meta.url).resolve('electron-builder/package.json')),
    'cli.js',
  )
  const asked = process.argv.slice(2)
  // The Electron found here is this system's and CPU's: installers for another fetch theirs themselves.
  const elsewhere =
    Object.entries(PLATFORM_FLAGS).some(
      ([platform, flags]) => platform !== process.platform && asked.some((arg) => flags.includes(arg)),
    ) || asked.some((arg) => ARCH_FLAGS.includes(arg) && arg !== `--${process.arch}`)
  const args = [builder, ...(elsewhere ? [] : [`--config.electronDist=${electron.folder}`]), ...asked]
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' })
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0)
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
