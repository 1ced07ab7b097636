// The main side's check of every IPC payload: against its channel's schema in the contract's table
// (ipc-channels.ts), after general limits (plain data, bounded in depth, size and length). A payload reaches state
// only after it passed here; a bad one gets a message, never an exception.
import Value from 'typebox/value'
import { IPC_CHANNELS, type IpcChannel, type IpcPayload } from './ipc-channels'

/** Keys that would reach an object's prototype if some later code assigned them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 8
const MAX_NODES = 2_000
const MAX_STRING = 10_000
/** A key named in a message is cut to this length: a refused payload's megabyte key must not reach the log. */
const MAX_KEY_SHOWN = 40

export type PayloadCheck<C extends IpcChannel> =
  { ok: true; value: IpcPayload<C> } | { ok: false; message: string; path?: string }

/** Checks one payload against its channel's schema and the general limits. Never throws. */
export function checkPayload<C extends IpcChannel>(channel: C, payload: unknown): PayloadCheck<C> {
  try {
    const plain = checkPlainData(payload)
    if (plain) return { ok: false, message: `${channel}: ${plain.message}`, path: plain.path }
    const schema: (typeof IPC_CHANNELS)[C]['payload'] = IPC_CHANNELS[channel].payload
    if (Value.Check(schema, payload)) return { ok: true, value: payload }
    const first = Value.Errors(schema, payload)[0]
    const where =
      first && first.instancePath !== ''
        ? ` at ${first.instancePath.slice(1).split('/').map(shownKey).join('.')}`
        : ''
    return {
      ok: false,
      message: `${channel}: payload is not valid${where} (${first?.message ?? 'wrong shape'})`,
    }
  } catch {
    return { ok: false, message: `${channel}: payload could not be read` }
  }
}

/**
 * Plain data only: no prototype-reaching keys, bounded depth, size and string length. Answers what is wrong and
 * where, or undefined. Walks own keys without invoking anything on the object beyond reading its data properties.
 * An array's length is bounded before it is walked: a sparse `new Array(3e7)` has almost no keys to count, but
 * whatever merges or copies it later visits every slot.
 */
export function checkPlainData(value: unknown): { path: string; message: string } | undefined {
  let nodes = 0
  const problem = (path: string, what: string) => ({ path, message: `${path || 'payload'} ${what}` })
  const walk = (
    node: unknown,
    depth: number,
    path: string,
  ): { path: string; message: string } | undefined => {
    if (++nodes > MAX_NODES) return problem('', 'is too large')
    if (typeof node === 'string') return node.length > MAX_STRING ? problem(path, 'is too long') : undefined
    if (typeof node === 'number') return Number.isFinite(node) ? undefined : problem(path, 'is not a number')
    if (node === null || node === undefined || typeof node === 'boolean') return undefined
    if (typeof node !== 'object') return problem(path, 'is not plain data')
    if (depth > MAX_DEPTH) return problem(path, 'is nested too deeply')
    const proto: unknown = Object.getPrototypeOf(node)
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null) {
      return problem(path, 'is not plain data')
    }
    if (Array.isArray(node) && node.length > MAX_NODES - nodes) {
      return problem(path, `has ${node.length} items; a message may hold at most ${MAX_NODES} values in all`)
    }
    for (const key of Object.keys(node)) {
      const at = path === '' ? shownKey(key) : `${path}.${shownKey(key)}`
      if (FORBIDDEN_KEYS.has(key)) return problem(at, 'is not allowed')
      const child = Object.getOwnPropertyDescriptor(node, key)
      if (!child || !('value' in child)) return problem(at, 'is not plain data')
      const found = walk(child.value, depth + 1, at)
      if (found) return found
    }
    return undefined
  }
  return walk(value, 0, '')
}

function shownKey(key: string): string {
  return key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key
}
