// One JSON file per store (preferences, history, state) in the user-data folder. A file that cannot be read, or
// holds no JSON object, is moved aside as <name>.corrupt-<timestamp>.json and read as corrupt; the app then starts
// from repaired values and tells the user once.
//
// Writes go through `conf`, the engine of electron-store (same atomic writes), used directly: electron-store's
// first line imports 'electron', so it cannot load under Node for tests (the electron package then tries to fetch
// its binary), and all it adds is the userData default (passed here) and an unchecked 'electron-store-get-data'
// IPC listener we do not want. Reading is done here because conf's read cannot keep a damaged file: it throws on bad
// JSON (or with clearInvalidConfig wipes it) and silently reads non-object JSON as {}. No schema or migrations are
// given to conf: main/core's migratePreferences keeps every valid field of a damaged file, where a schema failure
// would reject (or erase) the whole file; one validator, in main/app.
import Conf from 'conf'
import { app } from 'electron'
import { readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { StoreFile } from '../app/platform'

export function openStoreFile(name: string, folder = app.getPath('userData')): StoreFile<unknown> {
  const path = join(folder, `${name}.json`)
  let store: Conf | undefined

  return {
    read() {
      let value: unknown
      try {
        // A byte order mark (some editors add one) is not part of the JSON.
        value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))
      } catch (error) {
        if (isMissing(error)) return { value: undefined, corrupt: false }
        return { value: undefined, corrupt: true, backupPath: moveAside(path, folder, name) }
      }
      if (isJsonObject(value)) return { value, corrupt: false }
      return { value: undefined, corrupt: true, backupPath: moveAside(path, folder, name) }
    },

    write(value) {
      if (!isJsonObject(value)) throw new TypeError(`${name} must be stored as an object`)
      store ??= openStore(name, folder)
      store.store = value
    },
  }
}

function openStore(name: string, cwd: string): Conf {
  return new Conf({ projectName: 'limber', configName: name, cwd })
}

/** Renames the damaged file; undefined if even that fails (the app then says it could not keep a copy). */
function moveAside(path: string, folder: string, name: string): string | undefined {
  // No ':' in the stamp: Windows does not allow it in file names.
  const backupPath = join(folder, `${name}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  try {
    renameSync(path, backupPath)
    return backupPath
  } catch {
    return undefined
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
