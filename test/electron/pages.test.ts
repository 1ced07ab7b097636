// Our pages on limber://: served only from dist/renderer, always with the CSP; the built pages carry it too.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { becomeReady, callsTo, recorded, resetDouble } from './electron-double'
import { isOurOrigin, registerPageScheme, respond, servePages } from '../../main/electron/windows/pages'
import { CONTENT_SECURITY_POLICY } from '../../renderer/csp'

vi.mock('electron', () => import('./electron-double'))

let root: string
let outside: string

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'limber-pages-'))
  root = join(base, 'renderer')
  outside = join(base, 'secret.html')
  await mkdir(root)
  await writeFile(join(root, 'settings.html'), '<!doctype html><title>s</title>')
  await writeFile(join(root, 'settings.js'), 'export {}')
  await writeFile(join(root, 'notes.txt'), 'not a page asset')
  await writeFile(outside, 'secret')
})
afterAll(async () => rm(join(root, '..'), { recursive: true, force: true }))
beforeEach(resetDouble)

describe('the limber:// scheme', () => {
  it('is registered as a standard, secure scheme before ready, and served by our handler after it', () => {
    registerPageScheme()
    expect(() => servePages(root)).toThrow(/when app is ready/)
    becomeReady()
    servePages(root)
    expect(callsTo('protocol.registerSchemesAsPrivileged')).toEqual([
      [[{ scheme: 'limber', privileges: { standard: true, secure: true } }]],
    ])
    expect([...recorded.protocolHandlers.keys()]).toEqual(['limber'])
  })

  it('serves a page with the Content-Security-Policy header and its content type', async () => {
    const response = await respond(root, 'limber://app/settings.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain('<title>s</title>')
    const script = await respond(root, 'limber://app/settings.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    'limber://app/../secret.html',
    'limber://app/%2e%2e/secret.html',
    'limber://app/%2e%2e%2fsecret.html',
    'limber://app/..%5csecret.html',
    'limber://app/%E0%A4%A.html',
    'limber://app/missing.html',
    'limber://app/notes.txt',
    'limber://app/',
    'limber://other/settings.html',
  ])('answers 404 for %s', async (url) => {
    const response = await respond(root, url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
  })

  it('cannot be registered once the app is ready, as in Electron', () => {
    becomeReady()
    expect(() => registerPageScheme()).toThrow(/before app is ready/)
  })

  it('tells our origin from any other', () => {
    expect(isOurOrigin('limber://app/settings.html')).toBe(true)
    expect(isOurOrigin('limber://app/anything.html#top')).toBe(true)
    expect(isOurOrigin('limber://other/settings.html')).toBe(false)
    expect(isOurOrigin('https://app/settings.html')).toBe(false)
    expect(isOurOrigin('not a url')).toBe(false)
    expect(isOurOrigin(undefined)).toBe(false)
  })
})

// The renderer's build is scripts/build-renderer.mjs; the pages it writes are checked here.
describe('the built pages', () => {
  let out: string
  beforeAll(async () => {
    const { buildRenderer } = await import('../../scripts/build-renderer.mjs')
    out = await buildRenderer({ outdir: 'dist/test-renderer-csp' })
  }, 120_000)
  afterAll(async () => rm(out, { recursive: true, force: true }))

  it.each(['settings', 'break'])(
    '%s.html carries the strict CSP, and the scheme sends the same header',
    async (name) => {
      const html = await readFile(join(out, `${name}.html`), 'utf8')
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]
      expect(meta).toBe(CONTENT_SECURITY_POLICY)
      expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
      expect(meta).toMatch(/default-src 'none'/)
      expect(meta).toMatch(/script-src 'self'(;|$)/)
      const served = await respond(out, `limber://app/${name}.html`)
      expect(served.headers.get('content-security-policy')).toBe(meta)
      // No inline script or style anywhere on the page.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(html).not.toMatch(/<style|\sstyle=/)
    },
  )
})
