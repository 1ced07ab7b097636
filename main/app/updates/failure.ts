// What went wrong with an update, told quietly: a failure's kind for About ("offline", "a bad signature", "no space
// left"), and its line for the log without the user's folders in it (electron-updater's messages name the cache
// folder and the installer's path). Pure.

export const UPDATE_FAILURES = ['offline', 'signature', 'no-space', 'other'] as const
export type UpdateFailure = (typeof UPDATE_FAILURES)[number]

/** Error codes and words that mean the feed could not be reached. */
const OFFLINE =
  /ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_NETWORK_CHANGED|ERR_CONNECTION_|ERR_TIMED_OUT|ERR_PROXY_|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|net::ERR_/
/** A download that is not what the release said it is, or not signed by us. */
const SIGNATURE =
  /ERR_CHECKSUM_MISMATCH|sha512 checksum mismatch|ERR_UPDATER_INVALID_SIGNATURE|not signed by the application owner|code signature|signature/i
const NO_SPACE = /ENOSPC|no space left/i

function said(error: unknown): { code: string; message: string } {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : ''
    return { code, message: error.message }
  }
  return { code: '', message: String(error) }
}

export function failureKind(error: unknown): UpdateFailure {
  const { code, message } = said(error)
  const text = `${code} ${message}`
  if (NO_SPACE.test(text)) return 'no-space'
  if (SIGNATURE.test(text)) return 'signature'
  if (OFFLINE.test(text)) return 'offline'
  return 'other'
}

/** The longest part of a message the log keeps. */
const LOG_MESSAGE_MAX = 300

/**
 * The failure as a log line's detail: its code and first line, with every absolute path (POSIX or Windows) written
 * as <path>, cut to a few hundred characters.
 */
export function failureForLog(error: unknown): string {
  const { code, message } = said(error)
  const firstLine = message.split('\n')[0] ?? ''
  const withoutPaths = firstLine
    .replace(/[A-Za-z]:\\[^\s"'<>|]*/g, '<path>')
    .replace(/(^|[\s"'(=])\/[^\s"')]*/g, '$1<path>')
  const shown =
    withoutPaths.length > LOG_MESSAGE_MAX ? `${withoutPaths.slice(0, LOG_MESSAGE_MAX)}…` : withoutPaths
  return code ? `${code}: ${shown}` : shown
}
