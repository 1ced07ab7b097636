// `npm start`: makes sure Electron's binary is there (the electron package downloads it on first use), builds dist/,
// and runs Limber in Electron. When the binary is missing and cannot be downloaded, it says what happened and
// what to do (a mirror, a copy already on disk, `npm run preview` meanwhile) instead of ending in a stack trace.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const electronPackage = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
const electronVersion = JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')).version
const GITHUB_RELEASES = 'https://github.com/electron/electron/releases/download/'

/** The executable's path inside an Electron folder, as the electron package names it. */
function executableIn(platform = process.platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/**
 * Where Electron is, or why it is not: { path, folder } (its executable, and the folder that holds it, as
 * electron-builder's electronDist wants it) or { problem, details }. Downloads it when it is missing.
 */
export function findElectron(env = process.env) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const path = join(override, executableIn())
    if (existsSync(path)) return { path, folder: override }
    return {
      problem: `ELECTRON_OVERRIDE_DIST_PATH is ${override}, but there is no ${executableIn()} in that folder.`,
    }
  }
  const installed = join(electronPackage, 'dist', executableIn())
  const folder = join(electronPackage, 'dist')
  if (existsSync(installed)) return { path: installed, folder }

  console.error(`Downloading Electron ${electronVersion} (once; about 100 MB)…`)
  const download = spawnSync(process.execPath, [join(electronPackage, 'install.js')], {
    env,
    encoding: 'utf8',
  })
  if (download.status === 0 && existsSync(installed)) return { path: installed, folder }
  const said = `${download.stderr ?? ''}\n${download.stdout ?? ''}`
  const reason = said.split('\n').find((line) => /^\w*Error\b|^Error:|failed/i.test(line.trim()))
  const from = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || GITHUB_RELEASES
  return {
    problem: `Electron ${electronVersion} is not installed, and downloading it from ${from} failed${
      reason ? `: ${reason.trim()}` : '.'
    }`,
    details: said.trim(),
  }
}

/**
 * What a newcomer needs to read when Electron cannot be had, for `command` (`npm start`; `npm run dist` says the
 * installers could not be made).
 */
export function explain(problem, command = 'npm start') {
  const version = electronVersion
  const what = command === 'npm start' ? 'Limber could not start.' : 'Limber’s installers could not be made.'
  return [
    '',
    `${what} ${problem}`,
    '',
    `To ${command === 'npm start' ? 'run it' : 'make them'}, give Electron one of these ways:`,
    `  • Download it through a mirror you can reach, for example:`,
    `      ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ ${command}`,
    `  • Use an Electron ${version} you already have: point ELECTRON_OVERRIDE_DIST_PATH at the folder that holds`,
    `    its ${executableIn()} (an unpacked electron-v${version}-${process.platform}-${process.arch}.zip):`,
    `      ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-v${version} ${command}`,
    `  • Or put that zip in Electron's download cache (see electron_config_cache in @electron/get) and try again.`,
    '',
    'Meanwhile, `npm run preview` shows the settings and break windows in your browser, and `npm test` runs',
    'everything that does not need Electron itself.',
    '',
  ].join('\n')
}

async function main() {
  const electron = findElectron()
  if (!electron.path) {
    if (electron.details && process.env.LIMBER_DEBUG) console.error(electron.details)
    console.error(explain(electron.problem))
    process.exitCode = 1
    return
  }
  const { buildMain } = await import('./build-main.mjs')
  const { buildRenderer } = await import('./build-renderer.mjs')
  await Promise.all([buildMain(), buildRenderer()])
  // A leftover ELECTRON_RUN_AS_NODE would start Electron as plain Node and not as Limber.
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0)
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
