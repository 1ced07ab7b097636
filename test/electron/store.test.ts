// The store files, on real files in a temp folder: a damaged file is kept beside the new one and reads as corrupt.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recorded, resetDouble } from './electron-double'
import { openStoreFile } from '../../main/electron/store'

vi.mock('electron', () => import('./electron-double'))

let folder: string
beforeEach(async () => {
  resetDouble()
  folder = await mkdtemp(join(tmpdir(), 'limber-store-'))
  recorded.paths.userData = folder
})
afterEach(async () => rm(folder, { recursive: true, force: true }))

describe('store files', () => {
  it("live in Electron's user-data folder, one file per store", async () => {
    openStoreFile('preferences').write({ version: 1 })
    openStoreFile('history').write({ days: [] })
    expect((await readdir(folder)).sort()).toEqual(['history.json', 'preferences.json'])
  })

  it('read a missing file as undefined, not as corrupt', () => {
    expect(openStoreFile('preferences').read()).toEqual({ value: undefined, corrupt: false })
  })

  it('read back what was written', () => {
    const value = { version: 1, snoozeMinutes: 5, sleep: { bedtime: '22:30' } }
    openStoreFile('preferences').write(value)
    const read = openStoreFile('preferences').read()
    expect(read).toEqual({ value, corrupt: false })
    expect(Object.getPrototypeOf(read.value)).toBe(Object.prototype)
  })

  it('read a file an editor saved with a byte order mark', async () => {
    await writeFile(join(folder, 'state.json'), '\uFEFF{"paused":null}')
    expect(openStoreFile('state').read()).toEqual({ value: { paused: null }, corrupt: false })
  })

  it.each([
    ['broken JSON', '{"version": 1, "snoozeMin'],
    ['an empty file', ''],
    ['a JSON array', '[1, 2]'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
  ])('keep a file holding %s beside the new one, and recover', async (_what, content) => {
    await writeFile(join(folder, 'preferences.json'), content)
    const store = openStoreFile('preferences')
    const read = store.read()
    expect(read.corrupt).toBe(true)
    expect(read.value).toBeUndefined()
    expect(read.backupPath).toMatch(/[/\\]preferences\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/)
    // The damaged original is kept, byte for byte.
    expect(await readFile(read.backupPath!, 'utf8')).toBe(content)
    // The app starts from repaired values and writes them; the next start reads them without complaint.
    store.write({ version: 1 })
    expect(openStoreFile('preferences').read()).toEqual({ value: { version: 1 }, corrupt: false })
    expect((await readdir(folder)).filter((name) => name.includes('.corrupt-'))).toHaveLength(1)
  })

  it('read an unreadable file (a folder in its place) as corrupt, and move it aside', async () => {
    await mkdir(join(folder, 'history.json'))
    const read = openStoreFile('history').read()
    expect(read).toEqual({
      value: undefined,
      corrupt: true,
      backupPath: expect.stringContaining('history.corrupt-'),
    })
    openStoreFile('history').write({ days: [] })
    expect(openStoreFile('history').read()).toEqual({ value: { days: [] }, corrupt: false })
  })

  it('refuse to write anything but an object', () => {
    expect(() => openStoreFile('state').write([1, 2])).toThrow(/state must be stored as an object/)
  })
})
