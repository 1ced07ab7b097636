// Checking preferences: validatePreferences answers with the value or one clear message per bad field
// ("stretch.holdSeconds must be a whole number from 8 to 30, got 90"), describeErrors words TypeBox's errors,
// and the rules a JSON Schema cannot say. Cheap size limits run first, so a hand-edited file cannot hang it.
import type { TSchema } from 'typebox'
import Value from 'typebox/value'
import { isRecord } from '../one-of'
import { clone, isPlainObject, joinPath } from './plain-data'
import {
  PreferencesSchema,
  TIME_PATTERN,
  type FieldError,
  type Preferences,
  type SleepTimesPreferences,
  type ValidationResult,
} from './schema'

/** Validates anything (it never throws) and answers with the value or one message per bad field. */
export function validatePreferences(input: unknown): ValidationResult<Preferences> {
  try {
    // Size limits first: TypeBox checks uniqueItems before maxItems, quadratically, so a huge list would hang here.
    const oversized = sizeErrors(PreferencesSchema, input, '')
    if (oversized.length > 0) return { ok: false, errors: oversized }
    if (Value.Check(PreferencesSchema, input)) {
      const extra = semanticErrors(input)
      if (extra.length === 0) return { ok: true, value: clone(input) }
      return { ok: false, errors: extra }
    }
    return { ok: false, errors: describeErrors(PreferencesSchema, input) }
  } catch {
    // A hostile object (a throwing getter, a proxy) is not preferences.
    return { ok: false, errors: [{ path: '', message: 'preferences must be a plain object' }] }
  }
}

/** Rules a JSON Schema cannot say. */
export function semanticErrors(prefs: Preferences): FieldError[] {
  const errors: FieldError[] = []
  const ids = new Set<string>()
  prefs.activities.custom.forEach((reminder, index) => {
    if (ids.has(reminder.id)) {
      errors.push({
        path: `activities.custom.${index}.id`,
        message: `activities.custom.${index}.id must be unique`,
      })
    }
    ids.add(reminder.id)
    if (reminder.title.trim() === '') {
      errors.push({
        path: `activities.custom.${index}.title`,
        message: `activities.custom.${index}.title must not be blank`,
      })
    }
  })
  if (prefs.workHours.enabled && prefs.workHours.start === prefs.workHours.end) {
    errors.push({ path: 'workHours.end', message: 'workHours.end must differ from workHours.start' })
  }
  // A bedtime equal to the wake time leaves no sleep window: the bedtime reminder would never fire.
  const sleepTimes: [string, SleepTimesPreferences][] = [
    ['bedtime', prefs.bedtime],
    ...Object.entries(prefs.bedtime.overrides).map(([key, times]): [string, SleepTimesPreferences] => [
      `bedtime.overrides.${key}`,
      times,
    ]),
  ]
  for (const [where, times] of sleepTimes) {
    if (times.bedtime === times.wakeTime) {
      errors.push({
        path: `${where}.wakeTime`,
        message: `${where}.wakeTime must differ from ${where}.bedtime`,
      })
    }
  }
  // Cold stays off at least as long as it was on, so the skin can warm up again before the next round.
  const { iceOnMinutes, iceOffMinutes } = prefs.therapy
  if (iceOffMinutes < iceOnMinutes) {
    errors.push({
      path: 'therapy.iceOffMinutes',
      message: `therapy.iceOffMinutes must be at least as long as therapy.iceOnMinutes (${iceOnMinutes}), got ${iceOffMinutes}`,
    })
  }
  return errors
}

/**
 * Lists longer than their maxItems and strings longer than their maxLength, found by walking the schema (so the
 * walk is as deep as the schema, however deep the input). Cheap, and run before any check that is not.
 */
function sizeErrors(schema: unknown, input: unknown, path: string): FieldError[] {
  const node = isRecord(schema) ? schema : {}
  const name = path === '' ? 'preferences' : path
  if (typeof input === 'string') {
    if (typeof node.maxLength === 'number' && node.type === 'string' && input.length > node.maxLength) {
      return [{ path, message: `${name} must be at most ${node.maxLength} characters` }]
    }
    return []
  }
  if (Array.isArray(input)) {
    if (node.type !== 'array') return []
    if (typeof node.maxItems === 'number' && input.length > node.maxItems) {
      return [{ path, message: `${name} may hold at most ${node.maxItems} items` }]
    }
    const items = node.items
    if (!isRecord(items)) return []
    return input.flatMap((item, index) => sizeErrors(items, item, joinPath(path, String(index))))
  }
  if (!isPlainObject(input) || node.type !== 'object') return []
  const properties = isRecord(node.properties) ? node.properties : undefined
  if (properties) {
    return Object.entries(properties).flatMap(([key, propertySchema]) =>
      Object.prototype.hasOwnProperty.call(input, key)
        ? sizeErrors(propertySchema, input[key], joinPath(path, key))
        : [],
    )
  }
  const patterns = isRecord(node.patternProperties) ? node.patternProperties : undefined
  if (patterns) {
    const valueSchema = Object.values(patterns)[0]
    if (typeof node.maxProperties === 'number' && Object.keys(input).length > node.maxProperties) {
      return [{ path, message: `${name} may hold at most ${node.maxProperties} entries` }]
    }
    if (!valueSchema) return []
    return Object.entries(input).flatMap(([key, value]) =>
      sizeErrors(valueSchema, value, joinPath(path, key)),
    )
  }
  return []
}

/** Value.Check behind the cheap size limits (a huge list must not reach TypeBox's quadratic uniqueItems). */
export function fits(schema: TSchema, value: unknown): boolean {
  return sizeErrors(schema, value, '').length === 0 && Value.Check(schema, value)
}

/** Turns schema errors into one plain message per field, naming the field and what is allowed. */
export function describeErrors(schema: TSchema, input: unknown): FieldError[] {
  const byPath = new Map<string, FieldError>()
  for (const error of Value.Errors(schema, input)) {
    const path = error.instancePath.split('/').slice(1).map(unescapePointer).join('.')
    const fieldSchema = schemaAt(schema, path)
    for (const found of explain(
      path,
      error.keyword,
      isRecord(error.params) ? error.params : {},
      fieldSchema,
      input,
    )) {
      // Keep the first (most specific) message for each field.
      if (!byPath.has(found.path)) byPath.set(found.path, found)
    }
  }
  if (byPath.size === 0) byPath.set('', { path: '', message: 'preferences are not valid' })
  return [...byPath.values()]
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

function explain(
  path: string,
  keyword: string,
  params: Record<string, unknown>,
  field: Record<string, unknown> | undefined,
  input: unknown,
): FieldError[] {
  const where = path === '' ? '' : `${path}.`
  switch (keyword) {
    case 'boolean':
      // "schema is false" for an unknown key; the additionalProperties error names it better.
      return []
    case 'additionalProperties': {
      const extra = strings(params.additionalProperties)
      const what =
        path === 'bedtime.overrides' ? 'is not a weekday (use 0–6, 0 = Sunday)' : 'is not a known setting'
      return extra.map((key) => ({ path: where + key, message: `${where + key} ${what}` }))
    }
    case 'required': {
      const missing = strings(params.requiredProperties)
      return missing.map((key) => ({ path: where + key, message: `${where + key} is required` }))
    }
    default:
      return [{ path, message: explainValue(path, keyword, params, field, input) }]
  }
}

function explainValue(
  path: string,
  keyword: string,
  params: Record<string, unknown>,
  field: Record<string, unknown> | undefined,
  input: unknown,
): string {
  const name = path === '' ? 'preferences' : path
  const got = describeValue(valueAt(input, path))
  // A choice among fixed words (the language: system, en, de, …): name them all, whichever branch complained.
  const choices = literalChoices(field)
  if (choices) return `${name} must be one of ${choices.join(', ')}, got ${got}`
  switch (keyword) {
    case 'minimum':
    case 'maximum':
    case 'type':
      if (field && field.type === 'integer' && typeof field.minimum === 'number') {
        return `${name} must be a whole number from ${field.minimum} to ${field.maximum}, got ${got}`
      }
      if (field && field.type === 'string' && field.pattern === TIME_PATTERN) {
        return `${name} must be a time as HH:MM (00:00–23:59), got ${got}`
      }
      if (field && 'const' in field) return `${name} must be ${JSON.stringify(field.const)}, got ${got}`
      if (keyword === 'type')
        return `${name} must be ${article(String(field?.type ?? params.type))}, got ${got}`
      return `${name} must be ${keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}, got ${got}`
    case 'multipleOf':
      return `${name} must be a whole number, got ${got}`
    case 'pattern':
      if (field?.pattern === TIME_PATTERN) return `${name} must be a time as HH:MM (00:00–23:59), got ${got}`
      if (path.startsWith('bedtime.overrides'))
        return `bedtime.overrides keys must be weekdays 0–6 (0 = Sunday)`
      return `${name} may use only letters, digits, - and _, got ${got}`
    case 'minLength':
      return `${name} must not be empty`
    case 'maxLength':
      return `${name} must be at most ${String(params.limit)} characters`
    case 'maxItems':
      return `${name} may hold at most ${String(params.limit)} items`
    case 'maxProperties':
      return `${name} may hold at most ${String(params.limit)} entries`
    case 'uniqueItems':
      return `${name} must not repeat an item`
    case 'const':
      return `${name} must be ${JSON.stringify(field?.const)}, got ${got}`
    case 'propertyNames':
      return `bedtime.overrides keys must be weekdays 0–6 (0 = Sunday)`
    default:
      return `${name} is not valid (${keyword}), got ${got}`
  }
}

/** The words a union of literals allows, or null when the field is no such union. */
function literalChoices(field: Record<string, unknown> | undefined): string[] | null {
  const branches = field?.anyOf
  if (!Array.isArray(branches) || branches.length === 0) return null
  const words = branches.map((branch: unknown) => (isRecord(branch) ? branch.const : undefined))
  return words.every((word): word is string => typeof word === 'string') ? words : null
}

function article(type: string): string {
  if (type === 'integer') return 'a whole number'
  if (type === 'object') return 'an object'
  if (type === 'array') return 'a list'
  return `a ${type}`
}

/** A value as a message names it: a short text quoted, a list or an object by what it is. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return String(value)
}

function valueAt(input: unknown, path: string): unknown {
  if (path === '') return input
  let node: unknown = input
  for (const key of path.split('.')) {
    if (!isRecord(node) && !Array.isArray(node)) return undefined
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined
    node = Reflect.get(node, key)
  }
  return node
}

/** The sub-schema for a dotted path (array indices and record keys step into items and values). */
function schemaAt(schema: TSchema, path: string): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = isRecord(schema) ? schema : undefined
  if (path === '') return node
  for (const key of path.split('.')) {
    if (!node) return undefined
    const properties = isRecord(node.properties) ? node.properties : undefined
    const patterns = isRecord(node.patternProperties) ? node.patternProperties : undefined
    let next: unknown
    if (properties && Object.prototype.hasOwnProperty.call(properties, key)) next = properties[key]
    else if (isRecord(node.items)) next = node.items
    else if (patterns) next = Object.values(patterns)[0]
    else return undefined
    node = isRecord(next) ? next : undefined
  }
  return node
}

/** A list of names from an error's params (the keys it names), or none. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
