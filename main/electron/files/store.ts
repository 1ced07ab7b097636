// One electron-store file per store (preferences, history, state) in the user-data folder. A file that cannot be
// read, or holds no JSON object, is moved aside as <name>.corrupt-<timestamp>.json and read as corrupt; the app
// then starts from repaired values and tells the user once.
//
// Reading is done here, not by electron-store, because its read cannot keep a damaged file: it throws on bad JSON
// (or, with clearInvalidConfig, erases it) and reads non-object JSON as {}. The app migrates what was read
// (main/core's migratePreferences keeps every valid field) and writes the result through electron-store, which
// checks every write against the same JSON Schema. clearInvalidConfig only ever clears a file the app has
// already read, copied aside where needed, and is about to overwrite.
import Store, { type Options } from 'electron-store'
import { app, ipcMain } from 'electron'
import { copyFileSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { StoreFile } from '../../app/platform'

/** `schema` is a JSON Schema for the whole object; electron-store takes its top-level properties. */
export function openStoreFile(
  name: string,
  schema?: { properties?: Record<string, unknown> },
  folder = app.getPath('userData'),
): StoreFile<unknown> {
  const path = join(folder, `${name}.json`)
  let store: Store | undefined

  return {
    read() {
      let value: unknown
      try {
        // A byte order mark (some editors add one) is not part of the JSON.
        value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))
      } catch (error) {
        if (isMissing(error)) return { value: undefined, corrupt: false }
        return { value: undefined, corrupt: true, backupPath: moveAside(path, folder, `${name}.corrupt`) }
      }
      if (isJsonObject(value)) return { value, corrupt: false }
      return { value: undefined, corrupt: true, backupPath: moveAside(path, folder, `${name}.corrupt`) }
    },

    write(value) {
      if (!isJsonObject(value)) throw new TypeError(`${name} must be stored as an object`)
      store ??= openStore(name, folder, schema?.properties)
      store.store = value
    },

    backup(label) {
      const backupPath = stampedPath(folder, `${name}.${label}`)
      try {
        copyFileSync(path, backupPath)
        return backupPath
      } catch {
        return undefined
      }
    },
  }
}

function openStore(name: string, cwd: string, schema: Record<string, unknown> | undefined): Store {
  const store = new Store({
    name,
    cwd,
    clearInvalidConfig: true,
    accessPropertiesByDotNotation: false,
    ...(schema ? { schema: schema as Options<Record<string, unknown>>['schema'] } : {}),
  })
  // electron-store answers 'electron-store-get-data' for renderer-side stores, without a sender check. We have
  // none, and our pages cannot send it (the preload exposes no ipcRenderer), but nothing should listen needlessly.
  ipcMain.removeAllListeners('electron-store-get-data')
  return store
}

/** Renames the damaged file; undefined if even that fails (the app then says it could not keep a copy). */
function moveAside(path: string, folder: string, stem: string): string | undefined {
  const backupPath = stampedPath(folder, stem)
  try {
    renameSync(path, backupPath)
    return backupPath
  } catch {
    return undefined
  }
}

function stampedPath(folder: string, stem: string): string {
  // No ':' in the stamp: Windows does not allow it in file names.
  return join(folder, `${stem}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
