// The store files, on real files in a temp folder: a damaged file is kept beside the new one and reads as corrupt.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { recorded, resetDouble } from './electron-double'
import { openStoreFile } from '../../main/electron/files/store'

vi.mock('electron', () => import('./electron-double'))

// The double gives each test a fresh, empty user-data folder and removes it afterwards.
let folder: string
beforeEach(() => {
  resetDouble()
  folder = recorded.paths.userData
})

describe('store files', () => {
  it("live in Electron's user-data folder, one file per store", async () => {
    openStoreFile('preferences', undefined).write({ version: 1 })
    openStoreFile('history', undefined).write({ days: [] })
    expect((await readdir(folder)).sort()).toEqual(['history.json', 'preferences.json'])
  })

  it('read a missing file as undefined, not as corrupt', () => {
    expect(openStoreFile('preferences', undefined).read()).toEqual({ value: undefined, corrupt: false })
  })

  it('read back what was written', () => {
    const value = { version: 1, snoozeMinutes: 5, sleep: { bedtime: '22:30' } }
    openStoreFile('preferences', undefined).write(value)
    const read = openStoreFile('preferences', undefined).read()
    expect(read).toEqual({ value, corrupt: false })
    expect(Object.getPrototypeOf(read.value)).toBe(Object.prototype)
  })

  it('read a file an editor saved with a byte order mark', async () => {
    await writeFile(join(folder, 'state.json'), '\uFEFF{"paused":null}')
    expect(openStoreFile('state', undefined).read()).toEqual({ value: { paused: null }, corrupt: false })
  })

  it.each([
    ['broken JSON', '{"version": 1, "snoozeMin'],
    ['an empty file', ''],
    ['a JSON array', '[1, 2]'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
  ])('keep a file holding %s beside the new one, and recover', async (_what, content) => {
    await writeFile(join(folder, 'preferences.json'), content)
    const store = openStoreFile('preferences', undefined)
    const read = store.read()
    expect(read.corrupt).toBe(true)
    expect(read.value).toBeUndefined()
    expect(read.backupPath).toMatch(/[/\\]preferences\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/)
    // The damaged original is kept, byte for byte.
    expect(await readFile(read.backupPath!, 'utf8')).toBe(content)
    // The app starts from repaired values and writes them; the next start reads them without complaint.
    store.write({ version: 1 })
    expect(openStoreFile('preferences', undefined).read()).toEqual({ value: { version: 1 }, corrupt: false })
    expect((await readdir(folder)).filter((name) => name.includes('.corrupt-'))).toHaveLength(1)
  })

  it('read an unreadable file (a folder in its place) as corrupt, and move it aside', async () => {
    await mkdir(join(folder, 'history.json'))
    const read = openStoreFile('history', undefined).read()
    expect(read).toEqual({
      value: undefined,
      corrupt: true,
      backupPath: expect.stringContaining('history.corrupt-'),
    })
    openStoreFile('history', undefined).write({ days: [] })
    expect(openStoreFile('history', undefined).read()).toEqual({ value: { days: [] }, corrupt: false })
  })

  it('refuse to write anything but an object', () => {
    expect(() => openStoreFile('state', undefined).write([1, 2])).toThrow(/state must be stored as an object/)
  })
})

describe('the preferences file', () => {
  it('is written through electron-store, which checks every write against the preferences schema', async () => {
    const { DEFAULT_PREFERENCES, PREFERENCES_JSON_SCHEMA } = await import('../../main/core/preferences/index')
    const store = openStoreFile('preferences', PREFERENCES_JSON_SCHEMA)
    store.write(structuredClone(DEFAULT_PREFERENCES))
    expect(openStoreFile('preferences', undefined).read()).toEqual({
      value: DEFAULT_PREFERENCES,
      corrupt: false,
    })
    const bad = structuredClone(DEFAULT_PREFERENCES) as { stretch: { holdSeconds: number } }
    bad.stretch.holdSeconds = 90
    expect(() => store.write(bad)).toThrow(/holdSeconds/)
    // What was stored before the refused write is still there.
    expect(openStoreFile('preferences', undefined).read().value).toEqual(DEFAULT_PREFERENCES)
  })

  it('keeps a copy of an older file beside it before the app overwrites it with repaired values', async () => {
    const older = '{"version":0,"snoozeSeconds":600}'
    await writeFile(join(folder, 'preferences.json'), older)
    const store = openStoreFile('preferences', undefined)
    const copy = store.backup('before-migration')
    expect(copy).toMatch(/[/\\]preferences\.before-migration-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/)
    expect(await readFile(copy!, 'utf8')).toBe(older)
    store.write({ version: 1, snoozeMinutes: 10 })
    expect(await readFile(copy!, 'utf8')).toBe(older)
  })

  it('answers no copy when there is no file yet', () => {
    expect(openStoreFile('preferences', undefined).backup('before-migration')).toBeUndefined()
  })

  it('leaves no unchecked electron-store IPC listener behind', () => {
    openStoreFile('history', undefined).write({ days: [] })
    expect(recorded.ipcListeners.get('electron-store-get-data') ?? []).toHaveLength(0)
  })
})
