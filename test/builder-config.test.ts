// The installer configuration, loaded and validated by electron-builder's own loader and schema, so a typo or a
// misplaced option fails here instead of on a release machine. Also checks that every file it ships exists.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import { trayIconFile, type IconPlatform, type TrayIconState } from '../main/core/icon-paths'

const root = path.resolve(import.meta.dirname, '..')
let config: Configuration

beforeAll(async () => {
  config = await getConfig(root, 'electron-builder.yml', null)
})

interface ResourceEntry {
  from: string
  to: string
}

function extraResources(): ResourceEntry[] {
  const entries = Array.isArray(config.extraResources) ? config.extraResources : [config.extraResources]
  return entries.map((entry) => {
    if (typeof entry !== 'object' || entry === null || !entry.from || !entry.to) {
      throw new Error(`extraResources entry must have from and to: ${JSON.stringify(entry)}`)
    }
    return { from: entry.from, to: entry.to }
  })
}

/** Maps a path inside the packaged resources folder back to the source file electron-builder will copy there. */
function sourceOfResource(resourcePath: string): string {
  const entry = extraResources().find((e) => resourcePath.startsWith(`${e.to}/`))
  if (!entry) throw new Error(`no extraResources entry ships ${resourcePath}`)
  return path.join(root, entry.from, resourcePath.slice(entry.to.length + 1))
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('would be rejected by that validation if an option were misplaced', async () => {
    // LSUIElement belongs under mac.extendInfo; at the top level the schema must refuse it.
    const broken = { ...config, LSUIElement: true } as Configuration
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/LSUIElement/)
  })

  it('names the app and writes installers to release/', () => {
    expect(config.appId).toBe('app.limber.desktop')
    expect(config.productName).toBe('Limber')
    expect(config.directories?.output).toBe('release')
  })

  it('packages only the built app, package.json and koffi without its sources', () => {
    expect(config.files).toEqual([
      {
        filter: [
          'dist/main/**/*',
          'dist/renderer/**/*',
          'package.json',
          '!node_modules/koffi/{src,vendor,doc,build}/**',
        ],
      },
    ])
  })

  it('flips the fuses that would let another program run code as Limber, and keeps the hardening ones on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
    // The integrity check and asar-only loading need the app packed into app.asar (electron-builder's default).
    expect(config.asar ?? true).toBe(true)
  })

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS (and the zip its updates download)', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toBe('nsis')
    expect(config.mac?.target).toEqual(['dmg', 'zip'])
  })

  it('publishes to GitHub Releases, where installed copies look for updates', () => {
    expect(config.publish).toMatchObject({ provider: 'github', releaseType: 'release' })
  })

  it('keeps Limber out of the macOS Dock, as a tray-only app', () => {
    expect(config.mac?.extendInfo).toEqual({ LSUIElement: true })
    expect(config.mac?.category).toBe('public.app-category.healthcare-fitness')
  })

  it('gives the Linux packages a desktop entry, a category, and the homepage and maintainer email deb needs', () => {
    expect(config.linux?.category).toBe('Utility')
    // deb needs a homepage; electron-builder takes it from package.json.
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { homepage?: string }).homepage).toMatch(
      /^https:\/\//,
    )
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/)
    const entry = config.linux?.desktop?.entry as Record<string, string> | undefined
    expect(entry?.Name).toBe('Limber')
    expect(entry?.Comment).toBeTruthy()
    expect(entry?.Categories).toBe('Utility;')
  })

  it('points at app icons that exist', () => {
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(icon).toBeTruthy()
      expect(existsSync(path.join(root, icon as string))).toBe(true)
    }
  })

  it('ships the tray icons as resources, from a folder that exists, and the chime only with the pages', () => {
    const entries = extraResources()
    expect(entries).toEqual([{ from: 'assets/tray', to: 'tray' }])
    for (const e of entries) expect(existsSync(path.join(root, e.from))).toBe(true)
  })

  it('ships every tray icon the app will ask for, on every platform', () => {
    const states: TrayIconState[] = ['active', 'paused', 'due']
    const platforms: IconPlatform[] = ['darwin', 'win32', 'linux']
    for (const platform of platforms) {
      for (const state of states) {
        const file = trayIconFile(state, platform)
        expect(existsSync(sourceOfResource(file)), file).toBe(true)
        if (platform === 'darwin')
          expect(existsSync(sourceOfResource(file.replace('.png', '@2x.png')))).toBe(true)
      }
    }
  })
})
