// Builds the two windows (settings, break) into dist/renderer: one ESM bundle and one stylesheet per window, and
// HTML pages that carry the strict Content-Security-Policy, and per window and language one small file of its texts
// (locales/<window>.<code>.js) that the window imports when it starts and whenever the language changes. The
// preview variant adds the preview's script (the real app on a browser Platform, renderer/preview) and the
// pseudo-locale's files (<window>.pseudo.js).
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Buffer } from 'node:buffer'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const WINDOWS = ['settings', 'break']
/** The catalog sections each window's language file carries: the shared words and its own, never main's. */
const SECTIONS = { settings: ['common', 'settings'], break: ['common', 'breakWindow'] }

/** Bundles a small TypeScript module for Node and imports it, so the build reads the same constants the app uses. */
async function importTs(path) {
  const result = await esbuild.build({
    entryPoints: [join(root, path)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].text
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}

export async function loadCsp() {
  return (await importTs('renderer/csp.ts')).CONTENT_SECURITY_POLICY
}

/** What renderer/settings/rules.ts reads from a schema node: its limits, and the keys it walks a path by. */
const RULES = ['minimum', 'maximum', 'minLength', 'maxLength', 'maxItems', 'pattern']

/**
 * The schema cut down to what a window reads: each node's limits, and the properties/items/patternProperties
 * leading to one (no descriptions, types, required lists or unions, which no window reads). A node with no limit
 * anywhere below it goes, so its path reads as "no rule" exactly as before. Where a node also has items or
 * patternProperties, all its property names stay: a missing one would walk into those instead.
 */
export function rulesOnly(node) {
  const out = {}
  for (const key of RULES) if (key in node) out[key] = node[key]
  const items = node.items && rulesOnly(node.items)
  const pattern = node.patternProperties && Object.entries(node.patternProperties)[0]
  const patterned = pattern && rulesOnly(pattern[1])
  if (items) out.items = items
  if (patterned) out.patternProperties = { [pattern[0]]: patterned }
  if (node.properties) {
    const keepAll = Boolean(items || patterned)
    const properties = {}
    for (const [key, child] of Object.entries(node.properties)) {
      const rules = rulesOnly(child)
      if (rules || keepAll) properties[key] = rules ?? {}
    }
    if (Object.keys(properties).length > 0) out.properties = properties
  }
  return Object.keys(out).length > 0 ? out : null
}

/**
 * The windows may import main/core/preferences/index.ts only for its schema (ranges and patterns for inline hints).
 * Bundling it whole would pull in TypeBox (about 40 KB gzipped), so the windows get its data only, and of the
 * schema only its limits (rulesOnly); main's prefs:set stays the authority. Importing anything else from it in a
 * window fails the build, loudly.
 */
export async function preferencesAsData() {
  const { PreferencesSchema, DEFAULT_PREFERENCES, PREFERENCES_VERSION } = await importTs(
    'main/core/preferences/index.ts',
  )
  const contents = [
    `export const PreferencesSchema = ${JSON.stringify(rulesOnly(PreferencesSchema))}`,
    `export const DEFAULT_PREFERENCES = ${JSON.stringify(DEFAULT_PREFERENCES)}`,
    `export const PREFERENCES_VERSION = ${JSON.stringify(PREFERENCES_VERSION)}`,
  ].join('\n')
  return {
    name: 'preferences-as-data',
    setup(build) {
      build.onLoad({ filter: /[\\/]main[\\/]core[\\/]preferences[\\/]index\.ts$/ }, () => ({
        contents,
        loader: 'js',
      }))
    },
  }
}

/** The preview's sample breaks (renderer/preview/scenario.ts), for `npm run preview` to list. */
export async function loadBreakScenarios() {
  return (await importTs('renderer/preview/scenario.ts')).BREAK_SCENARIOS
}

/** The language codes Limber speaks (main/core/i18n/languages.ts), read so the build makes a file for each. */
export async function loadLanguageCodes() {
  return (await importTs('main/core/i18n/languages.ts')).LANGUAGE_CODES
}

/**
 * One window's texts in one language: only its sections of locales/<code>.ts (tree-shaken, so the break window
 * never carries the settings' texts). A language whose file has not landed yet speaks English, as locales/index.ts
 * does. The pseudo-locale wraps English's sections in pseudoCatalog.
 */
function languageEntry(name, code) {
  const sections = SECTIONS[name]
  const locales = join(root, 'locales').replaceAll('\\', '/')
  if (code === 'pseudo') {
    const pseudo = join(root, 'main/core/i18n/pseudo.ts').replaceAll('\\', '/')
    return [
      `import { pseudoCatalog } from '${pseudo}'`,
      `import { ${sections.join(', ')} } from '${locales}/en.ts'`,
      ...sections.map((section, i) => `const s${i} = pseudoCatalog(${section})`),
      `export { ${sections.map((section, i) => `s${i} as ${section}`).join(', ')} }`,
    ].join('\n')
  }
  const file = existsSync(join(root, `locales/${code}.ts`)) ? code : 'en'
  return `export { ${sections.join(', ')} } from '${locales}/${file}.ts'`
}

/**
 * In the preview, main's code speaks from renderer/preview/catalogs.ts (the catalogs, with the pseudo-locale as
 * English when the page asks for it) in place of locales/index.ts, which that module itself imports.
 */
const previewCatalogs = {
  name: 'preview-catalogs',
  setup(build) {
    const catalogs = join(root, 'renderer/preview/catalogs.ts')
    build.onResolve({ filter: /[\\/]locales[\\/]index(\.ts)?$/ }, (args) =>
      args.importer === catalogs ? undefined : { path: catalogs },
    )
  },
}

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'chrome130',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  // No source maps: they would be inline or extra requests, and the bundles are small enough to read.
  sourcemap: false,
}

/**
 * Every script and stylesheet a window can load in one language, for honest size figures: its own bundle and
 * stylesheet, its texts in `code`, and any other .js/.css in the build that is not another window's (a lazily
 * loaded chunk would be one: it counts for every window, as either might load it).
 */
export async function windowFiles(outdir, name, code) {
  const files = (await readdir(outdir, { recursive: true })).map((file) => file.replaceAll('\\', '/'))
  const other = (file) =>
    WINDOWS.some((window) => window !== name && (file === `${window}.js` || file === `${window}.css`)) ||
    (/^locales\//.test(file) && file !== `locales/${name}.${code}.js`)
  return files.filter((file) => /\.(js|mjs|css)$/.test(file) && !other(file)).sort()
}

/**
 * Builds both windows into `outdir` (default dist/renderer). With `preview: true` each page also loads
 * preview-bridge.js first, which runs the app in the page and installs the preload's bridge to it.
 */
export async function buildRenderer({
  preview = false,
  outdir = preview ? 'dist/preview' : 'dist/renderer',
} = {}) {
  const out = join(root, outdir)
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  const csp = await loadCsp()

  await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(WINDOWS.map((name) => [name, join(root, `renderer/${name}/main.tsx`)])),
    outdir: out,
    plugins: [await preferencesAsData()],
  })
  const codes = [...(await loadLanguageCodes()), ...(preview ? ['pseudo'] : [])]
  await Promise.all(
    WINDOWS.flatMap((name) =>
      codes.map((code) =>
        esbuild.build({
          ...common,
          stdin: { contents: languageEntry(name, code), resolveDir: root, loader: 'ts' },
          outfile: join(out, `locales/${name}.${code}.js`),
        }),
      ),
    ),
  )
  if (preview) {
    await esbuild.build({
      ...common,
      entryPoints: { 'preview-bridge': join(root, 'renderer/preview/install.ts') },
      outdir: out,
      // node-schedule (main's wake-up timer) needs Node's EventEmitter: the `events` package is its browser port.
      plugins: [previewCatalogs],
    })
  }

  for (const name of WINDOWS) {
    const template = await readFile(join(root, `renderer/${name}/index.html`), 'utf8')
    const previewTag = preview ? '<script type="module" src="preview-bridge.js"></script>\n    ' : ''
    const html = template.replaceAll('%CSP%', csp).replaceAll('%NAME%', name).replace('%PREVIEW%', previewTag)
    await writeFile(join(out, `${name}.html`), html)
  }

  const chime = join(root, 'assets/sounds/chime.wav')
  if (existsSync(chime)) await copyFile(chime, join(out, 'chime.wav'))
  else console.warn('build-renderer: assets/sounds/chime.wav not found; the break window will have no sound')
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildRenderer({ preview: process.argv.includes('--preview') })
  console.log(`built ${out}`)
}
