// Routine files on the real system: the open and save dialogs (over the settings window, so they cannot get lost
// behind it) and reading and writing the file. Reading never takes more than the app's limit: the size is asked
// first, and at most that many bytes (plus one, to notice a file that grew) are read.
import {
  dialog,
  type BrowserWindow,
  type FileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { FileDialogRequest, TextFileRead } from '../../app/platform'

function filters(request: FileDialogRequest): FileFilter[] {
  return [{ name: request.kind.name, extensions: [...request.kind.extensions] }]
}

export async function chooseFile(
  over: BrowserWindow | undefined,
  request: FileDialogRequest,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: request.title,
    buttonLabel: request.buttonLabel,
    filters: filters(request),
    properties: ['openFile'],
  }
  const result =
    over && !over.isDestroyed()
      ? await dialog.showOpenDialog(over, options)
      : await dialog.showOpenDialog(options)
  const file = result.filePaths[0]
  return result.canceled || file === undefined ? null : file
}

export async function chooseSaveFile(
  over: BrowserWindow | undefined,
  request: FileDialogRequest & { defaultName: string },
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: request.title,
    buttonLabel: request.buttonLabel,
    defaultPath: request.defaultName,
    filters: filters(request),
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  }
  const result =
    over && !over.isDestroyed()
      ? await dialog.showSaveDialog(over, options)
      : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** Reads at most `maxBytes` of a UTF-8 text file; never throws. */
export function readTextFile(path: string, options: { maxBytes: number; cwd?: string }): TextFileRead {
  let fd: number | undefined
  try {
    fd = openSync(resolve(options.cwd ?? process.cwd(), path), 'r')
    const stat = fstatSync(fd)
    if (stat.isDirectory()) return { ok: false, why: 'not-a-file' }
    if (stat.size > options.maxBytes) return { ok: false, why: 'too-large', bytes: stat.size }
    const buffer = Buffer.alloc(options.maxBytes + 1)
    let length = 0
    for (let read = 1; read > 0 && length < buffer.length; length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, null)
    }
    if (length > options.maxBytes) return { ok: false, why: 'too-large', bytes: length }
    return { ok: true, text: buffer.subarray(0, length).toString('utf8') }
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    if (code === 'ENOENT') return { ok: false, why: 'missing' }
    if (code === 'EISDIR') return { ok: false, why: 'not-a-file' }
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, why: 'unreadable', reason: reason.slice(0, 160) }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

export async function writeTextFile(path: string, contents: string): Promise<void> {
  await writeFile(path, contents, 'utf8')
}
