// The built windows: every page carries the strict Content-Security-Policy, nothing inline and nothing evaluated,
// and the settings window stays within its size budget (TypeBox never reaches a window bundle).
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../renderer/csp'
import { WINDOWS, buildRenderer, loadLanguageCodes } from '../../scripts/build-renderer.mjs'

let out: string

beforeAll(async () => {
  out = await buildRenderer({ outdir: 'dist/test-build' })
})

const read = (name: string) => readFile(join(out, name), 'utf8')

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

  it('keeps the settings window within 30 KB gzipped in every language, without TypeBox', async () => {
    const js = await read('settings.js')
    const css = await read('settings.css')
    for (const code of await loadLanguageCodes()) {
      const texts = await read(`locales/settings.${code}.js`)
      const size = gzipSync(js).length + gzipSync(css).length + gzipSync(texts).length
      expect(size, code).toBeLessThanOrEqual(30 * 1024)
    }
    expect(js).not.toContain('additionalProperties must')
    expect(js).not.toMatch(/Value\.Errors|TypeCompiler/)
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
