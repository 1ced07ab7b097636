// The built windows: every page carries the strict Content-Security-Policy, nothing inline and nothing evaluated,
// and the settings and break windows stay within their size budgets (TypeBox never reaches a window bundle).
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { PreferencesSchema } from '../../main/core/preferences/index'
import * as rules from '../../renderer/settings/rules'
import { CONTENT_SECURITY_POLICY } from '../../renderer/csp'
import {
  WINDOWS,
  buildRenderer,
  loadLanguageCodes,
  preferencesAsData,
  windowFiles,
} from '../../scripts/build-renderer.mjs'

let out: string

beforeAll(async () => {
  out = await buildRenderer({ outdir: 'dist/test-build' })
})

const read = (name: string) => readFile(join(out, name), 'utf8')

/** Every dotted path through a JSON Schema, as renderer/settings/rules.ts walks it (items as 0, records as 1). */
function schemaPaths(node: Record<string, unknown>, prefix = ''): string[] {
  const paths: string[] = []
  const children: [string, Record<string, unknown>][] = [
    ...Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>),
    ...(node.items
      ? [['0', node.items as Record<string, unknown>] as [string, Record<string, unknown>]]
      : []),
    ...Object.values((node.patternProperties ?? {}) as Record<string, Record<string, unknown>>).map(
      (child) => ['1', child] as [string, Record<string, unknown>],
    ),
  ]
  for (const [key, child] of children) {
    const path = prefix ? `${prefix}.${key}` : key
    paths.push(path, ...schemaPaths(child, path))
  }
  return paths
}

describe('the built windows', () => {
  it('uses a policy with no inline code, no eval and nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/)
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'")
  })

  it('puts the Content-Security-Policy meta tag in every built page', async () => {
    const pages = (await readdir(out)).filter((name) => name.endsWith('.html'))
    expect(pages.sort()).toEqual(WINDOWS.map((name) => `${name}.html`).sort())
    for (const page of pages) {
      const html = await read(page)
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
      expect(meta?.[1], page).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('has no inline scripts or styles in its pages, and no eval in its bundles', async () => {
    for (const name of WINDOWS) {
      const html = await read(`${name}.html`)
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i)
      const js = await read(`${name}.js`)
      expect(js).not.toMatch(/\beval\(|new Function\(/)
    }
  })

  // The budget that is met, not the goal: the goal is 25 KB (issue 19), which `npm run bench` prints with how far
  // each language is over it. 34 KB since the warning signs graded by urgency, the skin-safety lines and heat and
  // ice's how-to came into the window (issue 18: about 3 KB gzipped; the window was at 29.4–30.5 KB before them).
  it('keeps the settings window within 34 KB gzipped in every language, without TypeBox', async () => {
    for (const code of await loadLanguageCodes()) {
      // Whatever the window can load counts: a lazily loaded chunk would be in this list.
      const files = await windowFiles(out, 'settings', code)
      expect(files, code).toContain(`locales/settings.${code}.js`)
      expect(files, code).toContain('settings.js')
      let size = 0
      for (const file of files) size += gzipSync(await readFile(join(out, file))).length
      expect(size, code).toBeLessThanOrEqual(34 * 1024)
    }
    const js = await read('settings.js')
    expect(js).not.toContain('additionalProperties must')
    expect(js).not.toMatch(/Value\.Errors|TypeCompiler/)
  })

  it('keeps the break window within 20 KB gzipped in every language, its stretch figures included', async () => {
    for (const code of await loadLanguageCodes()) {
      const files = await windowFiles(out, 'break', code)
      expect(files, code).toContain(`locales/break.${code}.js`)
      let size = 0
      for (const file of files) size += gzipSync(await readFile(join(out, file))).length
      expect(size, code).toBeLessThanOrEqual(20 * 1024)
    }
    // The figures' geometry is worked out in main: the window plays a film, it carries no poses or skeleton.
    const js = await read('break.js')
    expect(js).toContain('routine-picture')
    expect(js).not.toMatch(/childs-pose|lowerBack/)
  })

  it('ships the preferences schema as its limits only, read exactly as the full schema reads', async () => {
    const built = await esbuild.build({
      entryPoints: [join(import.meta.dirname, '../../renderer/settings/rules.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      plugins: [await preferencesAsData()],
    })
    const code = built.outputFiles[0]!.text
    expect(code).not.toContain('description')
    const shipped = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as typeof rules
    const paths = schemaPaths(PreferencesSchema as unknown as Record<string, unknown>)
    expect(paths.length).toBeGreaterThan(50)
    const read = (from: typeof rules, path: string) => {
      const rule = from.ruleFor(path)
      return [rule?.minimum, rule?.maximum, rule?.minLength, rule?.maxLength, rule?.maxItems, rule?.pattern]
    }
    for (const path of [...paths, 'activities.custom.3.title', 'bedtime.overrides.5.wakeTime', 'nowhere']) {
      expect(read(shipped, path), path).toEqual(read(rules, path))
    }
  })

  it("gives each window its own texts in each language, and no window main's", async () => {
    for (const code of await loadLanguageCodes()) {
      const settings = await read(`locales/settings.${code}.js`)
      const pause = await read(`locales/break.${code}.js`)
      expect(settings).toMatch(/export\s*\{[^}]*\bsettings\b/)
      expect(pause).toMatch(/export\s*\{[^}]*\bbreakWindow\b/)
      // The break window never carries the settings' texts, nor the settings the break window's.
      expect(pause).not.toContain('Posture breaks')
      expect(settings).not.toContain('Routine complete')
    }
  })
})
