// Loads the recorded system answers in test/fixtures/busy (see the README there for where each came from).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '../../fixtures/busy')

/** A fixture file's text, e.g. fixture('linux/gdbus-inhibited-true.stdout'). */
export function fixture(path: string): string {
  return readFileSync(join(root, path), 'utf8')
}

/** A JSON fixture, parsed. */
export function jsonFixture<T>(path: string): T {
  return JSON.parse(fixture(path)) as T
}
