// Reads one of the app's store files for start-up: a damaged file is kept as a copy beside it and the app starts
// afresh from what could not be read, saying so in the log; nothing the user had is thrown away silently.
import type { Platform, StoreFile } from '../platform'

export function readStore(platform: Pick<Platform, 'log'>, file: StoreFile<unknown>, what: string): unknown {
  try {
    const read = file.read()
    if (!read.corrupt) return read.value
    const kept = read.backupPath ?? file.backup('corrupt')
    platform.log('warn', `the ${what} file could not be read; starting afresh; kept as ${fileName(kept)}`)
    return undefined
  } catch (error) {
    platform.log('error', `could not read the ${what} file`, error)
    return undefined
  }
}

/**
 * A kept copy's file name, without its folder (the user-data folder, in the user's home): the log sits in the same
 * folder, and a home path in the log would carry the user's name.
 */
export function fileName(path: string | undefined): string {
  return path === undefined ? 'nothing (no copy could be kept)' : (path.split(/[\\/]/).pop() ?? path)
}
