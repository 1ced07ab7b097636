// Builds the windows (settings, break, and the dimmed screen a full-screen break puts on the other displays) into
// dist/renderer: HTML pages that carry the strict Content-Security-Policy, one stylesheet per window, and per window
// and language one small file of its texts (locales/<window>.<code>.js) that the window imports when it starts and
// whenever the language changes. The dimmed screen is one ESM bundle; so is the break window, but for its cues
// (chunks/break-cues-*.js), loaded only when a tone or the voice is on. The settings window is split: settings.js and
// the chunks it imports (chunks/) are its first load (the shell, the side menu, Today), preloaded by its page; each lazily loaded part of
// renderer/settings/section-table.ts is a chunk of its own (sections/<id>.js) with its texts per language
// (locales/settings.<id>.<code>.js), moved out of the first load's. The preview variant adds the preview's script
// (the real app on a browser Platform, renderer/preview) and the pseudo-locale's files (*.pseudo.js).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Buffer } from 'node:buffer'
import * as esbuild from 'esbuild'
import { readSectionTable } from './section-table.mjs'
import { ALL, pick, pathsOf, readCatalog, textsEntry, textsSource } from './texts-split.mjs'
// Where it was before the settings window loaded in parts: every file a window can load.
export { windowFiles } from './window-loads.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const slash = (path) => path.replaceAll('\\', '/')
export const WINDOWS = ['settings', 'break', 'dimmed']

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

/** For the settings window's scripts: its CSS is bundled apart (stylesheets), so an import of CSS brings no code. */
const cssApart = {
  name: 'css-apart',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) => ({ path: args.path, namespace: 'css-apart' }))
    build.onLoad({ filter: /.*/, namespace: 'css-apart' }, () => ({ contents: '', loader: 'js' }))
  },
}

/** For the settings window's stylesheets: a lazily loaded part's CSS is its own, not its importer's. */
const staticOnly = {
  name: 'static-imports-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    )
  },
}

/**
 * The settings window's stylesheets: settings.css, what the shell imports, and for each part sections/<id>.css,
 * what its modules import (an empty one when it has none: the window links every part's). esbuild would put the
 * CSS of every module an entry can reach, dynamically imported ones included, into its stylesheet: here each
 * stylesheet follows static imports only. A part's may not repeat the shell's (its rules would come again, later,
 * and win where they should not).
 */
async function settingsStylesheets(out, entryPoints) {
  const result = await esbuild.build({
    ...common,
    entryPoints,
    outdir: out,
    write: false,
    metafile: true,
    plugins: [await preferencesAsData(), staticOnly],
  })
  const sheets = new Map(
    result.outputFiles.filter((file) => file.path.endsWith('.css')).map((file) => [file.path, file]),
  )
  const inputsOf = (name) =>
    Object.keys(result.metafile.outputs[slash(relative(root, join(out, `${name}.css`)))]?.inputs ?? {})
  const shell = new Set(inputsOf('settings'))
  for (const name of Object.keys(entryPoints)) {
    const file = join(out, `${name}.css`)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, sheets.get(file)?.contents ?? '')
    const repeated = name === 'settings' ? undefined : inputsOf(name).find((input) => shell.has(input))
    if (repeated) {
      throw new Error(
        `build-renderer: ${name} imports ${repeated}, which the window's first load has already: ` +
          'import it in one place only',
      )
    }
  }
}

/**
 * The settings window: its shell (settings.js and the chunks it imports) and each part of the table as an entry of
 * its own, so that the part's `import()` loads sections/<id>.js; its stylesheets beside them. Answers the shell's
 * chunks, for the page to preload, and each part's (sections/<id>.js and the chunks it imports beyond the shell's),
 * which the window preloads all at once when it loads the part rather than finding them one import at a time.
 */
async function buildSettings(out, parts) {
  const entryPoints = {
    settings: join(root, 'renderer/settings/main.tsx'),
    ...Object.fromEntries(parts.map((part) => [`sections/${part.id}`, part.module])),
  }
  const [result] = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      outdir: out,
      metafile: true,
      plugins: [await preferencesAsData(), cssApart],
    }),
    settingsStylesheets(out, entryPoints),
  ])
  const imports = new Map(
    Object.entries(result.metafile.outputs).map(([file, output]) => [
      slash(relative(out, join(root, file))),
      output.imports
        .filter(({ kind }) => kind === 'import-statement')
        .map(({ path }) => slash(relative(out, join(root, path)))),
    ]),
  )
  const follow = (file, found = new Set()) => {
    for (const path of imports.get(file) ?? []) {
      if (found.has(path)) continue
      found.add(path)
      follow(path, found)
    }
    return found
  }
  const shell = follow('settings.js')
  const partChunks = parts.map((part) => {
    const entry = `sections/${part.id}.js`
    return [part.id, [entry, ...[...follow(entry)].filter((file) => !shell.has(file)).sort()]]
  })
  return { preloads: [...shell].sort(), partChunks }
}

/** The settings page's list of each part's scripts (renderer/settings/part-scripts.ts reads it): `id file file|…`. */
const partScriptsTag = (partChunks) =>
  `<meta name="limber-part-scripts" content="${partChunks.map(([id, files]) => [id, ...files].join(' ')).join('|')}" />\n    `

/**
 * Each window's texts in each language (scripts/texts-split.mjs): the break window's shared words and its own but
 * what NOT_IN_BREAK_WINDOW (locales/catalog.ts) names and what only its check-in reads (BREAK_CHECK_IN_TEXTS, a
 * file of its own); the dimmed screen's shared words and its few lines
 * (breakWindow.dimmed); the settings window's shell without what its parts and shared groups take, each part's own
 * texts and each group's.
 * Every text the table names must be in the catalog.
 */
async function buildTexts(out, codes, { parts, shared }) {
  const en = (await readCatalog('en')).sections
  const known = new Set([
    ...pathsOf(en.get('settings')),
    ...pathsOf(en.get('common')).map((path) => `common.${path}`),
  ])
  const files = [
    ...parts.filter((part) => part.texts.length > 0).map((part) => [part.id, part.texts]),
    ...Object.entries(shared),
  ]
  const taken = files.flatMap(([, paths]) => paths)
  const unknown = taken.find((path) => !known.has(path))
  if (unknown) {
    throw new Error(`build-renderer: section-table.ts names the text ${unknown}, which locales/en.ts has not`)
  }
  // A table's paths are under `settings`, or under `common` when they say so.
  const inCommon = (paths) => paths.filter((path) => path.startsWith('common.')).map((path) => path.slice(7))
  const inSettings = (paths) => paths.filter((path) => !path.startsWith('common.'))
  const only = (paths) => ({
    ...(inCommon(paths).length > 0 ? { common: pick(inCommon(paths)) } : {}),
    ...(inSettings(paths).length > 0 ? { settings: pick(inSettings(paths)) } : {}),
  })
  const shell = {
    common: pick(inCommon(taken), { except: true }),
    settings: pick(inSettings(taken), { except: true }),
  }
  const { NOT_IN_BREAK_WINDOW: notInBreak, BREAK_CHECK_IN_TEXTS: checkIn } =
    await importTs('locales/catalog.ts')
  const all = codes.flatMap((code) => [
    [
      `break.${code}`,
      code,
      {
        common: pick([...notInBreak.common, ...checkIn.common], { except: true }),
        breakWindow: pick([...notInBreak.breakWindow, ...checkIn.breakWindow], { except: true }),
      },
    ],
    [
      `break.check-in.${code}`,
      code,
      { common: pick(checkIn.common), breakWindow: pick(checkIn.breakWindow) },
    ],
    [`dimmed.${code}`, code, { common: ALL, breakWindow: pick(['dimmed']) }],
    [`settings.${code}`, code, shell],
    ...files.map(([name, paths]) => [`settings.${name}.${code}`, code, only(paths)]),
  ])
  await Promise.all(
    all.map(async ([name, code, sections]) =>
      esbuild.build({
        ...common,
        stdin: textsEntry(await textsSource(code, sections)),
        outfile: join(out, `locales/${name}.js`),
      }),
    ),
  )
}

/**
 * Builds the windows into `outdir` (default dist/renderer). With `preview: true` each page also loads
 * preview-bridge.js first, which runs the app in the page and installs the preload's bridge to it.
 */
export async function buildRenderer({
  preview = false,
  outdir = preview ? 'dist/preview' : 'dist/renderer',
} = {}) {
  const out = join(root, outdir)
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  const [csp, table, languages] = await Promise.all([loadCsp(), readSectionTable(), loadLanguageCodes()])
  const codes = [...languages, ...(preview ? ['pseudo'] : [])]

  const [settings] = await Promise.all([
    buildSettings(out, table.parts),
    esbuild.build({
      ...common,
      entryPoints: { break: join(root, 'renderer/break/main.tsx') },
      // The routine's tones and voice (renderer/break/cues.ts) are a chunk of their own, loaded when one is on.
      splitting: true,
      chunkNames: 'chunks/break-[name]-[hash]',
      outdir: out,
      plugins: [await preferencesAsData()],
    }),
    // A build of its own: split with the break window, the two would share a chunk the break window then loads.
    esbuild.build({
      ...common,
      entryPoints: { dimmed: join(root, 'renderer/dimmed/main.tsx') },
      outdir: out,
      plugins: [await preferencesAsData()],
    }),
    buildTexts(out, codes, table),
  ])
  if (preview) {
    await esbuild.build({
      ...common,
      entryPoints: { 'preview-bridge': join(root, 'renderer/preview/install.ts') },
      outdir: out,
      // node-schedule (main's wake-up timer) needs Node's EventEmitter: the `events` package is its browser port.
      plugins: [previewCatalogs],
    })
  }

  const preloads = { settings: settings.preloads, break: [], dimmed: [] }
  const extraTags = { settings: partScriptsTag(settings.partChunks), break: '', dimmed: '' }
  for (const name of WINDOWS) {
    const template = await readFile(join(root, `renderer/${name}/index.html`), 'utf8')
    const previewTag = preview ? '<script type="module" src="preview-bridge.js"></script>\n    ' : ''
    // The first load's chunks are fetched with the page's script, not after it has run.
    const preloadTags = preloads[name]
      .map((file) => `<link rel="modulepreload" href="${file}" />\n    `)
      .join('')
    const html = template
      .replaceAll('%CSP%', csp)
      .replaceAll('%NAME%', name)
      .replace('%PREVIEW%', previewTag + preloadTags + extraTags[name])
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
