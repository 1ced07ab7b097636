// "Export my data" on the Electron side, against the double and real files in a temp folder: the folder dialog
// over the settings window (and what a cancel answers), and writing into a new folder that never overwrites.
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { becomeReady, callsTo, made, recorded, resetDouble } from './electron-double'
import { chooseFolder, writeNewFolder } from '../../main/electron/files/export-folder'
import { createWindows } from '../../main/electron/windows/windows'

vi.mock('electron', () => import('./electron-double'))

let folder: string
beforeEach(() => {
  resetDouble()
  folder = recorded.paths.userData
})

const FILES = [
  { name: 'limber-days.csv', contents: 'date\r\n2026-03-02\r\n' },
  { name: 'limber-data.json', contents: '{}\n' },
]

describe('the folder dialog', () => {
  it('opens over the settings window, for folders, and answers the chosen one', async () => {
    becomeReady()
    const windows = createWindows({ preloadPath: '/p.cjs', onClosed: () => {}, log: () => {} })
    windows.open('settings')
    recorded.openDialog = { canceled: false, filePaths: ['/home/you/Documents'] }
    const chosen = await chooseFolder(windows.current('settings'), {
      title: 'Export my data',
      buttonLabel: 'Export here',
    })
    expect(chosen).toBe('/home/you/Documents')
    const [options, parent] = callsTo('dialog.showOpenDialog')[0]!
    expect(options).toEqual({
      title: 'Export my data',
      buttonLabel: 'Export here',
      properties: ['openDirectory', 'createDirectory'],
    })
    expect(parent).toBe(made.windows[0])
  })

  it('answers null when the user cancels, and works with no window open', async () => {
    becomeReady()
    expect(await chooseFolder(undefined, { title: 't', buttonLabel: 'b' })).toBeNull()
    expect(callsTo('dialog.showOpenDialog')[0]![1]).toBeUndefined()
  })

  it('is not asked for before Electron is ready, as Electron refuses it', async () => {
    await expect(chooseFolder(undefined, { title: 't', buttonLabel: 'b' })).rejects.toThrow(/ready/)
  })
})

describe('writing the export', () => {
  it('makes a new folder and writes every file into it', async () => {
    expect(await writeNewFolder(folder, 'Limber export 2026-03-02', FILES)).toBe('written')
    const dir = join(folder, 'Limber export 2026-03-02')
    expect((await readdir(dir)).sort()).toEqual(['limber-data.json', 'limber-days.csv'])
    expect(await readFile(join(dir, 'limber-days.csv'), 'utf8')).toBe('date\r\n2026-03-02\r\n')
  })

  it('never overwrites: a folder of that name is left alone, and answered "exists"', async () => {
    const dir = join(folder, 'Limber export 2026-03-02')
    await mkdir(dir)
    await writeFile(join(dir, 'limber-days.csv'), 'mine')
    expect(await writeNewFolder(folder, 'Limber export 2026-03-02', FILES)).toBe('exists')
    expect(await readFile(join(dir, 'limber-days.csv'), 'utf8')).toBe('mine')
    expect(await readdir(dir)).toEqual(['limber-days.csv'])
  })

  it('removes what it wrote when a file cannot be written, and says why', async () => {
    const broken = [...FILES, { name: 'limber-days.csv', contents: 'twice' }]
    await expect(writeNewFolder(folder, 'Limber export', broken)).rejects.toThrow(/EEXIST/)
    expect(await readdir(folder)).toEqual([])
  })

  it('fails with the system’s reason when the folder is not there', async () => {
    await expect(writeNewFolder(join(folder, 'gone'), 'Limber export', FILES)).rejects.toThrow(/ENOENT/)
  })

  it('refuses a folder not given by its full path, writing nothing where Limber runs', async () => {
    for (const parent of ['', 'Documents', './Documents']) {
      await expect(writeNewFolder(parent, 'Limber export 2026-03-02', FILES)).rejects.toThrow(
        'the folder to export into must be given by its full path',
      )
    }
    expect(existsSync(join(process.cwd(), 'Limber export 2026-03-02'))).toBe(false)
    expect(existsSync(join(process.cwd(), 'Documents'))).toBe(false)
  })

  it('refuses a name that would reach outside the new folder', async () => {
    await expect(writeNewFolder(folder, '../elsewhere', FILES)).rejects.toThrow(/not a plain file name/)
    await expect(writeNewFolder(folder, 'ok', [{ name: '../x.csv', contents: '' }])).rejects.toThrow(
      /not a plain file name/,
    )
    expect(await readdir(folder)).toEqual([])
  })
})
