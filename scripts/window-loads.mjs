// What each built window loads, and when, read from the built files as the browser reads them: its first load (the
// page, its stylesheet, its script and every chunk that script imports, its texts in the language in use, and the
// part its first screen shows) and each lazily loaded part: for the settings window its sections (each chunk with
// whatever that imports beyond the first load, and its texts), for the break window its routine's cues and its
// check-in's texts. The build
// test holds them to the budgets below; `npm run bench` prints them against the same budgets.
import { readdir, readFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { parse } from 'acorn'
import { readSectionTable } from './section-table.mjs'

export const BUDGETS = {
  /** A window's first load, gzipped, in every language (issue 19: room for the next screens, which load lazily). */
  firstLoad: 25 * 1024,
  /** What one lazily loaded part alone brings (its own files), gzipped, in every language. */
  part: 6 * 1024,
  /** What the lazily loaded parts share (the form fields' code and words above all), gzipped, in every language. */
  shared: 8 * 1024,
  /**
   * The break window, gzipped, in every language, as issue 21 words it: JS + CSS + one language (its page aside),
   * its stretch figures included; as it opens, and with the routine's cues when one is on. (A check-in's own
   * texts, loaded only for a check-in, which shows no figure, are a part with a part's budget.)
   */
  breakWindow: 20 * 1024,
}

/** A window's scripts and stylesheets, its texts among them: what the break window's budget counts (not its page). */
export const scriptsAndStyles = (files) => files.filter((file) => /\.(js|css)$/.test(file))

/** Every chunk a built script loads by `import()` with a written path (a part it loads later), relative to `out`. */
async function dynamicImports(out, file) {
  const code = await readFile(join(out, file), 'utf8')
  const found = []
  const visit = (node) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'ImportExpression' && typeof node.source.value === 'string') {
      found.push(posix.join(posix.dirname(file), node.source.value))
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(visit)
      else if (child && typeof child.type === 'string') visit(child)
    }
  }
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }))
  return found
}

/** Every module a built script imports statically (the ones the browser fetches before running it), transitively. */
async function staticImports(out, file, found = new Set()) {
  const code = await readFile(join(out, file), 'utf8')
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' })
  for (const node of program.body) {
    const from = /^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type)
      ? node.source?.value
      : undefined
    if (typeof from !== 'string') continue
    if (!from.startsWith('./') && !from.startsWith('../')) {
      throw new Error(`${file} imports ${from}: a window loads only its own files`)
    }
    const path = posix.join(posix.dirname(file), from)
    if (found.has(path)) continue
    found.add(path)
    await staticImports(out, path, found)
  }
  return found
}

/**
 * A settings part's files beyond `had`: its chunk and what that imports, its stylesheet, its texts file and its
 * shared groups' (as renderer/settings/section-loader.ts loads them).
 */
async function partFiles(out, part, code, had) {
  const chunk = `sections/${part.id}.js`
  const texts = [...(part.texts.length > 0 ? [part.id] : []), ...part.groups]
  const files = [
    chunk,
    ...(await staticImports(out, chunk)),
    `sections/${part.id}.css`,
    ...texts.map((name) => `locales/settings.${name}.${code}.js`),
  ]
  return files.filter((file) => !had.includes(file))
}

/**
 * What window `name` loads in language `code`, as files relative to `out`. `first`: its first load (the page, its
 * stylesheet, its script with what that imports, its texts, and for the settings window the part of its first
 * screen, Today). The settings window also has `firstStart`, the first load when the welcome is what it shows, and
 * `parts`, each other part (the welcome as About opens it again) with `files`, all it loads beyond the first load,
 * and `own`, those of them no other part loads; `shared` is every file beyond the first load that two or more
 * parts load (fetched once, by whichever comes first).
 */
export async function windowLoads(out, name, code) {
  const script = `${name}.js`
  const shell = [
    `${name}.html`,
    `${name}.css`,
    script,
    ...(await staticImports(out, script)),
    `locales/${name}.${code}.js`,
  ]
  if (name !== 'settings') {
    // The break window's parts (chunks/break-<module>-<hash>.js, scripts/build-renderer.mjs): its routine's cues.
    const parts = []
    for (const chunk of await dynamicImports(out, script)) {
      const files = [chunk, ...(await staticImports(out, chunk))].filter((file) => !shell.includes(file))
      const id = /-([a-z-]+)-[A-Z0-9]+\.js$/.exec(chunk)?.[1] ?? chunk
      parts.push({ id, files, own: files })
    }
    // Texts only one kind of break reads, in a file of their own (locales/<window>.<part>.<code>.js): the check-in's.
    for (const file of (await readdir(join(out, 'locales'))).sort()) {
      const id = file.startsWith(`${name}.`) && file.endsWith(`.${code}.js`)
      const part = id ? file.slice(name.length + 1, -(code.length + 4)) : ''
      if (part && !part.includes('.'))
        parts.push({ id: part, files: [`locales/${file}`], own: [`locales/${file}`] })
    }
    return { first: shell, firstStart: shell, parts, shared: [] }
  }
  const { parts: table } = await readSectionTable()
  const [today, ...others] = table
  const first = [...shell, ...(await partFiles(out, today, code, shell))]
  const welcome = table.find((part) => part.welcome)
  const firstStart = [...shell, ...(await partFiles(out, welcome, code, shell))]
  const parts = []
  for (const part of others) parts.push({ id: part.id, files: await partFiles(out, part, code, first) })
  const users = (file) => parts.filter((part) => part.files.includes(file)).length
  const shared = [...new Set(parts.flatMap((part) => part.files))].filter((file) => users(file) > 1).sort()
  for (const part of parts) part.own = part.files.filter((file) => !shared.includes(file))
  return { first, firstStart, parts, shared }
}

/**
 * Every script and stylesheet window `name` can load in language `code` (its page aside), sorted: its first load
 * and, for the settings window, the welcome and every section it loads later.
 */
export async function windowFiles(out, name, code) {
  const { first, firstStart, parts } = await windowLoads(out, name, code)
  const every = new Set([...first, ...firstStart, ...parts.flatMap((part) => part.files)])
  return scriptsAndStyles([...every]).sort()
}

/** The files' size gzipped, each on its own (as each is fetched on its own). */
export async function gzipped(out, files) {
  let size = 0
  for (const file of files) size += gzipSync(await readFile(join(out, file))).length
  return size
}
