// Builds the two windows (settings, break) into dist/renderer: one ESM bundle and one stylesheet per window, and
// HTML pages that carry the strict Content-Security-Policy, and per window and language one small file of its texts
// (locales/<window>.<code>.js) that the window imports when it starts and whenever the language changes. The
// preview variant adds an in-memory bridge script and the pseudo-locale's files (<window>.pseudo.js).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
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

/**
 * The windows may import main/core/preferences.ts only for its schema (ranges and patterns for inline hints).
 * Bundling it whole would pull in TypeBox (about 40 KB gzipped), so the windows get its data only; main's
 * prefs:set stays the authority. Importing anything else from it in a window fails the build, loudly.
 */
async function preferencesAsData() {
  const { PreferencesSchema, DEFAULT_PREFERENCES, PREFERENCES_VERSION } =
    await importTs('main/core/preferences.ts')
  const contents = [
    `export const PreferencesSchema = ${JSON.stringify(PreferencesSchema)}`,
    `export const DEFAULT_PREFERENCES = ${JSON.stringify(DEFAULT_PREFERENCES)}`,
    `export const PREFERENCES_VERSION = ${JSON.stringify(PREFERENCES_VERSION)}`,
  ].join('\n')
  return {
    name: 'preferences-as-data',
    setup(build) {
      build.onLoad({ filter: /[\\/]main[\\/]core[\\/]preferences\.ts$/ }, () => ({ contents, loader: 'js' }))
    },
  }
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
 * Builds both windows into `outdir` (default dist/renderer). With `preview: true` each page also loads
 * preview-bridge.js first, which installs the in-memory bridge in place of Electron's preload.
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
