// Reading untrusted values without casts: whether a value is one of a list's items (`isOneOf(REMINDER_KINDS, x)`
// narrows to ReminderKind), and whether it is a plain record whose fields can be read one by one.
export function isOneOf<T>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value)
}

/** An object that is not an array: its fields are read as unknown and checked one by one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
