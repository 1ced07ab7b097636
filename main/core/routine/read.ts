// Reading a routine file, which is untrusted: its size first, then how deep it nests, then JSON, then every field
// by the TypeBox schemas of format.ts, then the rules a schema cannot say (a library id that exists, the same
// languages everywhere, a figure in range) and the texts themselves (no markup, no links; bidi and control
// characters stripped). Answers the routine, or every problem found (at most MAX_PROBLEMS), each naming the field
// and the stretch: nothing half-read is ever kept.
import type { TSchema } from 'typebox'
import Value from 'typebox/value'
import { stretchById } from '../content/stretches'
import { checkFigure } from '../figure/pose-check'
import { isOneOf, isRecord } from '../one-of'
import {
  ALLOWED,
  FullItemSchema,
  LibraryItemSchema,
  ROUTINE_MAX_BYTES,
  RoutineFileSchema,
  type Allowed,
  type FullItem,
  type LibraryItem,
  type Routine,
  type RoutineItem,
} from './format'
import { cleanText, textProblem } from './text-rules'

/** A problem with a routine file, as a code the catalogs word (`app.routines` in locales/en.ts). */
export type RoutineProblem =
  | { code: 'too-large'; path: ''; bytes: number }
  | { code: 'not-json'; path: ''; line: number | null }
  | { code: 'too-deep'; path: '' }
  | { code: 'unknown-field'; path: string }
  | { code: 'required'; path: string; allowed: Allowed }
  | { code: 'not-allowed'; path: string; allowed: Allowed; got: string }
  | { code: 'language-tag'; path: string }
  | { code: 'unknown-stretch'; path: string; got: string }
  | { code: 'markup'; path: string }
  | { code: 'link'; path: string }
  | { code: 'languages'; path: string; expected: readonly string[] }
  | { code: 'figure'; path: string; detail: string }

export type RoutineRead = { ok: true; routine: Routine } | { ok: false; problems: RoutineProblem[] }

/** At most this many problems are told: a hostile file with thousands gets a short answer. */
export const MAX_PROBLEMS = 10
/** Deeper than any routine goes (a figure's pose is 8 levels down). */
const MAX_DEPTH = 12

/** Reads the text of a routine file. Never throws. */
export function readRoutine(text: string): RoutineRead {
  const bytes = new TextEncoder().encode(text).length
  if (bytes > ROUTINE_MAX_BYTES) return refused({ code: 'too-large', path: '', bytes })
  const source = text.replace(/^\uFEFF/, '')
  if (nestingDepth(source) > MAX_DEPTH) return refused({ code: 'too-deep', path: '' })
  let parsed: unknown
  try {
    parsed = JSON.parse(source)
  } catch (error) {
    return refused({ code: 'not-json', path: '', line: errorLine(source, error) })
  }
  const problems = schemaProblems(RoutineFileSchema, parsed, '')
  if (problems.length > 0 || !Value.Check(RoutineFileSchema, parsed)) return settled(problems)
  const name = cleanTexts(parsed.name, 'name', problems)
  const languages = Object.keys(parsed.name)
  const stretches = parsed.stretches.flatMap((item, index) => {
    const path = `stretches[${index}]`
    const read = readItem(item, path, languages, problems)
    return read ? [read] : []
  })
  if (problems.length > 0) return settled(problems)
  return { ok: true, routine: { limberRoutine: parsed.limberRoutine, name, stretches } }
}

function refused(problem: RoutineProblem): RoutineRead {
  return { ok: false, problems: [problem] }
}

function settled(problems: RoutineProblem[]): RoutineRead {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
}

/** One stretch: a library stretch when it names one (`"stretch"`), else one described in full. */
function readItem(
  item: unknown,
  path: string,
  languages: readonly string[],
  problems: RoutineProblem[],
): RoutineItem | null {
  if (isRecord(item) && Object.prototype.hasOwnProperty.call(item, 'stretch')) {
    const found = schemaProblems(LibraryItemSchema, item, path)
    problems.push(...found)
    if (found.length > 0 || !Value.Check(LibraryItemSchema, item)) return null
    return readLibraryItem(item, path, problems)
  }
  const found = schemaProblems(FullItemSchema, item, path)
  problems.push(...found)
  if (found.length > 0 || !Value.Check(FullItemSchema, item)) return null
  return readFullItem(item, path, languages, problems)
}

function readLibraryItem(item: LibraryItem, path: string, problems: RoutineProblem[]): LibraryItem | null {
  if (!stretchById(item.stretch)) {
    problems.push({ code: 'unknown-stretch', path: `${path}.stretch`, got: quote(item.stretch) })
    return null
  }
  return { ...item }
}

function readFullItem(
  item: FullItem,
  path: string,
  languages: readonly string[],
  problems: RoutineProblem[],
): FullItem {
  const texts = { title: item.title, steps: item.steps, cautions: item.cautions }
  for (const [key, value] of Object.entries(texts)) {
    if (value !== undefined) sameLanguages(value, `${path}.${key}`, languages, problems)
  }
  const read: FullItem = {
    title: cleanTexts(item.title, `${path}.title`, problems),
    steps: cleanLists(item.steps, `${path}.steps`, problems),
    hold: item.hold,
    repetitions: item.repetitions,
    sides: item.sides,
    position: item.position,
    intensity: item.intensity,
  }
  if (item.cautions) read.cautions = cleanLists(item.cautions, `${path}.cautions`, problems)
  if (item.figure) {
    const { description, ...drawing } = item.figure
    sameLanguages(description, `${path}.figure.description`, languages, problems)
    const checked = checkFigure(drawing)
    if (!checked.ok) {
      for (const error of checked.errors) {
        const detail = error.message.startsWith(error.path)
          ? error.message.slice(error.path.length).trim()
          : error.message
        problems.push({ code: 'figure', path: joinFigurePath(`${path}.figure`, error.path), detail })
      }
    }
    read.figure = {
      ...item.figure,
      description: cleanTexts(description, `${path}.figure.description`, problems),
    }
  }
  return read
}

/** Every text of a routine is given in the languages of its name, so a break never mixes two languages. */
function sameLanguages(
  texts: Readonly<Record<string, unknown>>,
  path: string,
  languages: readonly string[],
  problems: RoutineProblem[],
): void {
  const given = Object.keys(texts)
  if (given.length !== languages.length || !languages.every((language) => given.includes(language))) {
    problems.push({ code: 'languages', path, expected: languages })
  }
}

function cleanTexts(texts: Readonly<Record<string, string>>, path: string, problems: RoutineProblem[]) {
  const out: Record<string, string> = {}
  for (const [language, text] of Object.entries(texts)) {
    out[language] = checkedText(text, `${path}.${language}`, problems)
  }
  return out
}

function cleanLists(texts: Readonly<Record<string, string[]>>, path: string, problems: RoutineProblem[]) {
  const out: Record<string, string[]> = {}
  for (const [language, lines] of Object.entries(texts)) {
    out[language] = lines.map((line, i) => checkedText(line, `${path}.${language}[${i}]`, problems))
  }
  return out
}

function checkedText(text: string, path: string, problems: RoutineProblem[]): string {
  const clean = cleanText(text)
  const problem = textProblem(clean)
  if (problem) problems.push({ code: problem, path })
  else if (clean === '') problems.push({ code: 'not-allowed', path, allowed: 'step', got: quote(text) })
  return clean
}

function joinFigurePath(base: string, path: string): string {
  return path === '' ? base : `${base}.${path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}`
}

/**
 * The problems TypeBox finds, worded by the `allowed` code of the schema node that complained (or the nearest one
 * above it), one per field. Lists longer than their maxItems are told before anything walks them.
 */
function schemaProblems(schema: TSchema, value: unknown, base: string): RoutineProblem[] {
  const byPath = new Map<string, RoutineProblem>()
  const add = (problem: RoutineProblem) => {
    if (!byPath.has(problem.path)) byPath.set(problem.path, problem)
  }
  for (const problem of oversized(schema, value, base)) add(problem)
  if (byPath.size > 0) return [...byPath.values()]
  let seen = 0
  for (const error of Value.Errors(schema, value)) {
    if (++seen > 200 || byPath.size >= MAX_PROBLEMS) break
    const segments = error.instancePath.split('/').slice(1).map(unescapePointer)
    const path = joinPath(base, segments)
    const node = nodeAt(schema, error.schemaPath)
    const params: Record<string, unknown> = isRecord(error.params) ? { ...error.params } : {}
    if (error.keyword === 'boolean') continue
    if (error.keyword === 'additionalProperties') {
      const isTexts = isRecord(node.schema) && isRecord(node.schema.patternProperties)
      for (const key of strings(params.additionalProperties)) {
        const where = joinPath(path, [key])
        add(isTexts ? { code: 'language-tag', path: where } : { code: 'unknown-field', path: where })
      }
      continue
    }
    if (error.keyword === 'required') {
      for (const key of strings(params.requiredProperties)) {
        const property =
          isRecord(node.schema) && isRecord(node.schema.properties) ? node.schema.properties[key] : {}
        add({ code: 'required', path: joinPath(path, [key]), allowed: allowedOf(property) ?? node.allowed })
      }
      continue
    }
    add({ code: 'not-allowed', path, allowed: node.allowed, got: describe(valueAt(value, segments)) })
  }
  return [...byPath.values()]
}

/** A list longer than its schema allows, found by the schema's own maxItems before TypeBox walks every item. */
function oversized(schema: TSchema, value: unknown, base: string): RoutineProblem[] {
  const properties: unknown = 'properties' in schema ? schema.properties : undefined
  if (!isRecord(value) || !isRecord(properties)) return []
  const problems: RoutineProblem[] = []
  for (const [key, property] of Object.entries(properties)) {
    const field = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined
    if (Array.isArray(field) && isRecord(property) && typeof property.maxItems === 'number') {
      if (field.length > property.maxItems) {
        problems.push({
          code: 'not-allowed',
          path: joinPath(base, [key]),
          allowed: allowedOf(property) ?? 'file',
          got: describe(field),
        })
      }
    }
  }
  return problems
}

function allowedOf(node: unknown): Allowed | undefined {
  const allowed = isRecord(node) ? node.allowed : undefined
  return isOneOf(ALLOWED, allowed) ? allowed : undefined
}

/** The schema node a JSON pointer names, and the `allowed` code of it or of the nearest node above it. */
function nodeAt(schema: TSchema, pointer: string): { schema: unknown; allowed: Allowed } {
  let node: unknown = schema
  let allowed = allowedOf(schema) ?? 'file'
  for (const segment of pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map(unescapePointer)) {
    node = isRecord(node) ? node[segment] : Array.isArray(node) ? node[Number(segment)] : undefined
    allowed = allowedOf(node) ?? allowed
  }
  return { schema: node, allowed }
}

function valueAt(value: unknown, segments: readonly string[]): unknown {
  let at = value
  for (const segment of segments) {
    if (Array.isArray(at)) at = at[Number(segment)]
    else if (isRecord(at) && Object.prototype.hasOwnProperty.call(at, segment)) at = at[segment]
    else return undefined
  }
  return at
}

/** "stretches" + ["2", "title", "en"] → "stretches[2].title.en"; odd keys are quoted: `name["x y"]`. */
function joinPath(base: string, segments: readonly string[]): string {
  let path = base
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) path += path === '' ? segment : `.${segment}`
    else path += `[${quote(segment)}]`
  }
  return path
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []
}

/** A value as a message names it: a short text quoted, a list or an object by what it is. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return quote(value)
  return String(value)
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

/** How deep brackets nest outside strings: counted on the text, so a hostile file never reaches a recursive walk. */
function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth)
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
}

/** The line JSON.parse stopped at, when its message names a position or a line; null when it does not say. */
function errorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : ''
  const position = /position (\d+)/.exec(message)
  if (position) return text.slice(0, Number(position[1])).split('\n').length
  const line = /line (\d+)/.exec(message)
  return line ? Number(line[1]) : null
}
