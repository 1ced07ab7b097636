// The main process's log: <userData>/logs/main.log, written by electron-log and echoed to the console. At 1 MB the
// file is rotated (the previous megabyte is kept as main.old.log), so the log never holds more than about 2 MB.
// electron-log's node entry is used rather than its main entry, which would open an IPC channel that any renderer
// may write to: Limber's pages have no business in the log. Every line is cut to a bounded length, so a hostile
// payload or path never reaches the disk whole.
import electronLog from 'electron-log/node'
import { join } from 'node:path'
import type { Platform } from '../../app/platform'

export const LOG_MAX_BYTES = 1024 * 1024
const MAX_MESSAGE = 2_000
const MAX_SHOWN = 200

export interface Logging {
  log: Platform['log']
  /** The file being written. */
  file: string
  /** Uncaught exceptions and unhandled rejections are written to the log (Electron then carries on, as it would). */
  catchUncaught(): void
}

export function openLog(userData: string): Logging {
  const file = join(userData, 'logs', 'main.log')
  const logger = electronLog.create({ logId: 'limber' })
  const { file: toFile, console: toConsole } = logger.transports
  // Named here so electron-log never has to search for a package.json to name the app.
  toFile.setAppName('Limber')
  toFile.resolvePathFn = () => file
  toFile.maxSize = LOG_MAX_BYTES
  toFile.level = 'info'
  toFile.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}'
  toFile.inspectOptions = { depth: 4, maxArrayLength: 20, maxStringLength: MAX_SHOWN, breakLength: Infinity }
  toConsole.level = 'info'
  // Looked up at each call (electron-log keeps the console functions it found at load time).
  toConsole.writeFn = ({ message }) => {
    const level = message.level === 'error' || message.level === 'warn' ? message.level : 'info'
    console[level]('[limber]', ...message.data)
  }
  const log: Platform['log'] = (level, message, detail) => {
    const text = shorten(message, MAX_MESSAGE)
    if (detail === undefined) logger[level](text)
    else logger[level](text, typeof detail === 'string' ? shorten(detail) : detail)
  }
  return {
    log,
    file,
    catchUncaught: () => logger.errorHandler.startCatching({ showDialog: false }),
  }
}

/** `text` cut to `max` characters, saying how long it was: for URLs, paths and keys that come from outside. */
export function shorten(text: string, max = MAX_SHOWN): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`
}
