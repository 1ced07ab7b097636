// "Export my data" on the real system: the folder dialog (over the settings window, so it cannot get lost behind
// it) and writing the export into a new folder there. Nothing is overwritten: the new folder is made with a
// plain mkdir (which fails when the name is taken) and each file with the 'wx' flag; when writing fails, what
// was written is removed again, and the system's reason goes back to the app. Only a full path is written into.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename, isAbsolute, join } from 'node:path'
import type { ExportFile } from '../../app/platform'

export async function chooseFolder(
  over: BrowserWindow | undefined,
  request: { title: string; buttonLabel: string },
): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: request.title,
    buttonLabel: request.buttonLabel,
    properties: ['openDirectory', 'createDirectory'],
  }
  const result =
    over && !over.isDestroyed()
      ? await dialog.showOpenDialog(over, options)
      : await dialog.showOpenDialog(options)
  const folder = result.filePaths[0]
  return result.canceled || folder === undefined ? null : folder
}

export async function writeNewFolder(
  parent: string,
  name: string,
  files: readonly ExportFile[],
): Promise<'written' | 'exists'> {
  // Never relative to the folder Limber happens to run in.
  if (!isAbsolute(parent)) throw new Error('the folder to export into must be given by its full path')
  for (const file of [name, ...files.map((f) => f.name)]) {
    if (file === '' || basename(file) !== file || file === '.' || file === '..') {
      throw new Error(`not a plain file name: ${JSON.stringify(file.slice(0, 60))}`)
    }
  }
  const folder = join(parent, name)
  try {
    await mkdir(folder)
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return 'exists'
    throw error
  }
  try {
    for (const file of files) await writeFile(join(folder, file.name), file.contents, { flag: 'wx' })
  } catch (error) {
    // The folder is the one just made: only this export's files are in it.
    await rm(folder, { recursive: true, force: true }).catch(() => undefined)
    throw error
  }
  return 'written'
}
