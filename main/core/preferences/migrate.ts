// Bringing stored preferences up to date and applying changes: migratePreferences keeps every valid value of an
// older, hand-edited or damaged file and reports each one it had to replace; mergePreferences lays a settings
// window's partial change over the current preferences.
import { IsSchema } from 'typebox'
import { isRecord } from '../one-of'
import { clone, isPlainObject, joinPath } from './plain-data'
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_VERSION,
  PreferencesSchema,
  type FieldError,
  type Preferences,
} from './schema'
import { fits, semanticErrors } from './check'

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
  const filled = { any: false }
  const value = mergeValid(
    PreferencesSchema,
    DEFAULT_PREFERENCES,
    upgraded,
    '',
    replaced,
    filled,
  ) as Preferences
  value.version = PREFERENCES_VERSION
  // Rules across fields: fall back field by field until the whole object validates. Each round repairs
  // everything the errors name at once (never one index at a time: removing an item shifts the ones after it).
  for (let round = 0; round < 5; round++) {
    const errors = semanticErrors(value)
    if (errors.length === 0) break
    repairSemantic(value, errors, replaced)
  }
  const unchanged = replaced.length === 0 && !filled.any && source.version === PREFERENCES_VERSION
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

/**
 * Walks the schema: keeps each stored leaf that is valid on its own, takes the default for the rest. A setting
 * the file does not have at all (one added after it was written) takes its default without being reported as
 * replaced: nothing the user chose is lost. `filled` says whether that happened, so the file is written again.
 */
function mergeValid(
  schema: unknown,
  fallback: unknown,
  stored: unknown,
  path: string,
  replaced: string[],
  filled: { any: boolean },
): unknown {
  const node = isRecord(schema) ? schema : {}
  const properties = isRecord(node.properties) ? node.properties : undefined
  if (stored === undefined && path !== '') {
    filled.any = true
    return clone(fallback)
  }
  if (node.type === 'object' && properties) {
    if (!isPlainObject(stored)) {
      replaced.push(path)
      return clone(fallback)
    }
    const result: Record<string, unknown> = {}
    const fallbackObject = isRecord(fallback) ? fallback : {}
    for (const [key, propertySchema] of Object.entries(properties)) {
      result[key] = mergeValid(
        propertySchema,
        fallbackObject[key],
        stored[key],
        joinPath(path, key),
        replaced,
        filled,
      )
    }
    for (const key of Object.keys(stored)) {
      if (!(key in properties)) replaced.push(joinPath(path, key))
    }
    return result
  }
  if (node.type === 'array' && stored !== undefined && Array.isArray(stored)) {
    // Keep the valid items of a list; drop the broken ones.
    // One pass, stopping at maxItems: a huge stored list costs no more than its first valid items.
    const itemSchema = node.items
    const limit = typeof node.maxItems === 'number' ? node.maxItems : Infinity
    const seen = new Set<string>()
    const kept: unknown[] = []
    for (const item of stored) {
      if (kept.length >= limit) break
      if (!IsSchema(itemSchema) || !fits(itemSchema, item)) continue
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
  const patterns = isRecord(node.patternProperties) ? Object.entries(node.patternProperties) : []
  const [pattern, valueSchema] = patterns[0] ?? ['', undefined]
  if (node.type === 'object' && patterns.length > 0 && isPlainObject(stored)) {
    const regex = new RegExp(pattern)
    const result: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(stored)) {
      if (regex.test(key) && IsSchema(valueSchema) && fits(valueSchema, value)) result[key] = clone(value)
      else replaced.push(joinPath(path, key))
    }
    return result
  }
  if (IsSchema(schema) && fits(schema, stored)) return clone(stored)
  replaced.push(path)
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
  if (paths.has('therapy.iceOffMinutes')) {
    // The default rest (20 minutes) is at least the longest cold round allowed, so it always fits.
    value.therapy.iceOffMinutes = DEFAULT_PREFERENCES.therapy.iceOffMinutes
    replaced.push('therapy.iceOffMinutes')
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
      key in result && isPlainObject(value)
        ? deepMerge(result[key], value, joinPath(path, key))
        : clone(value)
  }
  return result
}
