// Writes the source of the windows' texts files from the catalogs (locales/<code>.ts), taking only the texts a file
// carries: the break window's file has `common` and `breakWindow`; the settings window's first load has `common`
// and the `settings` texts no lazily loaded part takes, and each part's file the texts it names
// (renderer/settings/section-table.ts). The chosen texts' source is copied as written, with the catalog's helpers
// (plural rules, small word functions) that esbuild then keeps only where used; the catalogs stay as they are.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'acorn'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const slash = (path) => path.replaceAll('\\', '/')

/** What a file takes of one catalog section: every text, or those a pick says ('all' | 'some' | 'none' by path). */
export const ALL = () => 'all'

/**
 * Picks the texts at `paths` ('progress', 'bedtime.bed'): all of a listed path, the way down to one, nothing else.
 * With `except`, the other way round: everything but them.
 */
export function pick(paths, { except = false } = {}) {
  const at = (path) => paths.some((listed) => path === listed || path.startsWith(`${listed}.`))
  const below = (path) => paths.some((listed) => listed.startsWith(`${path}.`))
  return (path) => {
    if (at(path)) return except ? 'none' : 'all'
    if (below(path)) return 'some'
    return except ? 'all' : 'none'
  }
}

const cache = new Map()

/** A catalog read for copying: its code (types stripped), its helpers' source and its sections' object literals. */
export async function readCatalog(code) {
  const file = existsSync(join(root, `locales/${code}.ts`)) ? code : 'en' // a language not landed yet speaks English
  if (!cache.has(file)) {
    const source = await readFile(join(root, `locales/${file}.ts`), 'utf8')
    const { code: js } = await esbuild.transform(source, { loader: 'ts', format: 'esm' })
    const program = parse(js, { ecmaVersion: 'latest', sourceType: 'module' })
    // esbuild writes `export const x = …` as `const x = …` and one `export { … }` at the end.
    const exported = new Set(
      program.body.flatMap((statement) =>
        statement.type === 'ExportNamedDeclaration' ? statement.specifiers.map((s) => s.local.name) : [],
      ),
    )
    const helpers = []
    const sections = new Map()
    for (const statement of program.body) {
      if (statement.type === 'ExportNamedDeclaration') continue
      const declarations = statement.type === 'VariableDeclaration' ? statement.declarations : []
      const section = declarations.find(({ id }) => exported.has(id.name))
      if (section) sections.set(section.id.name, section.init)
      else helpers.push(js.slice(statement.start, statement.end))
    }
    cache.set(file, { js, helpers: helpers.join('\n'), sections })
  }
  return cache.get(file)
}

const keyName = (property) =>
  property.type === 'Property' && !property.computed
    ? (property.key.name ?? String(property.key.value))
    : null

/** The source of an object literal's properties that `choose` takes, at `path` below the section. */
function chosen(js, node, path, choose, where) {
  const out = []
  for (const property of node.properties) {
    const name = keyName(property)
    if (name === null) throw new Error(`${where}: a spread or computed key in ${path || 'the section'}`)
    const at = path ? `${path}.${name}` : name
    const taken = choose(at)
    if (taken === 'all') out.push(js.slice(property.start, property.end))
    else if (taken === 'some') {
      if (property.value.type !== 'ObjectExpression')
        throw new Error(`${where}: ${at} has no texts inside it`)
      out.push(
        `${js.slice(property.key.start, property.key.end)}: {${chosen(js, property.value, at, choose, where)}}`,
      )
    }
  }
  return out.join(',\n')
}

/** Every path below a section's object literal, to check that what a table names is there. */
export function pathsOf(node, path = '') {
  return node.properties.flatMap((property) => {
    const at = path ? `${path}.${keyName(property)}` : keyName(property)
    return [at, ...(property.value.type === 'ObjectExpression' ? pathsOf(property.value, at) : [])]
  })
}

/**
 * The source of one texts file in language `code`: `sections` maps a catalog section ('common', 'settings') to
 * what the file takes of it (ALL, or a pick). The pseudo-locale is English's, each section in pseudoCatalog.
 */
export async function textsSource(code, sections) {
  const pseudo = code === 'pseudo'
  const catalog = await readCatalog(pseudo ? 'en' : code)
  const lines = [catalog.helpers]
  if (pseudo) {
    const wrap = slash(join(root, 'main/core/i18n/pseudo.ts'))
    lines.push(`import { pseudoCatalog } from '${wrap}'`)
  }
  for (const [name, choose] of Object.entries(sections)) {
    const node = catalog.sections.get(name)
    if (node?.type !== 'ObjectExpression') throw new Error(`locales/${code}.ts: no section ${name}`)
    const body = `{${chosen(catalog.js, node, '', choose, `locales/${code}.ts`)}}`
    lines.push(`export const ${name} = ${pseudo ? `pseudoCatalog(${body})` : body}`)
  }
  return lines.join('\n')
}

/** esbuild's options to write that source as a file (`stdin` resolves the catalogs' own imports). */
export function textsEntry(source) {
  return { contents: source, resolveDir: join(root, 'locales'), loader: 'js' }
}
