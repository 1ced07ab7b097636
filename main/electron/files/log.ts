// The main process's log: <userData>/logs/main.log, written by electron-log and echoed to the console. At 1 MB the
// file is rotated (the previous megabyte is kept as main.old.log), so the log never holds more than about 2 MB.
// electron-log's node entry is used rather than its main entry, which would open an IPC channel that any renderer
// may write to: Limber's pages have no business in the log. Every line is cut to a bounded length, so a hostile
// payload or path never reaches the disk whole. Nor does the user's home folder or name: every line, the errors and
// objects in it included (and uncaught errors, which electron-log writes itself), has them taken out before it is
// written, so a path to a file in the home folder reads "~/…" (the app logs kinds and codes, never the user's words;
// this catches what the system's own messages and stack traces carry).
import electronLog from 'electron-log/node'
import { homedir, userInfo } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
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

/** Whose home folder and name are kept out of the log. */
export interface LogOwner {
  home: string
  user: string
}

export function openLog(userData: string, owner: LogOwner = thisUser()): Logging {
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
  // Each item becomes text here, as the file transport would write it, and loses the user's home and name.
  const anonymous = withoutOwner(owner)
  logger.hooks.push((message) => ({
    ...message,
    data: message.data.map((item: unknown) =>
      anonymous(typeof item === 'string' ? item : inspect(item, toFile.inspectOptions)),
    ),
  }))
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

function thisUser(): LogOwner {
  let user = ''
  try {
    user = userInfo().username
  } catch {
    // No name to be had (no passwd entry): the home folder is still taken out.
  }
  return { home: homedir(), user }
}

/**
 * Takes `owner`'s home folder out of a text ("~" instead), and their name where it follows a path separator
 * ("/media/<user>/USB"). Case is ignored: Windows and macOS paths may be written in either.
 */
export function withoutOwner(owner: LogOwner): (text: string) => string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const rules: [RegExp, string][] = []
  // Not part of a longer name: "/home/alice" is not in "/home/alicette".
  const whole = '(?![\\p{L}\\p{N}_.-])'
  const home = owner.home.replace(/[\\/]+$/, '')
  if (home !== '') rules.push([new RegExp(`${escape(home)}${whole}`, 'giu'), '~'])
  if (owner.user !== '') {
    rules.push([new RegExp(`(^|[\\\\/])${escape(owner.user)}${whole}`, 'giu'), '$1<user>'])
  }
  return (text) => rules.reduce((shown, [pattern, by]) => shown.replace(pattern, by), text)
}
