// The built windows: every page carries the strict Content-Security-Policy, nothing inline and nothing evaluated,
// every script comes from the page's own folder; the break window, the settings window's first load and each part
// it loads later stay within their budgets (scripts/window-loads.mjs), in every language, and each brings the texts it reads (TypeBox
// never reaches a window bundle).
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import * as esbuild from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { PreferencesSchema } from '../../main/core/preferences/index'
import * as rules from '../../renderer/settings/rules'
import { SECTIONS, SHARED_TEXTS, WELCOME } from '../../renderer/settings/section-table'
import { CONTENT_SECURITY_POLICY } from '../../renderer/csp'
import {
  WINDOWS,
  buildRenderer,
  loadLanguageCodes,
  preferencesAsData,
} from '../../scripts/build-renderer.mjs'
import { readSectionTable } from '../../scripts/section-table.mjs'
import { BUDGETS, gzipped, scriptsAndStyles, windowLoads } from '../../scripts/window-loads.mjs'

let out: string

beforeAll(async () => {
  out = await buildRenderer({ outdir: 'dist/test-build' })
})

const read = (name: string) => readFile(join(out, name), 'utf8')
/** Every script the build wrote, relative to its folder. */
const builtScripts = async () =>
  (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.js'))

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

  it('has no inline scripts or styles in its pages, and no eval in any script', async () => {
    for (const name of WINDOWS) {
      const html = await read(`${name}.html`)
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i)
    }
    const scripts = await builtScripts()
    expect(scripts.length).toBeGreaterThan(WINDOWS.length)
    for (const file of scripts) expect(await read(file), file).not.toMatch(/\beval\(|new Function\(/)
  })

  it("loads each window's scripts from its own folder, which the policy's script-src 'self' allows", async () => {
    const html = await read('settings.html')
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((found) => found[1])
    expect(preloads.length).toBeGreaterThan(0)
    for (const href of preloads) expect(href).toMatch(/^chunks\/[\w-]+\.js$/)
    for (const code of await loadLanguageCodes()) {
      // windowLoads follows every static import as the browser does, and refuses one from anywhere else.
      const { first, parts } = await windowLoads(out, 'settings', code)
      for (const href of preloads) expect(first).toContain(href)
      expect(parts.length).toBeGreaterThan(0)
    }
  })

  // A part's chunk imports others: listed in the page, they are asked for together (renderer/settings/part-scripts.ts)
  // instead of one round trip after another, and none of them is one the first load has already fetched.
  it("lists each lazily loaded part's scripts in the settings page, beyond the first load's", async () => {
    const html = await read('settings.html')
    const content = /<meta name="limber-part-scripts" content="([^"]+)"/.exec(html)?.[1] ?? ''
    const listed = new Map(
      content.split('|').map((entry) => [entry.split(' ')[0], entry.split(' ').slice(1)]),
    )
    expect([...listed.keys()]).toEqual([...SECTIONS, WELCOME].map((part) => part.id))
    const { first, parts } = await windowLoads(out, 'settings', 'en')
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((found) => found[1])
    const shell = ['settings.js', ...preloaded]
    const today = first.filter((file) => /^(sections|chunks)\/.*\.js$/.test(file) && !shell.includes(file))
    expect([...(listed.get('today') ?? [])].sort()).toEqual(today.sort())
    for (const part of parts) {
      const scripts = part.files.filter((file) => file.endsWith('.js') && !file.startsWith('locales/'))
      const extra = (listed.get(part.id) ?? []).filter((file) => !scripts.includes(file))
      // A part may list a script Today's part brings too: the first start (the welcome) has not loaded it.
      for (const file of extra) expect(first, `${part.id}: ${file}`).toContain(file)
      for (const file of scripts) expect(listed.get(part.id), part.id).toContain(file)
    }
  })

  // Issue 19: the settings window loads what its first screen needs (the shell, the side menu and Today, or the
  // welcome on a first start) in at most 25 KB gzipped, HTML, CSS, scripts and texts together; every other part
  // comes later with a budget of its own, and what the parts share (the fields' code and words) with one too.
  it("keeps the settings window's first load within 25 KB gzipped in every language, on a first start too", async () => {
    expect(BUDGETS.firstLoad).toBe(25 * 1024)
    for (const code of await loadLanguageCodes()) {
      const { first, firstStart } = await windowLoads(out, 'settings', code)
      for (const file of ['settings.html', 'settings.css', 'settings.js', `locales/settings.${code}.js`]) {
        expect(first, code).toContain(file)
        expect(firstStart, code).toContain(file)
      }
      expect(first, code).toContain('sections/today.js')
      expect(firstStart, code).toContain('sections/welcome.js')
      expect(firstStart, code).not.toContain('sections/today.js')
      expect(await gzipped(out, first), code).toBeLessThanOrEqual(BUDGETS.firstLoad)
      expect(await gzipped(out, firstStart), code).toBeLessThanOrEqual(BUDGETS.firstLoad)
    }
  })

  it('keeps each lazily loaded part, and what they share, within their budgets in every language', async () => {
    const ids = [...SECTIONS.slice(1), WELCOME].map((part) => part.id)
    for (const code of await loadLanguageCodes()) {
      const { parts, shared } = await windowLoads(out, 'settings', code)
      expect(parts.map((part) => part.id)).toEqual(ids)
      for (const part of parts) {
        expect(part.own, part.id).toEqual(
          expect.arrayContaining([`sections/${part.id}.js`, `sections/${part.id}.css`]),
        )
        expect(await gzipped(out, part.own), `${part.id} ${code}`).toBeLessThanOrEqual(BUDGETS.part)
      }
      expect(await gzipped(out, shared), code).toBeLessThanOrEqual(BUDGETS.shared)
    }
  })

  it('keeps TypeBox out of every script', async () => {
    for (const file of await builtScripts()) {
      const js = await read(file)
      expect(js, file).not.toContain('additionalProperties must')
      expect(js, file).not.toMatch(/Value\.Errors|TypeCompiler/)
    }
  })

  it('keeps the break window within 20 KB gzipped JS + CSS + one language, figures included, cues on or off', async () => {
    expect(BUDGETS.breakWindow).toBe(20 * 1024)
    for (const code of await loadLanguageCodes()) {
      const { first, parts } = await windowLoads(out, 'break', code)
      const opens = scriptsAndStyles(first)
      expect(opens, code).toEqual(
        expect.arrayContaining(['break.js', 'break.css', `locales/break.${code}.js`]),
      )
      expect(opens, code).not.toContain('break.html')
      expect(await gzipped(out, opens), code).toBeLessThanOrEqual(BUDGETS.breakWindow)
      // The routine's tones and voice (off by default) come later, only when one is on: a stretch break with its
      // figure and its cues stays within the window's budget too. The check-in's texts (its form, the warning
      // signs) come only for a check-in, which shows no figure: a lazily loaded part, within a part's budget, as
      // the settings window's are.
      expect(parts.map((part) => part.id)).toEqual(['cues', 'check-in'])
      const [cues, checkIn] = parts
      const withCues = scriptsAndStyles([...first, ...(cues?.files ?? [])])
      expect(await gzipped(out, withCues), `${code} cues`).toBeLessThanOrEqual(BUDGETS.breakWindow)
      expect(await gzipped(out, checkIn?.files ?? []), `${code} check-in`).toBeLessThanOrEqual(BUDGETS.part)
    }
    // A stretch or posture break never fetches the warning signs: they come with the check-in's own texts.
    expect(await read('locales/break.en.js')).not.toContain('Get emergency help now')
    expect(await read('locales/break.check-in.en.js')).toContain('Get emergency help now')
    // The window most people see carries no voice or tone code: it is loaded when a cue is on.
    for (const file of (await windowLoads(out, 'break', 'en')).first.filter((file) => file.endsWith('.js'))) {
      expect(await read(file), file).not.toContain('speechSynthesis')
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

  it("moves each part's texts out of the first load's file into the part's own, in every language", async () => {
    const shell = await read('locales/settings.en.js')
    for (const [file, text] of [
      ['progress', 'Export my data'],
      ['welcome', 'Send a test reminder'],
      ['forms', 'Enter a time.'],
      ['today', 'Coming up'],
      ['today', 'Get emergency help now'],
      // What Today reads of another section's texts comes with Today.
      ['today', 'Use heat and cold safely'],
    ] as const) {
      expect(await read(`locales/settings.${file}.en.js`), file).toContain(text)
      expect(shell, text).not.toContain(text)
    }
    // The side menu's names stay in the shell's.
    expect(shell).toContain('Posture breaks')
    const withTexts = [...SECTIONS, WELCOME].filter((part) =>
      part.texts.some((name) => !(name in SHARED_TEXTS)),
    )
    for (const code of await loadLanguageCodes()) {
      const files = await readdir(join(out, 'locales'))
      for (const { id } of withTexts) expect(files, code).toContain(`settings.${id}.${code}.js`)
      for (const group of Object.keys(SHARED_TEXTS))
        expect(files, code).toContain(`settings.${group}.${code}.js`)
    }
  })

  it('reads the section table as the window does: the same parts in the same order, with the same texts', async () => {
    const { parts, shared } = await readSectionTable()
    expect(parts.map(({ id, texts, groups }) => ({ id, texts: [...texts, ...groups].sort() }))).toEqual(
      [...SECTIONS, WELCOME].map(({ id, texts }) => ({ id, texts: [...texts].sort() })),
    )
    expect(shared).toEqual(SHARED_TEXTS)
  })

  // A part drawn before its texts came would throw at its first read: every text its scripts read (`t().key…`,
  // `words().key…`) that the shell's texts file does not carry must come with the part.
  it('gives each part the texts its scripts read', async () => {
    const { parts, shared } = await readSectionTable()
    const { first, firstStart, parts: later } = await windowLoads(out, 'settings', 'en')
    /** [key, text inside it] of every path the parts take, `common.` dropped (its keys and settings' differ). */
    const split = (path: string) => path.replace(/^common\./, '').split('.')
    const taken = new Set(
      [...parts.flatMap((part) => part.texts), ...Object.values(shared).flat()].map((path) => split(path)[0]),
    )
    for (const part of parts) {
      const files =
        part.id === 'today' ? first : part.welcome ? firstStart : later.find((p) => p.id === part.id)?.files
      const brings = [...part.texts, ...part.groups.flatMap((group) => shared[group] ?? [])].map(split)
      const scripts = (files ?? []).filter((name) => name.endsWith('.js') && !name.startsWith('locales/'))
      expect(scripts.length, part.id).toBeGreaterThan(0)
      for (const file of scripts) {
        for (const [, key, inner] of (await read(file)).matchAll(/\(\)\.(\w+)(?:\.(\w+))?/g)) {
          if (!key || !taken.has(key)) continue
          const has = brings.some(([a, b]) => a === key && (b === undefined || b === inner))
          expect(has, `${part.id}: ${file} reads ${key}${inner ? `.${inner}` : ''}`).toBe(true)
        }
      }
    }
  })
})
