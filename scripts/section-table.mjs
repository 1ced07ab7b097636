// Reads renderer/settings/section-table.ts for the build: the settings window's parts (each one's id, the catalog
// texts it carries, the shared groups of texts it reads, its module). Read from the source, never run (the parts'
// modules are the window's code): a table that is not written as its comment says fails the build, naming the entry.
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'acorn'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SECTION_TABLE = 'renderer/settings/section-table.ts'

/** A section's element id from its key in the side menu, as the table's idOf does: 'soreBack' → 'sore-back'. */
const idOf = (nav) => nav.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

function fail(what, node, code) {
  const at = node ? `: ${code.slice(node.start, node.end).slice(0, 120)}` : ''
  throw new Error(`${SECTION_TABLE}: ${what}${at}`)
}

const stringOf = (node) => (node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null)

/** A list of strings, written out or named (a `const` of the file, as TODAY). */
function stringsOf(node, what, code, declared) {
  const list = node?.type === 'Identifier' ? declared.get(node.name) : node
  if (list?.type !== 'ArrayExpression')
    fail(`${what} must be a list of texts ('progress', 'bedtime.bed')`, node, code)
  return list.elements.map(
    (element) => stringOf(element) ?? fail(`${what}: a text is a string`, element, code),
  )
}

/** The module a part's `load` imports: the one `import('./module')` inside it. */
function moduleOf(load, what, code) {
  const found = []
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return
    if (node.type === 'ImportExpression' && stringOf(node.source)) found.push(stringOf(node.source))
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk)
      else if (value && typeof value === 'object') walk(value)
    }
  }
  walk(load)
  if (found.length !== 1) fail(`${what}: its load must be () => import('./module')`, load, code)
  return join(root, 'renderer/settings', found[0])
}

/** An object literal's property by name. */
const fieldOf = (object, name) => object.properties.find((property) => property.key?.name === name)?.value

/**
 * The window's parts, `{ id, texts, groups, module }` for each section of SECTIONS (in order, Today first) and the
 * welcome (`welcome: true`): `texts` are its own catalog paths, `groups` the SHARED_TEXTS groups it names; and
 * `shared`, each group's paths.
 */
export async function readSectionTable() {
  const source = await readFile(join(root, SECTION_TABLE), 'utf8')
  const { code } = await esbuild.transform(source, { loader: 'ts', format: 'esm' })
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' })
  const declared = new Map()
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue
    for (const { id, init } of statement.declarations) declared.set(id.name, init)
  }
  const groups = declared.get('SHARED_TEXTS')
  if (groups?.type !== 'ObjectExpression') fail('SHARED_TEXTS must be { group: [texts] }')
  const shared = Object.fromEntries(
    groups.properties.map((group) => [
      group.key.name,
      stringsOf(group.value, `SHARED_TEXTS.${group.key.name}`, code, declared),
    ]),
  )
  const split = (names) => ({
    texts: names.filter((name) => !(name in shared)),
    groups: names.filter((name) => name in shared),
  })
  const sections = declared.get('SECTIONS')
  if (sections?.type !== 'ArrayExpression') fail('SECTIONS must be a list of section(…) lines')
  const parts = sections.elements.map((entry, i) => {
    const what = `SECTIONS, entry ${i + 1}`
    if (entry?.type !== 'CallExpression' || entry.callee.name !== 'section' || entry.arguments.length !== 3) {
      fail(`${what} must be section('<nav key>', [<texts>], () => import('./module'))`, entry, code)
    }
    const [nav, texts, load] = entry.arguments
    const key = stringOf(nav) ?? fail(`${what}: its nav key is a string`, nav, code)
    return {
      id: idOf(key),
      ...split(stringsOf(texts, what, code, declared)),
      module: moduleOf(load, what, code),
    }
  })
  const welcome = declared.get('WELCOME')
  if (welcome?.type !== 'ObjectExpression') fail('WELCOME must be { id, texts, load }')
  parts.push({
    id: stringOf(fieldOf(welcome, 'id')) ?? fail('WELCOME: its id is a string', welcome, code),
    ...split(stringsOf(fieldOf(welcome, 'texts'), 'WELCOME', code, declared)),
    module: moduleOf(fieldOf(welcome, 'load'), 'WELCOME', code),
    welcome: true,
  })
  const names = [...parts.map((part) => part.id), ...Object.keys(shared)]
  const twice = names.find((name, i) => names.indexOf(name) !== i)
  if (twice) fail(`"${twice}" names two parts (or a part and a group of SHARED_TEXTS): each has a texts file`)
  return { parts, shared }
}
