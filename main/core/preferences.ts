// Limber's preferences: one TypeBox schema yields the TypeScript type, the runtime validation with
// field-level messages, and the JSON Schema electron-store is given. The defaults follow the guidance in
// docs/architecture.md, "Defaults and health guidance".
import Type, { type Static, type TSchema } from 'typebox'
import Value from 'typebox/value'

export const PREFERENCES_VERSION = 1

const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$'

/** A whole number in [min, max]; the range is kept on the schema so messages and the settings window can show it. */
const Int = (minimum: number, maximum: number, description: string) =>
  Type.Integer({ minimum, maximum, description })

const Clock = (description: string) => Type.String({ pattern: TIME_PATTERN, description })

/** Days of the week as JavaScript numbers them: 0 = Sunday … 6 = Saturday. */
const Weekdays = (description: string) =>
  Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { maxItems: 7, uniqueItems: true, description })

const SleepTimes = Type.Object(
  {
    bedtime: Clock('bedtime (HH:MM, 24-hour)'),
    wakeTime: Clock('wake time (HH:MM, 24-hour)'),
  },
  { additionalProperties: false },
)

const Session = Type.Object(
  {
    enabled: Type.Boolean(),
    weekdays: Weekdays('days of the session'),
    time: Clock('session time (HH:MM, 24-hour)'),
    durationMinutes: Int(10, 120, 'session length in minutes'),
  },
  { additionalProperties: false },
)

const CustomReminder = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
    enabled: Type.Boolean(),
    title: Type.String({ minLength: 1, maxLength: 80, description: 'reminder title' }),
    time: Clock('reminder time (HH:MM, 24-hour)'),
    weekdays: Weekdays('days of the reminder'),
  },
  { additionalProperties: false },
)

export const PreferencesSchema = Type.Object(
  {
    version: Type.Literal(PREFERENCES_VERSION),
    posture: Type.Object(
      {
        enabled: Type.Boolean(),
        everyMinutes: Int(5, 240, 'minutes of active use between posture breaks'),
        durationSeconds: Int(10, 600, 'length of a posture break in seconds'),
      },
      { additionalProperties: false },
    ),
    stretch: Type.Object(
      {
        enabled: Type.Boolean(),
        everyMinutes: Int(10, 480, 'minutes of active use between stretch breaks'),
        stretchesPerBreak: Int(1, 6, 'stretches in one break'),
        holdSeconds: Int(8, 30, 'seconds to hold each stretch'),
        repetitions: Int(1, 10, 'repetitions of each stretch'),
        disabledStretches: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
          maxItems: 200,
          uniqueItems: true,
        }),
      },
      { additionalProperties: false },
    ),
    bedtime: Type.Object(
      {
        enabled: Type.Boolean(),
        bedtime: Clock('bedtime (HH:MM, 24-hour)'),
        wakeTime: Clock('wake time (HH:MM, 24-hour)'),
        windDownMinutes: Int(0, 240, 'minutes before bedtime for the wind-down reminder (0 turns it off)'),
        getReadyMinutes: Int(0, 120, 'minutes before bedtime for the get-ready reminder (0 turns it off)'),
        /**
         * Per-weekday exceptions, keyed by the weekday of the *evening* (0 = Sunday … 6 = Saturday):
         * "5" sets Friday night's bedtime and the wake time of the Saturday morning after it.
         */
        overrides: Type.Record(Type.String({ pattern: '^[0-6]$' }), SleepTimes, {
          maxProperties: 7,
          additionalProperties: false,
        }),
      },
      { additionalProperties: false },
    ),
    workHours: Type.Object(
      {
        enabled: Type.Boolean(),
        start: Clock('start of work hours (HH:MM, 24-hour)'),
        end: Clock('end of work hours (HH:MM, 24-hour)'),
        weekdays: Weekdays('work days'),
      },
      { additionalProperties: false },
    ),
    naturalBreaks: Type.Object(
      {
        enabled: Type.Boolean(),
        idleMinutes: Int(1, 60, 'minutes away that count as a break'),
      },
      { additionalProperties: false },
    ),
    snoozeMinutes: Int(1, 60, 'snooze length in minutes'),
    activities: Type.Object(
      {
        strength: Session,
        yoga: Session,
        custom: Type.Array(CustomReminder, { maxItems: 50 }),
      },
      { additionalProperties: false },
    ),
    therapy: Type.Object(
      {
        iceOnMinutes: Int(5, 30, 'minutes of ice on'),
        iceOffMinutes: Int(5, 60, 'minutes of ice off'),
        iceCycles: Int(1, 6, 'ice cycles'),
        heatOnMinutes: Int(5, 30, 'minutes of heat on'),
        heatOffMinutes: Int(5, 60, 'minutes of heat off'),
        heatCycles: Int(1, 6, 'heat cycles'),
      },
      { additionalProperties: false },
    ),
    notifications: Type.Object(
      {
        sound: Type.Boolean(),
        headsUpSeconds: Int(0, 300, 'seconds of heads-up before a break (0 turns it off)'),
      },
      { additionalProperties: false },
    ),
    breakWindow: Type.Object(
      {
        fullScreen: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    startAtLogin: Type.Boolean(),
  },
  { additionalProperties: false },
)

export type Preferences = Static<typeof PreferencesSchema>
export type SessionPreferences = Static<typeof Session>
export type CustomReminderPreferences = Static<typeof CustomReminder>
export type SleepTimesPreferences = Static<typeof SleepTimes>

export const DEFAULT_PREFERENCES: Preferences = deepFreeze({
  version: PREFERENCES_VERSION,
  posture: { enabled: true, everyMinutes: 30, durationSeconds: 60 },
  stretch: {
    enabled: true,
    everyMinutes: 60,
    stretchesPerBreak: 3,
    holdSeconds: 10,
    repetitions: 2,
    disabledStretches: [],
  },
  bedtime: {
    enabled: true,
    bedtime: '22:30',
    wakeTime: '06:30',
    windDownMinutes: 120,
    getReadyMinutes: 30,
    overrides: {},
  },
  workHours: { enabled: false, start: '09:00', end: '17:30', weekdays: [1, 2, 3, 4, 5] },
  naturalBreaks: { enabled: true, idleMinutes: 5 },
  snoozeMinutes: 5,
  activities: {
    // Off until the user chooses; when turned on, three days a week in the 30–45 minute range.
    strength: { enabled: false, weekdays: [1, 3, 5], time: '18:00', durationMinutes: 40 },
    yoga: { enabled: false, weekdays: [2, 4, 6], time: '07:30', durationMinutes: 30 },
    custom: [],
  },
  therapy: {
    iceOnMinutes: 20,
    iceOffMinutes: 20,
    iceCycles: 3,
    heatOnMinutes: 20,
    heatOffMinutes: 20,
    heatCycles: 1,
  },
  notifications: { sound: false, headsUpSeconds: 0 },
  breakWindow: { fullScreen: false },
  startAtLogin: false,
})

/** The JSON Schema handed to electron-store (TypeBox schemas are plain JSON Schema). */
export const PREFERENCES_JSON_SCHEMA: Record<string, unknown> = JSON.parse(JSON.stringify(PreferencesSchema))

export interface FieldError {
  /** Dotted path of the field, e.g. "stretch.holdSeconds" (empty for the whole object). */
  path: string
  message: string
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

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
function semanticErrors(prefs: Preferences): FieldError[] {
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
  return errors
}

/**
 * Lists longer than their maxItems and strings longer than their maxLength, found by walking the schema (so the
 * walk is as deep as the schema, however deep the input). Cheap, and run before any check that is not.
 */
function sizeErrors(schema: TSchema, input: unknown, path: string): FieldError[] {
  const node = schema as Record<string, unknown>
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
    const items = node.items as TSchema | undefined
    if (!items || typeof items !== 'object') return []
    return input.flatMap((item, index) => sizeErrors(items, item, join(path, String(index))))
  }
  if (!isPlainObject(input) || node.type !== 'object') return []
  const properties = node.properties as Record<string, TSchema> | undefined
  if (properties) {
    return Object.entries(properties).flatMap(([key, propertySchema]) =>
      Object.prototype.hasOwnProperty.call(input, key)
        ? sizeErrors(propertySchema, input[key], join(path, key))
        : [],
    )
  }
  const patterns = node.patternProperties as Record<string, TSchema> | undefined
  if (patterns) {
    const valueSchema = Object.values(patterns)[0]
    if (typeof node.maxProperties === 'number' && Object.keys(input).length > node.maxProperties) {
      return [{ path, message: `${name} may hold at most ${node.maxProperties} entries` }]
    }
    if (!valueSchema) return []
    return Object.entries(input).flatMap(([key, value]) => sizeErrors(valueSchema, value, join(path, key)))
  }
  return []
}

/** Value.Check behind the cheap size limits (a huge list must not reach TypeBox's quadratic uniqueItems). */
function fits(schema: TSchema, value: unknown): boolean {
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
      error.params as Record<string, unknown>,
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
      const extra = (params.additionalProperties as string[] | undefined) ?? []
      const what =
        path === 'bedtime.overrides' ? 'is not a weekday (use 0–6, 0 = Sunday)' : 'is not a known setting'
      return extra.map((key) => ({ path: where + key, message: `${where + key} ${what}` }))
    }
    case 'required': {
      const missing = (params.requiredProperties as string[] | undefined) ?? []
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

function article(type: string): string {
  if (type === 'integer') return 'a whole number'
  if (type === 'object') return 'an object'
  if (type === 'array') return 'a list'
  return `a ${type}`
}

function describeValue(value: unknown): string {
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
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key))
      return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** The sub-schema for a dotted path (array indices and record keys step into items and values). */
function schemaAt(schema: TSchema, path: string): Record<string, unknown> | undefined {
  let node = schema as Record<string, unknown> | undefined
  if (path === '') return node
  for (const key of path.split('.')) {
    if (!node) return undefined
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined
    if (properties && Object.prototype.hasOwnProperty.call(properties, key)) {
      node = properties[key]
    } else if (node.items && typeof node.items === 'object') {
      node = node.items as Record<string, unknown>
    } else if (node.patternProperties && typeof node.patternProperties === 'object') {
      node = Object.values(node.patternProperties as Record<string, Record<string, unknown>>)[0]
    } else {
      return undefined
    }
  }
  return node
}

export interface MigrationResult {
  value: Preferences
  /** Dotted paths of values that could not be kept and were replaced by defaults (or dropped). */
  replaced: string[]
  /** True when nothing had to change: the stored object was already current and valid. */
  unchanged: boolean
}

/**
 * Brings any stored object (older version, hand-edited, damaged, garbage) to the current version.
 * Every valid value is kept; each one that cannot be repaired falls back to its default and is reported.
 * Never throws.
 */
export function migratePreferences(stored: unknown): MigrationResult {
  let source: unknown
  try {
    source = isPlainObject(stored) ? clone(stored) : stored
  } catch {
    source = undefined
  }
  if (!isPlainObject(source)) {
    return { value: clone(DEFAULT_PREFERENCES), replaced: [''], unchanged: false }
  }
  const upgraded = upgradeOlderShapes(source)
  const replaced: string[] = []
  const value = mergeValid(PreferencesSchema, DEFAULT_PREFERENCES, upgraded, '', replaced) as Preferences
  value.version = PREFERENCES_VERSION
  // Rules across fields: fall back field by field until the whole object validates. Each round repairs
  // everything the errors name at once (never one index at a time: removing an item shifts the ones after it).
  for (let round = 0; round < 5; round++) {
    const errors = semanticErrors(value)
    if (errors.length === 0) break
    repairSemantic(value, errors, replaced)
  }
  const unchanged = replaced.length === 0 && source.version === PREFERENCES_VERSION
  return { value, replaced, unchanged }
}

/**
 * Renames from earlier shapes. Version 0 (the unreleased prototype) kept `snooze` in seconds and a flat
 * `idleMinutes`; they are carried over so a user's choices survive.
 */
function upgradeOlderShapes(source: Record<string, unknown>): Record<string, unknown> {
  const version = typeof source.version === 'number' ? source.version : 0
  if (version >= PREFERENCES_VERSION) return source
  const next: Record<string, unknown> = { ...source }
  if (typeof next.snoozeSeconds === 'number' && next.snoozeMinutes === undefined) {
    next.snoozeMinutes = Math.round(next.snoozeSeconds / 60)
  }
  delete next.snoozeSeconds
  if (typeof next.idleMinutes === 'number' && next.naturalBreaks === undefined) {
    next.naturalBreaks = { enabled: true, idleMinutes: next.idleMinutes }
  }
  delete next.idleMinutes
  next.version = PREFERENCES_VERSION
  return next
}

/** Walks the schema: keeps each stored leaf that is valid on its own, takes the default for the rest. */
function mergeValid(
  schema: TSchema,
  fallback: unknown,
  stored: unknown,
  path: string,
  replaced: string[],
): unknown {
  const node = schema as Record<string, unknown>
  const properties = node.properties as Record<string, TSchema> | undefined
  if (node.type === 'object' && properties) {
    if (!isPlainObject(stored)) {
      if (stored !== undefined) replaced.push(path)
      else replaced.push(...Object.keys(properties).map((key) => join(path, key)))
      return clone(fallback)
    }
    const result: Record<string, unknown> = {}
    const fallbackObject = fallback as Record<string, unknown>
    for (const [key, propertySchema] of Object.entries(properties)) {
      result[key] = mergeValid(propertySchema, fallbackObject[key], stored[key], join(path, key), replaced)
    }
    for (const key of Object.keys(stored)) {
      if (!(key in properties)) replaced.push(join(path, key))
    }
    return result
  }
  if (node.type === 'array' && stored !== undefined && Array.isArray(stored)) {
    // Keep the valid items of a list; drop the broken ones.
    // One pass, stopping at maxItems: a huge stored list costs no more than its first valid items.
    const itemSchema = node.items as TSchema
    const limit = typeof node.maxItems === 'number' ? node.maxItems : Infinity
    const seen = new Set<string>()
    const kept: unknown[] = []
    for (const item of stored) {
      if (kept.length >= limit) break
      if (!fits(itemSchema, item)) continue
      if (node.uniqueItems) {
        const text = JSON.stringify(item)
        if (seen.has(text)) continue
        seen.add(text)
      }
      kept.push(item)
    }
    if (kept.length !== stored.length) replaced.push(path)
    return clone(kept)
  }
  if (node.type === 'object' && node.patternProperties && isPlainObject(stored)) {
    const [pattern, valueSchema] = Object.entries(node.patternProperties as Record<string, TSchema>)[0]!
    const regex = new RegExp(pattern)
    const result: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(stored)) {
      if (regex.test(key) && fits(valueSchema, value)) result[key] = clone(value)
      else replaced.push(join(path, key))
    }
    return result
  }
  if (fits(schema, stored)) return clone(stored)
  if (stored !== undefined || path !== 'version') replaced.push(path)
  return clone(fallback)
}

function repairSemantic(value: Preferences, errors: FieldError[], replaced: string[]): void {
  const paths = new Set(errors.map((error) => error.path))
  if ([...paths].some((path) => path.startsWith('activities.custom.'))) {
    // Drop blank titles and repeated ids in one pass, keeping the first reminder with each id.
    const ids = new Set<string>()
    value.activities.custom = value.activities.custom.filter((item, index) => {
      if (item.title.trim() === '' || ids.has(item.id)) {
        replaced.push(`activities.custom.${index}`)
        return false
      }
      ids.add(item.id)
      return true
    })
  }
  if (paths.has('workHours.end')) {
    value.workHours.start = DEFAULT_PREFERENCES.workHours.start
    value.workHours.end = DEFAULT_PREFERENCES.workHours.end
    replaced.push('workHours.start', 'workHours.end')
  }
  if (paths.has('bedtime.wakeTime')) {
    value.bedtime.bedtime = DEFAULT_PREFERENCES.bedtime.bedtime
    value.bedtime.wakeTime = DEFAULT_PREFERENCES.bedtime.wakeTime
    replaced.push('bedtime.bedtime', 'bedtime.wakeTime')
  }
  for (const key of Object.keys(value.bedtime.overrides)) {
    if (paths.has(`bedtime.overrides.${key}.wakeTime`)) {
      // Without the exception that evening falls back to the usual times.
      delete value.bedtime.overrides[key]
      replaced.push(`bedtime.overrides.${key}`)
    }
  }
}

/**
 * Applies a partial change (as the settings window sends it) on top of the current preferences. Objects merge
 * key by key; arrays and `bedtime.overrides` are replaced whole (so a patch can remove a weekday's exception).
 */
export function mergePreferences(current: Preferences, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch
  try {
    return deepMerge(current, patch, '')
  } catch {
    // A hostile patch (throwing getters, proxies): hand it on as is, and validation rejects it.
    return patch
  }
}

/** Fields a patch replaces whole rather than merging into. */
const REPLACED_WHOLE = new Set(['bedtime.overrides'])

function deepMerge(base: unknown, patch: unknown, path: string): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch) || REPLACED_WHOLE.has(path)) return clone(patch)
  const result: Record<string, unknown> = clone(base)
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      // Kept so validation reports it as an unknown field rather than silently dropping it.
      Object.defineProperty(result, key, { value, enumerable: true, configurable: true, writable: true })
      continue
    }
    result[key] =
      key in result && isPlainObject(value) ? deepMerge(result[key], value, join(path, key)) : clone(value)
  }
  return result
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
