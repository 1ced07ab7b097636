// Small helpers for plain JSON-like data (preferences, patches, stored files): what counts as a plain object,
// a deep copy, a deep freeze, and dotted field paths for messages.

/** "stretch" + "holdSeconds" → "stretch.holdSeconds" (the root is the empty path). */
export function joinPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/** True for `{}`-style objects only: not arrays, dates, class instances or proxies of them. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** A deep copy of JSON-like data. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/** Freezes an object and everything in it (the defaults must never be changed by accident). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
